package io.newsflow.enrich.quotes.eval;

import io.newsflow.common.json.Json;
import io.newsflow.enrich.quotes.ExtractedQuote;
import io.newsflow.enrich.quotes.QuoteExtractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote metric of issue 5 / {@code shared/data/quotes/README.md}, run with {@link QuoteExtractor} over a gold
 * JSONL file (one article per line with {@code id}, {@code text} and {@code quotes}).
 *
 * <p>Lenient match: lower-cased {@code \w+} tokens (inner apostrophes kept, punctuation and quote marks ignored);
 * predicted and gold quotes whose character spans overlap are paired, and pairs are taken one-to-one, greedily by the
 * number of shared tokens (multiset); a pair counts when the shared tokens are at least half of the longer span.
 * Strict match (reported as an extra row): identical token sequences.
 *
 * <p>Speakers, on lenient matches only, compared with {@link SpeakerHeads}; the predicted speaker is the normalised
 * name, or the mention when unresolved. Speaker P = correct / counted predictions with a speaker, R = correct /
 * counted gold quotes with a speaker; speaker accuracy = correct / matched pairs whose gold has a speaker.
 *
 * <p>Views: {@code all} (every gold type except {@code optional}); {@code direct,mixed} (gold restricted to those
 * types; predictions matching an excluded gold quote are ignored, not counted false); {@code all, nested ignored}
 * (all types, and unmatched predictions lying at least 90% inside a gold quote's span are ignored). Gold items marked
 * {@code "optional": true} are never counted, and predictions matching them are ignored (seed-article convention).
 *
 * <p>Failure behaviour: unreadable files throw {@link UncheckedIOException}; a line that is not valid JSON throws
 * {@link IllegalArgumentException}. Articles without {@code text} are skipped.
 */
public final class QuoteEval {
  private static final Pattern WORD = Pattern.compile("\\w+(?:['’]\\w+)*", Pattern.UNICODE_CHARACTER_CLASS);
  /** Untimed passes before {@link #articlesPerCpuSecond} measures, so the JIT has compiled the hot paths. */
  static final int WARMUP_ROUNDS = 3;
  static final String VIEW_ALL = "all";
  static final String VIEW_DIRECT_MIXED = "direct,mixed";
  static final String VIEW_NESTED_IGNORED = "all, nested ignored";

  private QuoteEval() {}

  /**
   * Optional outputs of {@link #evaluate(Path, PrintStream, Options)}.
   *
   * @param predictionsOut when non-null, receives one JSONL line per article: {@code {"id":…, "quotes":[{"quote",
   *                       "speaker", "speaker_id", "role", "cue", "kind", "start", "end"}]}} (offsets are code points,
   *                       like the gold); the file is overwritten
   * @param errors         when non-null, receives a per-article error dump (missed gold, false predictions, wrong
   *                       speakers) in the all-types view
   */
  public record Options(Path predictionsOut, PrintStream errors) {
    /** No extra outputs. */
    public static Options none() {
      return new Options(null, null);
    }
  }

  /**
   * Scores of one view.
   *
   * @param speakerAccuracy correct speakers among lenient matches whose gold quote has a speaker
   * @param speakerAsWritten a diagnostic: the speaker scored on the mention as the article writes it ("he", "the
   *                         senator") instead of the resolved name; gold {@code speaker} is that kind of span, and
   *                         gold {@code speaker_resolved} is a heuristic (nearest earlier named gold source), so the
   *                         gap between the two rows is where resolving a pronoun or description is scored
   */
  public record ViewScores(Prf quote, Prf quoteStrict, Prf speaker, Prf speakerAccuracy, Prf speakerAsWritten,
      Map<String, Prf> quoteByKind, Map<String, Prf> speakerByKind) {}

  /**
   * Evaluation result.
   *
   * @param docs          documents scored
   * @param docsPerSecond extraction throughput (wall time of extraction calls only, including JIT warm-up)
   * @param views         scores per view, keyed "all", "direct,mixed", "all, nested ignored"
   */
  public record Report(int docs, double docsPerSecond, Map<String, ViewScores> views) {
    public Prf quote() {
      return views.get(VIEW_ALL).quote();
    }

    public Prf speaker() {
      return views.get(VIEW_ALL).speaker();
    }

    public Prf quoteByKind(String kind) {
      return views.get(VIEW_ALL).quoteByKind().get(kind);
    }

    /** Scores of a view: "all", "direct,mixed" or "all, nested ignored". */
    public ViewScores view(String name) {
      return views.get(name);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "docs %d, %.0f articles/s (extraction wall time)%n", docs, docsPerSecond));
      sb.append(String.format(Locale.ROOT, "%-22s %-11s %6s %6s %6s %7s %7s%n", "view", "part", "P", "R", "F1",
          "correct", "pred/gold"));
      for (Map.Entry<String, ViewScores> v : views.entrySet()) {
        row(sb, v.getKey(), "quote", v.getValue().quote());
        row(sb, "", "strict", v.getValue().quoteStrict());
        row(sb, "", "speaker", v.getValue().speaker());
        Prf acc = v.getValue().speakerAccuracy();
        sb.append(String.format(Locale.ROOT, "%-22s %-11s %6.3f %27d/%d%n", "", "spk-acc", acc.recall(),
            acc.correct(), acc.gold()));
        row(sb, "", "spk-written", v.getValue().speakerAsWritten());
        for (Map.Entry<String, Prf> k : v.getValue().quoteByKind().entrySet()) {
          row(sb, "", "q:" + k.getKey(), k.getValue());
          row(sb, "", "s:" + k.getKey(), v.getValue().speakerByKind().get(k.getKey()));
        }
      }
      return sb.toString();
    }

    private static void row(StringBuilder sb, String view, String part, Prf p) {
      sb.append(String.format(Locale.ROOT, "%-22s %-11s %6.3f %6.3f %6.3f %7d %4d/%d%n", view, part, p.precision(),
          p.recall(), p.f1(), p.correct(), p.predicted(), p.gold()));
    }
  }

  record Gold(String quote, int start, int end, String type, String speaker, String resolved, List<String> tokens) {}

  record Pred(ExtractedQuote q, String type, String speaker, List<String> tokens) {}

  /** Same as {@code evaluate(data, progress, Options.none())}. */
  public static Report evaluate(Path quotesJsonl, PrintStream progress) {
    return evaluate(quotesJsonl, progress, Options.none());
  }

  /**
   * @param quotesJsonl gold file, one article per line ({@code id}, {@code text} and {@code quotes})
   * @param progress    receives a line every 100 documents; may be null
   * @param options     extra outputs; null means none
   * @throws UncheckedIOException     when a file cannot be read or written
   * @throws IllegalArgumentException when a line is not valid JSON
   */
  public static Report evaluate(Path quotesJsonl, PrintStream progress, Options options) {
    Options opts = options == null ? Options.none() : options;
    QuoteExtractor extractor = new QuoteExtractor();
    Map<String, Acc> views = new LinkedHashMap<>();
    views.put(VIEW_ALL, new Acc(null, false));
    views.put(VIEW_DIRECT_MIXED, new Acc(Set.of("direct", "mixed"), false));
    views.put(VIEW_NESTED_IGNORED, new Acc(null, true));
    long nanos = 0;
    int docs = 0;
    BufferedWriter predOut = null;
    try (BufferedReader r = Files.newBufferedReader(quotesJsonl, StandardCharsets.UTF_8)) {
      if (opts.predictionsOut() != null) {
        predOut = Files.newBufferedWriter(opts.predictionsOut(), StandardCharsets.UTF_8);
      }
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = Json.object(line);
        if (!(doc.get("text") instanceof String text)) {
          continue;
        }
        String id = String.valueOf(doc.get("id"));
        List<Gold> gold = gold(text, doc.get("quotes"));
        long t0 = System.nanoTime();
        List<ExtractedQuote> extracted = extractor.extract(text);
        nanos += System.nanoTime() - t0;
        List<Pred> preds = new ArrayList<>(extracted.size());
        for (ExtractedQuote q : extracted) {
          preds.add(new Pred(q, q.kind().name().toLowerCase(Locale.ROOT),
              q.speaker() != null ? q.speaker() : q.speakerMention(), tokens(q.text())));
        }
        for (Acc acc : views.values()) {
          acc.score(gold, preds);
        }
        if (predOut != null) {
          predOut.write(PredictionJson.line(id, text, extracted));
          predOut.newLine();
        }
        if (opts.errors() != null) {
          dumpErrors(opts.errors(), id, text, gold, preds);
        }
        docs++;
        if (progress != null && docs % 100 == 0) {
          progress.println("scored " + docs + " docs");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (predOut != null) {
        try {
          predOut.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    Map<String, ViewScores> out = new LinkedHashMap<>();
    views.forEach((k, v) -> out.put(k, v.scores()));
    double seconds = nanos / 1e9;
    return new Report(docs, seconds == 0 ? 0 : docs / seconds, out);
  }

  /**
   * Extraction throughput on the texts of a JSONL file, in articles per CPU-second of the calling thread (thread CPU
   * time, so other load on the machine does not count). The texts are read once; {@value #WARMUP_ROUNDS} untimed rounds
   * warm the JIT, then {@code rounds} rounds are timed.
   *
   * @param data   JSONL file with a {@code text} field per line
   * @param rounds timed passes over all texts, at least 1
   * @return articles per CPU-second, or 0 when the file has no texts
   * @throws IllegalArgumentException when rounds &lt; 1 or a line is not valid JSON
   * @throws UncheckedIOException     when the file cannot be read
   */
  public static double articlesPerCpuSecond(Path data, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be >= 1");
    }
    List<String> texts = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && Json.parseLenient(line) instanceof Map<?, ?> m && m.get("text") instanceof String t) {
          texts.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (texts.isEmpty()) {
      return 0;
    }
    QuoteExtractor extractor = new QuoteExtractor();
    long sink = 0;
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (String t : texts) {
        sink += extractor.extract(t).size();
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    long t0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String t : texts) {
        sink += extractor.extract(t).size();
      }
    }
    long ns = (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - t0;
    if (sink == Long.MIN_VALUE) {
      // keeps the results observable so the JIT cannot drop the work
      System.out.print("");
    }
    return ns <= 0 ? 0 : (double) texts.size() * rounds / (ns / 1e9);
  }

  private static List<Gold> gold(String text, Object quotes) {
    List<Gold> out = new ArrayList<>();
    if (!(quotes instanceof List<?> list)) {
      return out;
    }
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> q) || !(q.get("quote") instanceof String quote)) {
        continue;
      }
      int s = charIndex(text, q.get("start") instanceof Number n ? n.intValue() : 0);
      int e = charIndex(text, q.get("end") instanceof Number n ? n.intValue() : 0);
      String type = String.valueOf(q.get("type"));
      if (Boolean.TRUE.equals(q.get("optional"))) {
        type = "optional";
      }
      out.add(new Gold(quote, s, e, type, (String) q.get("speaker"), (String) q.get("speaker_resolved"),
          tokens(quote)));
    }
    return out;
  }

  /** Gold offsets are Python code points; Java strings index UTF-16 units. */
  private static int charIndex(String text, int codePoints) {
    try {
      return text.offsetByCodePoints(0, Math.max(0, codePoints));
    } catch (IndexOutOfBoundsException e) {
      return Math.min(codePoints, text.length());
    }
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    return out;
  }

  /** Size of the multiset intersection. */
  static int shared(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String t : a) {
      counts.merge(t, 1, Integer::sum);
    }
    int n = 0;
    for (String t : b) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        counts.put(t, c - 1);
        n++;
      }
    }
    return n;
  }

  /** One-to-one greedy matching, best shared-token pairs first; returns the gold index per prediction or -1. */
  static int[] greedy(List<Gold> gold, List<Pred> preds, boolean strict) {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      Pred p = preds.get(i);
      for (int j = 0; j < gold.size(); j++) {
        Gold g = gold.get(j);
        if (p.q().start() >= g.end() || g.start() >= p.q().end()) {
          continue;
        }
        if (strict) {
          if (!p.tokens().isEmpty() && p.tokens().equals(g.tokens())) {
            pairs.add(new int[] {i, j, p.tokens().size()});
          }
          continue;
        }
        int shared = shared(p.tokens(), g.tokens());
        if (shared > 0 && shared * 2 >= Math.max(p.tokens().size(), g.tokens().size())) {
          pairs.add(new int[] {i, j, shared});
        }
      }
    }
    // stable sort: ties keep prediction order, then gold order
    pairs.sort((x, y) -> y[2] - x[2]);
    int[] predMatch = new int[preds.size()];
    Arrays.fill(predMatch, -1);
    boolean[] goldUsed = new boolean[gold.size()];
    for (int[] pr : pairs) {
      if (predMatch[pr[0]] < 0 && !goldUsed[pr[1]]) {
        predMatch[pr[0]] = pr[1];
        goldUsed[pr[1]] = true;
      }
    }
    return predMatch;
  }

  static boolean nestedInGold(Pred p, List<Gold> gold) {
    int len = Math.max(1, p.q().end() - p.q().start());
    for (Gold g : gold) {
      int overlap = Math.min(p.q().end(), g.end()) - Math.max(p.q().start(), g.start());
      if (overlap >= 0.9 * len) {
        return true;
      }
    }
    return false;
  }

  private static void dumpErrors(PrintStream out, String id, String text, List<Gold> gold, List<Pred> preds) {
    int[] match = greedy(gold, preds, false);
    int[] goldToPred = new int[gold.size()];
    Arrays.fill(goldToPred, -1);
    for (int i = 0; i < match.length; i++) {
      if (match[i] >= 0) {
        goldToPred[match[i]] = i;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < gold.size(); j++) {
      Gold g = gold.get(j);
      if (g.type().equals("optional")) {
        continue;
      }
      int i = goldToPred[j];
      if (i < 0) {
        sb.append(String.format(Locale.ROOT, "  MISS %-8s [%d,%d] spk=%s | %s%n", g.type(), g.start(), g.end(),
            g.speaker(), clip(g.quote())));
      } else {
        Pred p = preds.get(i);
        boolean ok = p.speaker() != null && SpeakerHeads.matches(p.speaker(), g.speaker(), g.resolved());
        if (!ok && g.speaker() != null) {
          sb.append(String.format(Locale.ROOT, "  SPK  %-8s gold=%s (%s) pred=%s mention=%s | %s%n", g.type(),
              g.speaker(), g.resolved(), p.speaker(), p.q().speakerMention(), clip(g.quote())));
        }
        if (!p.tokens().equals(g.tokens())) {
          sb.append(String.format(Locale.ROOT, "  SPAN %-8s gold=%s%n       %-8s pred=%s%n", g.type(),
              clip(g.quote()), p.type(), clip(p.q().text())));
        }
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (match[i] < 0) {
        Pred p = preds.get(i);
        sb.append(String.format(Locale.ROOT, "  FP   %-8s %s[%d,%d] spk=%s cue=%s | %s%n", p.type(),
            nestedInGold(p, gold) ? "nested " : "", p.q().start(), p.q().end(), p.speaker(), p.q().cue(),
            clip(p.q().text())));
      }
    }
    if (sb.length() > 0) {
      out.print("== " + id + "\n" + sb);
    }
  }

  private static String clip(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 300 ? one : one.substring(0, 300) + "…";
  }

  /** Accumulates one view. */
  static final class Acc {
    final Set<String> types;
    final boolean ignoreNested;
    final Counts quote = new Counts();
    final Counts strict = new Counts();
    final Counts speaker = new Counts();
    final Counts speakerAsWritten = new Counts();
    int matchedWithSpeaker;
    final Map<String, Counts> quoteByKind = new LinkedHashMap<>();
    final Map<String, Counts> speakerByKind = new LinkedHashMap<>();

    Acc(Set<String> types, boolean ignoreNested) {
      this.types = types;
      this.ignoreNested = ignoreNested;
      for (String k : List.of("direct", "mixed", "indirect")) {
        kind(quoteByKind, k);
        kind(speakerByKind, k);
      }
    }

    boolean included(Gold g) {
      return !g.type().equals("optional") && (types == null || types.contains(g.type()));
    }

    void score(List<Gold> gold, List<Pred> preds) {
      int[] predMatch = greedy(gold, preds, false);
      int[] strictMatch = greedy(gold, preds, true);
      for (int i = 0; i < preds.size(); i++) {
        Pred p = preds.get(i);
        int g = predMatch[i];
        boolean ignored = g >= 0 && !included(gold.get(g))
            || g < 0 && ignoreNested && nestedInGold(p, gold);
        if (ignored) {
          continue;
        }
        boolean correct = g >= 0;
        quote.add(1, 0, correct ? 1 : 0);
        kind(quoteByKind, p.type()).add(1, 0, 0);
        int sg = strictMatch[i];
        boolean strictIgnored = sg >= 0 && !included(gold.get(sg));
        if (!strictIgnored) {
          strict.add(1, 0, sg >= 0 ? 1 : 0);
        }
        if (p.q().speakerMention() != null) {
          speakerAsWritten.add(1, 0, 0);
        }
        if (p.speaker() != null) {
          speaker.add(1, 0, 0);
          kind(speakerByKind, p.type()).add(1, 0, 0);
        }
        if (correct) {
          Gold gq = gold.get(g);
          kind(quoteByKind, gq.type()).correct++;
          kind(quoteByKind, p.type()).correctPredicted++;
          if (gq.speaker() != null) {
            matchedWithSpeaker++;
          }
          if (p.q().speakerMention() != null
              && SpeakerHeads.matches(p.q().speakerMention(), gq.speaker(), gq.resolved())) {
            speakerAsWritten.correct++;
          }
          if (p.speaker() != null && SpeakerHeads.matches(p.speaker(), gq.speaker(), gq.resolved())) {
            speaker.correct++;
            kind(speakerByKind, gq.type()).correct++;
            kind(speakerByKind, p.type()).correctPredicted++;
          }
        }
      }
      for (Gold g : gold) {
        if (included(g)) {
          quote.gold++;
          strict.gold++;
          kind(quoteByKind, g.type()).gold++;
          if (g.speaker() != null) {
            speaker.gold++;
            speakerAsWritten.gold++;
            kind(speakerByKind, g.type()).gold++;
          }
        }
      }
    }

    private static Counts kind(Map<String, Counts> m, String k) {
      return m.computeIfAbsent(k, x -> {
        Counts c = new Counts();
        c.correctPredicted = 0;
        return c;
      });
    }

    ViewScores scores() {
      Map<String, Prf> qk = new LinkedHashMap<>();
      Map<String, Prf> sk = new LinkedHashMap<>();
      quoteByKind.forEach((k, v) -> qk.put(k, v.prf()));
      speakerByKind.forEach((k, v) -> sk.put(k, v.prf()));
      return new ViewScores(quote.prf(), strict.prf(), speaker.prf(),
          Prf.of(speaker.correct, matchedWithSpeaker, matchedWithSpeaker), speakerAsWritten.prf(), qk, sk);
    }
  }

  /**
   * {@code java ... QuoteEval <file.jsonl> [--predictions FILE] [--errors FILE] [--speed ROUNDS]}: prints the report
   * table; {@code --speed} also prints articles per CPU-second.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: QuoteEval <quotes.jsonl> [--predictions FILE] [--errors FILE] [--speed ROUNDS]");
      System.exit(2);
    }
    Path predictions = null;
    PrintStream errors = null;
    int speedRounds = 0;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--predictions" -> predictions = Path.of(args[i + 1]);
        case "--errors" -> errors = new PrintStream(Files.newOutputStream(Path.of(args[i + 1])), false,
            StandardCharsets.UTF_8);
        case "--speed" -> speedRounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.print(evaluate(Path.of(args[0]), System.err, new Options(predictions, errors)));
    if (errors != null) {
      errors.close();
    }
    if (speedRounds > 0) {
      System.out.printf(Locale.ROOT, "%.0f articles per CPU-second (extraction only, %d rounds)%n",
          articlesPerCpuSecond(Path.of(args[0]), speedRounds), speedRounds);
    }
  }
}
