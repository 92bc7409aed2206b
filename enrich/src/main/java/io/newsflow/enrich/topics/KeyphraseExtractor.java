package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
 * <pre>(frequency + spread + 1.5 / (1 + first body sentence) + 1.5 if in title) * min(longest word, 10)^1.2 / 2^(words - 1)</pre>
 *
 * i.e. frequency with a FirstPhrases-style position prior and title bonus, plus YAKE's dispersion
 * idea ({@code spread} = share of the text's sentences between the first and the last occurrence: a
 * word the whole story keeps coming back to is more topical than one repeated in one passage), times a word-length
 * prior that stands in for inverse document frequency (long words are rare words). On 500N-KPCrowd
 * dev this scores F1@10 = 21.2 (21.0 without the spread term), where a YAKE term weighting of the same candidates scored 17.7
 * (unigrams) and 13.1 (up to trigrams); the crowd gold is 75 % single words.
 *
 * <p>Thread-safe: word lists are read once from the classpath in the constructor and never
 * mutated. Input is bounded: only the first {@value #MAX_CHARS} characters of title + body are
 * read. {@code null} title or paragraphs count as empty; an empty article yields an empty list.
 */
public final class KeyphraseExtractor {

  /** Identifies the algorithm and word lists; bump when output changes. */
  public static final String VERSION = "keyphrases-2";

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
    return extract(TopicText.of(title, paragraphs), max);
  }

  /**
   * Returns at most {@code max} keyphrases of a prepared article, best first, deduplicated by stem.
   *
   * @throws IllegalArgumentException if {@code max} is outside 1..100
   */
  public List<ScoredPhrase> extract(TopicText article, int max) {
    if (max < 1 || max > MAX_RESULTS) {
      throw new IllegalArgumentException("max must be in 1.." + MAX_RESULTS + ": " + max);
    }
    int n = article.tokensWithin(MAX_CHARS);
    if (n == 0) return List.of();
    List<Candidate> ranked = new ArrayList<>(collectCandidates(article, n).values());
    int lastSentence = article.tokens.get(n - 1).sentence();
    for (Candidate c : ranked) c.score(lastSentence);
    ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.key));
    List<ScoredPhrase> out = new ArrayList<>(Math.min(max, ranked.size()));
    for (Candidate c : ranked) {
      if (out.size() == max) break;
      out.add(new ScoredPhrase(c.display(), c.score));
    }
    return List.copyOf(out);
  }

  private Map<String, Candidate> collectCandidates(TopicText article, int n) {
    List<Token> tokens = article.tokens;
    String[] norm = article.norm;
    String[] stems = article.stems;
    int titleEnd = article.titleEnd;
    Map<String, Candidate> byStem = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (norm[i] == null || !isContent(t, norm[i])) continue;
      boolean inTitle = t.start() < titleEnd;
      boolean properName = t.isCapitalised() && !t.sentenceStart() && !inTitle;
      if (!t.isNumber() && !(nonHeads.contains(norm[i]) && !properName)) {
        byStem.computeIfAbsent(stems[i], Candidate::new).add(tokens, i, 1, norm[i], inTitle);
      }
      if (i + 1 < n && norm[i + 1] != null && isName(t) && isName(tokens.get(i + 1))
          && tokens.get(i + 1).sentence() == t.sentence() && isContent(tokens.get(i + 1), norm[i + 1])) {
        String key = stems[i] + ' ' + stems[i + 1];
        byStem.computeIfAbsent(key, Candidate::new)
            .add(tokens, i, 2, norm[i].length() >= norm[i + 1].length() ? norm[i] : norm[i + 1], inTitle);
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
    return TopicText.normalise(t);
  }

  /** All occurrences of one stem key. */
  private static final class Candidate {
    final String key;
    int tf;
    int words;
    int longestWord;
    int firstBodySentence = -1;
    int firstSentence = -1;
    int lastSentence = -1;
    boolean inTitle;
    double score;
    final Map<String, Integer> surfaces = new HashMap<>(4);

    Candidate(String key) {
      this.key = key;
    }

    /** One occurrence: tokens {@code [from, from + count)}. */
    void add(List<Token> tokens, int from, int count, String longest, boolean title) {
      tf++;
      words = count;
      longestWord = Math.max(longestWord, longest.length());
      inTitle |= title;
      Token first = tokens.get(from);
      if (!title && firstBodySentence < 0) firstBodySentence = first.sentence();
      if (firstSentence < 0) firstSentence = first.sentence();
      lastSentence = first.sentence();
      if (count == 1) {
        // a sentence-initial or headline capital says nothing about the word: vote lower case there
        boolean uninformative = (first.sentenceStart() || title) && !first.isAllCaps();
        String w = stripPossessive(uninformative ? first.lower() : first.text());
        surfaces.merge(w, uninformative ? 0 : 1, Integer::sum);
        return;
      }
      StringBuilder s = new StringBuilder();
      for (int i = from; i < from + count; i++) {
        if (s.length() > 0) s.append(' ');
        s.append(stripPossessive(tokens.get(i).text()));
      }
      surfaces.merge(s.toString(), 1, Integer::sum);
    }

    /** @param textLastSentence number of the last sentence read, for the spread */
    void score(int textLastSentence) {
      double position = firstBodySentence < 0 ? 0 : POSITION_PRIOR / (1 + firstBodySentence);
      double spread = (lastSentence - firstSentence) / (double) Math.max(1, textLastSentence);
      double evidence = tf + spread + position + (inTitle ? TITLE_BONUS : 0);
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
