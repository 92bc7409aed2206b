package io.newsflow.enrich.quotes.eval;

import io.newsflow.enrich.quotes.ExtractedQuote;
import io.newsflow.enrich.quotes.QuoteExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quote metric of {@code shared/data/quotes/README.md}, run with {@link QuoteExtractor} over a gold JSONL file.
 *
 * <p>Lenient match: lower-cased {@code \w+} tokens (inner apostrophes kept, punctuation and quote marks ignored),
 * one-to-one greedy matching by token overlap among overlapping spans, a match when the shared tokens are at least half
 * of the longer span. Strict match: identical token sequences. Speakers are compared on matched pairs with
 * {@link SpeakerHeads}; the predicted speaker is the normalised name, or the mention when unresolved. Speaker precision
 * counts predictions that carry a speaker, recall counts gold quotes that have one.
 *
 * <p>Views: {@code all} (every gold type except {@code optional}); {@code direct,mixed} (predictions matching an
 * excluded gold quote are ignored); {@code all, nested ignored} (also ignores unmatched predictions lying at least 90%
 * inside a gold quote). Gold items typed {@code optional} are never counted, and predictions matching them are ignored.
 */
public final class QuoteEval {
  private static final Pattern WORD = Pattern.compile("\\w+(?:['’]\\w+)*", Pattern.UNICODE_CHARACTER_CLASS);
  static final String VIEW_ALL = "all";
  static final String VIEW_DIRECT_MIXED = "direct,mixed";
  static final String VIEW_NESTED_IGNORED = "all, nested ignored";

  private QuoteEval() {}

  /** Scores of one view. */
  public record ViewScores(Prf quote, Prf quoteStrict, Prf speaker, Map<String, Prf> quoteByKind,
      Map<String, Prf> speakerByKind) {}

  /**
   * Evaluation result.
   *
   * @param docs          documents scored
   * @param docsPerSecond extraction throughput (extraction time only)
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

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "docs %d, %.0f docs/s%n", docs, docsPerSecond));
      sb.append(String.format(Locale.ROOT, "%-22s %-9s %6s %6s %6s %7s %7s%n", "view", "part", "P", "R", "F1", "correct",
          "pred/gold"));
      for (Map.Entry<String, ViewScores> v : views.entrySet()) {
        row(sb, v.getKey(), "quote", v.getValue().quote());
        row(sb, "", "strict", v.getValue().quoteStrict());
        row(sb, "", "speaker", v.getValue().speaker());
        for (Map.Entry<String, Prf> k : v.getValue().quoteByKind().entrySet()) {
          row(sb, "", "q:" + k.getKey(), k.getValue());
          row(sb, "", "s:" + k.getKey(), v.getValue().speakerByKind().get(k.getKey()));
        }
      }
      return sb.toString();
    }

    private static void row(StringBuilder sb, String view, String part, Prf p) {
      sb.append(String.format(Locale.ROOT, "%-22s %-9s %6.3f %6.3f %6.3f %7d %4d/%d%n", view, part, p.precision(),
          p.recall(), p.f1(), p.correct(), p.predicted(), p.gold()));
    }
  }

  record Gold(String quote, int start, int end, String type, String speaker, String resolved, List<String> tokens) {}

  record Pred(ExtractedQuote q, String type, String speaker, List<String> tokens) {}

  /**
   * @param quotesJsonl gold file, one article per line ({@code text} and {@code quotes})
   * @param progress    receives a line every 100 documents; may be null
   * @throws UncheckedIOException when the file cannot be read
   * @throws IllegalArgumentException when a line is not valid JSON
   */
  public static Report evaluate(Path quotesJsonl, PrintStream progress) {
    QuoteExtractor extractor = new QuoteExtractor();
    Map<String, Acc> views = new LinkedHashMap<>();
    views.put(VIEW_ALL, new Acc(null, false));
    views.put(VIEW_DIRECT_MIXED, new Acc(Set.of("direct", "mixed"), false));
    views.put(VIEW_NESTED_IGNORED, new Acc(null, true));
    long nanos = 0;
    int docs = 0;
    try (BufferedReader r = Files.newBufferedReader(quotesJsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) MiniJson.parse(line);
        String text = (String) doc.get("text");
        List<Gold> gold = gold(text, doc.get("quotes"));
        long t0 = System.nanoTime();
        List<ExtractedQuote> extracted = extractor.extract(text);
        nanos += System.nanoTime() - t0;
        List<Pred> preds = new ArrayList<>();
        for (ExtractedQuote q : extracted) {
          preds.add(new Pred(q, q.kind().name().toLowerCase(Locale.ROOT),
              q.speaker() != null ? q.speaker() : q.speakerMention(), tokens(q.text())));
        }
        for (Acc acc : views.values()) {
          acc.score(gold, preds);
        }
        docs++;
        if (progress != null && docs % 100 == 0) {
          progress.println("scored " + docs + " docs");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ViewScores> out = new LinkedHashMap<>();
    views.forEach((k, v) -> out.put(k, v.scores()));
    double seconds = nanos / 1e9;
    return new Report(docs, seconds == 0 ? 0 : docs / seconds, out);
  }

  private static List<Gold> gold(String text, Object quotes) {
    List<Gold> out = new ArrayList<>();
    if (!(quotes instanceof List<?> list)) {
      return out;
    }
    for (Object o : list) {
      @SuppressWarnings("unchecked")
      Map<String, Object> q = (Map<String, Object>) o;
      String quote = (String) q.get("quote");
      if (quote == null) {
        continue;
      }
      int s = charIndex(text, ((Number) q.get("start")).intValue());
      int e = charIndex(text, ((Number) q.get("end")).intValue());
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
      return text.offsetByCodePoints(0, codePoints);
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

  /** Accumulates one view. */
  private static final class Acc {
    final Set<String> types;
    final boolean ignoreNested;
    final Counts quote = new Counts();
    final Counts strict = new Counts();
    final Counts speaker = new Counts();
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
        boolean strictCorrect = sg >= 0 && included(gold.get(sg));
        boolean strictIgnored = sg >= 0 && !included(gold.get(sg));
        if (!strictIgnored) {
          strict.add(1, 0, strictCorrect ? 1 : 0);
        }
        if (p.speaker() != null) {
          speaker.add(1, 0, 0);
          kind(speakerByKind, p.type()).add(1, 0, 0);
        }
        if (correct) {
          Gold gq = gold.get(g);
          kind(quoteByKind, gq.type()).correct++;
          kind(quoteByKind, p.type()).correctPredicted++;
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

    private static boolean nestedInGold(Pred p, List<Gold> gold) {
      int len = Math.max(1, p.q().end() - p.q().start());
      for (Gold g : gold) {
        int overlap = Math.min(p.q().end(), g.end()) - Math.max(p.q().start(), g.start());
        if (overlap >= 0.9 * len) {
          return true;
        }
      }
      return false;
    }

    /** One-to-one greedy matching, best shared-token pairs first; returns the gold index per prediction or -1. */
    private static int[] greedy(List<Gold> gold, List<Pred> preds, boolean strict) {
      List<int[]> pairs = new ArrayList<>();
      for (int i = 0; i < preds.size(); i++) {
        Pred p = preds.get(i);
        for (int j = 0; j < gold.size(); j++) {
          Gold g = gold.get(j);
          if (p.q().start() >= g.end() || g.start() >= p.q().end()) {
            continue;
          }
          if (strict) {
            if (p.tokens().equals(g.tokens())) {
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
      pairs.sort((x, y) -> y[2] - x[2]);
      int[] predMatch = new int[preds.size()];
      java.util.Arrays.fill(predMatch, -1);
      boolean[] goldUsed = new boolean[gold.size()];
      for (int[] pr : pairs) {
        if (predMatch[pr[0]] < 0 && !goldUsed[pr[1]]) {
          predMatch[pr[0]] = pr[1];
          goldUsed[pr[1]] = true;
        }
      }
      return predMatch;
    }

    ViewScores scores() {
      Map<String, Prf> qk = new LinkedHashMap<>();
      Map<String, Prf> sk = new LinkedHashMap<>();
      quoteByKind.forEach((k, v) -> qk.put(k, v.prf()));
      speakerByKind.forEach((k, v) -> sk.put(k, v.prf()));
      return new ViewScores(quote.prf(), strict.prf(), speaker.prf(), qk, sk);
    }
  }

  /** {@code java ... QuoteEval <file.jsonl>}: prints the report table. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: QuoteEval <quotes.jsonl>");
      System.exit(2);
    }
    System.out.print(evaluate(Path.of(args[0]), System.err));
  }
}
