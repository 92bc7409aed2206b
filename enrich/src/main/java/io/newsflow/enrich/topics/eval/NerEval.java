package io.newsflow.enrich.topics.eval;

import io.newsflow.enrich.topics.EntityExtractor;
import io.newsflow.enrich.topics.EntityKind;
import io.newsflow.enrich.topics.FoundEntity;
import io.newsflow.enrich.topics.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@link EntityExtractor} on CoNLL-2003 style IOB2 files ({@code TOKEN TAG} lines, blank
 * line between sentences, {@code -DOCSTART-} between documents). Each document is rebuilt as text
 * (tokens joined by spaces, one sentence per line) and extracted at once; mentions are compared by
 * exact character span and exact type (MISC = {@link EntityKind#OTHER}), conlleval style.
 */
public final class NerEval {

  /** Micro P/R/F1 overall and per type (percent), and throughput. */
  public record Report(int docs, int gold, int predicted, double precision, double recall, double f1,
      Map<EntityKind, double[]> perType, double docsPerSecond) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "ner: docs=%d gold=%d pred=%d  P=%.1f R=%.1f F1=%.1f", docs, gold, predicted, precision, recall, f1));
      for (Map.Entry<EntityKind, double[]> e : perType.entrySet()) {
        sb.append(String.format(Locale.ROOT, "  %s P=%.1f R=%.1f F1=%.1f", e.getKey(),
            e.getValue()[0], e.getValue()[1], e.getValue()[2]));
      }
      return sb.append(String.format(Locale.ROOT, "  %.0f docs/s per core", docsPerSecond)).toString();
    }

    /** F1 for one type, percent. */
    public double f1(EntityKind kind) {
      return perType.get(kind)[2];
    }
  }

  record Gold(int start, int end, EntityKind kind) {}

  private NerEval() {}

  /**
   * Evaluates every document of {@code file}.
   *
   * @param progress receives a line per 50 documents; may be {@code null}
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Report evaluate(Path file, PrintStream progress) {
    return evaluate(file, progress, (Path) null);
  }

  /**
   * Evaluates every document of {@code file} and, when {@code predictions} is not null, writes the
   * input back with a predicted IOB2 tag column added ({@code TOKEN GOLD PRED}).
   *
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static Report evaluate(Path file, PrintStream progress, Path predictions) {
    try (java.io.BufferedWriter out = predictions == null ? null
        : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
      return run(file, progress, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Report run(Path file, PrintStream progress, java.io.Writer out) throws IOException {
    EntityExtractor ex = new EntityExtractor();
    int[] tp = new int[EntityKind.values().length];
    int[] goldCount = new int[tp.length];
    int[] predCount = new int[tp.length];
    int docs = 0;
    long nanos = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      DocBuilder doc = new DocBuilder();
      String line;
      while (true) {
        line = r.readLine();
        boolean boundary = line == null || line.startsWith("-DOCSTART-");
        if (boundary && !doc.isEmpty()) {
          long t0 = CpuClock.now();
          List<FoundEntity> found = ex.extract(doc.text());
          nanos += CpuClock.now() - t0;
          score(doc.gold(), found, tp, goldCount, predCount);
          if (out != null) doc.write(found, out);
          docs++;
          if (progress != null && docs % 50 == 0) progress.println("ner: " + docs + " docs");
          doc = new DocBuilder();
        }
        if (line == null) break;
        if (!boundary) doc.accept(line);
        if (boundary && line != null && out != null) out.write(line + "\n");
      }
    }
    Map<EntityKind, double[]> per = new EnumMap<>(EntityKind.class);
    int tpAll = 0;
    int gAll = 0;
    int pAll = 0;
    for (EntityKind k : EntityKind.values()) {
      int i = k.ordinal();
      per.put(k, prf(tp[i], goldCount[i], predCount[i]));
      tpAll += tp[i];
      gAll += goldCount[i];
      pAll += predCount[i];
    }
    double[] all = prf(tpAll, gAll, pAll);
    return new Report(docs, gAll, pAll, all[0], all[1], all[2], per, docs / Math.max(1e-9, nanos / 1e9));
  }

  private static void score(List<Gold> gold, List<FoundEntity> found, int[] tp, int[] g, int[] p) {
    Set<Gold> goldSet = new HashSet<>(gold);
    for (Gold x : gold) g[x.kind().ordinal()]++;
    Set<Gold> seen = new HashSet<>();
    for (FoundEntity e : found) {
      for (Span s : e.mentions()) {
        Gold pred = new Gold(s.start(), s.end(), e.type());
        if (!seen.add(pred)) continue;
        p[e.type().ordinal()]++;
        if (goldSet.contains(pred)) tp[e.type().ordinal()]++;
      }
    }
  }

  private static double[] prf(int tp, int gold, int pred) {
    double p = pred == 0 ? 0 : 100.0 * tp / pred;
    double r = gold == 0 ? 0 : 100.0 * tp / gold;
    return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
  }

  /** Rebuilds one document's text and gold spans from IOB2 lines. */
  private static final class DocBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Gold> gold = new ArrayList<>();
    /** Per input line: token start/end offsets, or {-1, -1} for a sentence break; and the line. */
    private final List<int[]> offsets = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    private boolean lineStart = true;
    private int openStart = -1;
    private int openEnd = -1;
    private EntityKind openKind;

    void accept(String line) {
      lines.add(line);
      if (line.isBlank()) {
        offsets.add(new int[] {-1, -1});
        close();
        if (!lineStart) {
          text.append('\n');
          lineStart = true;
        }
        return;
      }
      int sp = line.lastIndexOf(' ');
      String token = line.substring(0, sp);
      String tag = line.substring(sp + 1);
      if (!lineStart) text.append(' ');
      lineStart = false;
      int start = text.length();
      text.append(token);
      int end = text.length();
      offsets.add(new int[] {start, end});
      if (tag.startsWith("B-") || tag.startsWith("I-") && (openKind == null || openKind != kind(tag))) {
        close();
        openStart = start;
        openKind = kind(tag);
      } else if (!tag.startsWith("I-")) {
        close();
      }
      if (openKind != null) openEnd = end;
    }

    private static EntityKind kind(String tag) {
      switch (tag.substring(2)) {
        case "PER": return EntityKind.PERSON;
        case "ORG": return EntityKind.ORGANIZATION;
        case "LOC": return EntityKind.LOCATION;
        default: return EntityKind.OTHER;
      }
    }

    private void close() {
      if (openKind != null) gold.add(new Gold(openStart, openEnd, openKind));
      openKind = null;
    }

    /** Writes each input line with a predicted IOB2 tag appended. */
    void write(List<FoundEntity> found, java.io.Writer out) throws IOException {
      java.util.Map<Integer, String> tagAt = new java.util.HashMap<>();
      for (FoundEntity e : found) {
        String type = switch (e.type()) {
          case PERSON -> "PER";
          case ORGANIZATION -> "ORG";
          case LOCATION -> "LOC";
          default -> "MISC";
        };
        for (Span s : e.mentions()) {
          boolean first = true;
          for (int[] o : offsets) {
            if (o[0] >= s.start() && o[1] <= s.end() && o[0] >= 0) {
              tagAt.putIfAbsent(o[0], (first ? "B-" : "I-") + type);
              first = false;
            }
          }
        }
      }
      for (int i = 0; i < lines.size(); i++) {
        int[] o = offsets.get(i);
        if (o[0] < 0) {
          out.write(lines.get(i).strip() + "\n");
        } else {
          out.write(lines.get(i) + " " + tagAt.getOrDefault(o[0], "O") + "\n");
        }
      }
    }

    boolean isEmpty() {
      return text.length() == 0 && gold.isEmpty();
    }

    String text() {
      close();
      return text.toString();
    }

    List<Gold> gold() {
      close();
      return gold;
    }
  }

  /** Command line: {@code NerEval <file.conll> [--predictions OUT.conll]}. */
  public static void main(String[] args) {
    Path predictions = null;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if ("--predictions".equals(args[i]) && i + 1 < args.length) predictions = Path.of(args[++i]);
      else files.add(Path.of(args[i]));
    }
    for (Path f : files) System.out.println(evaluate(f, System.err, predictions));
  }
}
