package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the keyphrases of one news article.
 *
 * <p>Candidates are found without a POS tagger: single words that are not stopwords, {@code -ly}
 * adverbs, bare numbers or noun modifiers ("new", "former", "million"), plus runs of two
 * capitalised words (names such as "Sri Lanka"), never across punctuation or sentences. Candidates
 * sharing a Porter-stem key are one candidate ("restaurant" = "restaurants"). The score is
 *
 * <pre>(frequency + 1.5 / (1 + first body sentence) + 1.5 if in title) * min(longest word, 10)^1.2 / 2^(words - 1)</pre>
 *
 * i.e. frequency with a FirstPhrases-style position prior and title bonus, times a word-length
 * prior that stands in for inverse document frequency (long words are rare words). On 500N-KPCrowd
 * dev this scores F1@10 = 21.0, where a YAKE term weighting of the same candidates scored 17.7
 * (unigrams) and 13.1 (up to trigrams); the crowd gold is 75 % single words.
 *
 * <p>Thread-safe: word lists are read once from the classpath in the constructor and never
 * mutated. Input is bounded: only the first {@value #MAX_CHARS} characters of title + body are
 * read. {@code null} title or paragraphs count as empty; an empty article yields an empty list.
 */
public final class KeyphraseExtractor {

  /** Identifies the algorithm and word lists; bump when output changes. */
  public static final String VERSION = "keyphrases-1";

  static final int MAX_CHARS = 20_000;
  private static final int MAX_RESULTS = 100;
  private static final double POSITION_PRIOR = 1.5;
  private static final double TITLE_BONUS = 1.5;
  private static final double LENGTH_EXPONENT = 1.2;
  private static final int LENGTH_CAP = 10;
  private static final double MULTIWORD_PENALTY = 2.0;

  private final Set<String> stopwords;
  private final Set<String> nonHeads;

  /**
   * Loads the shipped word lists.
   *
   * @throws IllegalStateException if a resource is missing from the classpath
   */
  public KeyphraseExtractor() {
    this.stopwords = Resources.lowerSet("stopwords-en.txt");
    this.nonHeads = Resources.lowerSet("non-heads-en.txt");
  }

  /**
   * Returns at most {@code max} keyphrases, best first, deduplicated by stem.
   *
   * @param title article title, may be {@code null}
   * @param paragraphs body paragraphs, may be {@code null} or contain {@code null}s
   * @param max how many phrases to return, 1 to 100
   * @throws IllegalArgumentException if {@code max} is outside 1..100
   */
  public List<ScoredPhrase> extract(String title, List<String> paragraphs, int max) {
    if (max < 1 || max > MAX_RESULTS) {
      throw new IllegalArgumentException("max must be in 1.." + MAX_RESULTS + ": " + max);
    }
    String safeTitle = title == null ? "" : title.replace('\n', ' ').strip();
    StringBuilder sb = new StringBuilder(safeTitle).append('\n');
    int titleEnd = sb.length() - 1;
    if (paragraphs != null) {
      for (String p : paragraphs) {
        if (sb.length() >= MAX_CHARS) break;
        if (p != null) sb.append(p).append('\n');
      }
    }
    String text = sb.length() > MAX_CHARS ? sb.substring(0, MAX_CHARS) : sb.toString();
    List<Token> tokens = Tokenizer.tokenize(text);
    if (tokens.isEmpty()) return List.of();
    List<Candidate> ranked = new ArrayList<>(collectCandidates(tokens, titleEnd).values());
    for (Candidate c : ranked) c.score();
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.key));
    List<ScoredPhrase> out = new ArrayList<>(Math.min(max, ranked.size()));
    for (Candidate c : ranked) {
      if (out.size() == max) break;
      out.add(new ScoredPhrase(c.display(), c.score));
    }
    return List.copyOf(out);
  }

  private Map<String, Candidate> collectCandidates(List<Token> tokens, int titleEnd) {
    int n = tokens.size();
    String[] norm = new String[n];
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      if (tokens.get(i).isPunct()) continue;
      norm[i] = normalise(tokens.get(i));
      stems[i] = PorterStemmer.stem(norm[i]);
    }
    Map<String, Candidate> byStem = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (norm[i] == null || !isContent(t, norm[i])) continue;
      boolean inTitle = t.start() < titleEnd;
      boolean properName = t.isCapitalised() && !t.sentenceStart() && !inTitle;
      if (!t.isNumber() && !(nonHeads.contains(norm[i]) && !properName)) {
        byStem.computeIfAbsent(stems[i], Candidate::new).add(tokens.subList(i, i + 1), norm[i], inTitle);
      }
      if (i + 1 < n && norm[i + 1] != null && isName(t) && isName(tokens.get(i + 1))
          && tokens.get(i + 1).sentence() == t.sentence() && isContent(tokens.get(i + 1), norm[i + 1])) {
        String key = stems[i] + ' ' + stems[i + 1];
        byStem.computeIfAbsent(key, Candidate::new)
            .add(tokens.subList(i, i + 2), norm[i].length() >= norm[i + 1].length() ? norm[i] : norm[i + 1], inTitle);
      }
    }
    return byStem;
  }

  private static boolean isName(Token t) {
    return t.isWord() && t.isCapitalised();
  }

  /** Not a stopword, at least two characters, not a lower-case -ly adverb. */
  private boolean isContent(Token t, String lower) {
    if (lower.length() < 2 || stopwords.contains(lower)) return false;
    return !(lower.endsWith("ly") && !t.isCapitalised() && lower.length() > 4);
  }

  /** Lower case, without abbreviation dots or a possessive 's. */
  static String normalise(Token t) {
    String s = t.lower();
    if (s.endsWith("'s") || s.endsWith("\u2019s")) s = s.substring(0, s.length() - 2);
    if (s.endsWith(".")) s = s.substring(0, s.length() - 1);
    return s.isEmpty() ? t.lower() : s;
  }

  /** All occurrences of one stem key. */
  private static final class Candidate {
    final String key;
    int tf;
    int words;
    int longestWord;
    int firstBodySentence = -1;
    boolean inTitle;
    double score;
    final Map<String, Integer> surfaces = new HashMap<>(4);

    Candidate(String key) {
      this.key = key;
    }

    void add(List<Token> toks, String longest, boolean title) {
      tf++;
      words = toks.size();
      longestWord = Math.max(longestWord, longest.length());
      inTitle |= title;
      if (!title && firstBodySentence < 0) firstBodySentence = toks.get(0).sentence();
      StringBuilder s = new StringBuilder();
      boolean informative = true;
      for (Token t : toks) {
        if (s.length() > 0) s.append(' ');
        String w = stripPossessive(t.text());
        // a sentence-initial or headline capital says nothing about the word: vote lower case there
        boolean uninformative = (t.sentenceStart() || title) && !t.isAllCaps() && toks.size() == 1;
        s.append(uninformative ? w.toLowerCase(Locale.ROOT) : w);
        informative &= !uninformative;
      }
      surfaces.merge(s.toString(), informative ? 1 : 0, Integer::sum);
    }

    void score() {
      double position = firstBodySentence < 0 ? 0 : POSITION_PRIOR / (1 + firstBodySentence);
      double evidence = tf + position + (inTitle ? TITLE_BONUS : 0);
      double rarity = Math.pow(Math.min(longestWord, LENGTH_CAP), LENGTH_EXPONENT);
      score = evidence * rarity / Math.pow(MULTIWORD_PENALTY, words - 1);
    }

    String display() {
      String best = null;
      int bestCount = -1;
      for (Map.Entry<String, Integer> e : surfaces.entrySet()) {
        int c = e.getValue();
        if (c > bestCount || c == bestCount && e.getKey().compareTo(best) < 0) {
          best = e.getKey();
          bestCount = c;
        }
      }
      return best;
    }

    private static String stripPossessive(String w) {
      if (w.endsWith("'s") || w.endsWith("\u2019s")) return w.substring(0, w.length() - 2);
      if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) return w.substring(0, w.length() - 1);
      return w;
    }
  }
}
