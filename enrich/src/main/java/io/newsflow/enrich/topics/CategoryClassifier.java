package io.newsflow.enrich.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the top-level IPTC Media Topic of a news article without training: stemmed words and
 * phrases of up to three words are looked up in a hand-written keyword lexicon plus the IPTC
 * concept labels; each topic scores the sum of its phrase weights times {@code 1 + ln(count)}, and
 * title words count {@value #TITLE_FACTOR} times. Topics that are rarely a news desk of their own
 * (disaster, education, environment, human interest, labour, lifestyle, religion, society, conflict,
 * weather) get a prior of {@value #MINOR_TOPIC_PRIOR}.
 *
 * <p>Text without any topic word still gets a low-confidence guess (see {@link #classify}); only
 * {@code null} or blank input yields empty. Only the first {@value #MAX_CHARS} characters are
 * read; {@code null} inputs count as empty. Thread-safe: tables are built once in the constructor.
 * Includes IPTC Media Topic NewsCodes labels, CC BY 4.0, (c) IPTC.
 */
public final class CategoryClassifier {
  static final int MAX_CHARS = 20_000;
  static final double TITLE_FACTOR = 3.0;
  /** Prior for topics outside the big news desks, which otherwise win on a few shared words. */
  static final double MINOR_TOPIC_PRIOR = 0.6;
  static final double FALLBACK_CONFIDENCE = 0.05;
  private static final String FALLBACK_TOPIC = "medtop:11000000";
  private static final String ECONOMY = "medtop:04000000";
  private static final String SPORT = "medtop:15000000";

  /** Topics that news outlets rarely run as a section of their own. */
  static final Set<String> MINOR_TOPICS = Set.of("medtop:03000000", "medtop:05000000", "medtop:06000000",
      "medtop:08000000", "medtop:09000000", "medtop:10000000", "medtop:12000000", "medtop:14000000",
      "medtop:16000000", "medtop:17000000");
  private final Set<String> stopwords;
  private final TopicLexicon lexicon;

  /**
   * Loads the shipped lexicon and taxonomy.
   *
   * @throws IllegalStateException if a resource is missing from the classpath
   */
  public CategoryClassifier() {
    this.stopwords = Resources.lowerSet("stopwords-en.txt");
    this.lexicon = new TopicLexicon(stopwords);
  }

  /**
   * The best top-level topic. Without topic words a fallback guess with confidence
   * {@value #FALLBACK_CONFIDENCE} is returned (score → sport, currency → economy, else politics);
   * empty only for {@code null}/blank title and paragraphs.
   */
  public Optional<CategoryGuess> classify(String title, List<String> paragraphs) {
    double[] score = new double[lexicon.codes.size()];
    Map<String, double[]> counts = new HashMap<>();
    count(title == null ? "" : title, TITLE_FACTOR, counts);
    if (paragraphs != null) {
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        if (body.length() >= MAX_CHARS) break;
        if (p != null) body.append(p).append('\n');
      }
      count(body.length() > MAX_CHARS ? body.substring(0, MAX_CHARS) : body.toString(), 1.0, counts);
    }
    addScores(counts, 1.0, score);
    for (int t = 0; t < score.length; t++) {
      if (MINOR_TOPICS.contains(lexicon.codes.get(t))) score[t] *= MINOR_TOPIC_PRIOR;
    }
    int best = -1;
    double total = 0;
    for (int t = 0; t < score.length; t++) {
      total += score[t];
      if (score[t] > 0 && (best < 0 || score[t] > score[best])) best = t;
    }
    if (best < 0) return fallback(title, paragraphs);
    String code = lexicon.codes.get(best);
    return Optional.of(new CategoryGuess(code, lexicon.labels.get(code), score[best] / total));
  }

  /**
   * A guess for text without topic words (mostly bare headlines): a sports score ("2-1", "115, 90")
   * means sport, a currency amount means economy, anything else the largest news desk, politics.
   * Confidence is {@value #FALLBACK_CONFIDENCE}. Empty only when there is no text at all.
   */
  private Optional<CategoryGuess> fallback(String title, List<String> paragraphs) {
    StringBuilder all = new StringBuilder(title == null ? "" : title);
    if (paragraphs != null) {
      for (String p : paragraphs) {
        if (all.length() >= MAX_CHARS) break;
        if (p != null) all.append('\n').append(p);
      }
    }
    if (all.toString().isBlank()) return Optional.empty();
    List<Token> tokens = Tokenizer.tokenize(all.length() > MAX_CHARS ? all.substring(0, MAX_CHARS) : all.toString());
    String code = FALLBACK_TOPIC;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if ("$".equals(t.text()) || "\u20ac".equals(t.text()) || "\u00a3".equals(t.text())) {
        code = ECONOMY;
        break;
      }
      if (ContextCues.isScore(t) && (t.text().indexOf('-') > 0
          || i + 2 < tokens.size() && ",".equals(tokens.get(i + 1).text()) && tokens.get(i + 2).isWord()
              && Character.isUpperCase(tokens.get(i + 2).text().charAt(0)))) {
        code = SPORT;
        break;
      }
    }
    return Optional.of(new CategoryGuess(code, lexicon.labels.get(code), FALLBACK_CONFIDENCE));
  }

  /** Adds each phrase's topic weights times {@code factor * (1 + ln count)}. */
  private void addScores(Map<String, double[]> counts, double factor, double[] score) {
    for (Map.Entry<String, double[]> e : counts.entrySet()) {
      double[] w = lexicon.weights.get(e.getKey());
      double strength = factor * (1 + Math.log(e.getValue()[0]));
      for (int t = 0; t < score.length; t++) score[t] += w[t] * strength;
    }
  }

  private void count(String text, double factor, Map<String, double[]> counts) {
    List<Token> tokens = Tokenizer.tokenize(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    int n = tokens.size();
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      if (!t.isPunct()) stems[i] = PorterStemmer.stem(KeyphraseExtractor.normalise(t));
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (ContextCues.isScore(tokens.get(i)) && tokens.get(i).text().indexOf('-') > 0) {
        // a result such as "2-1" or "9-5" is sport evidence of its own
        counts.computeIfAbsent(TopicLexicon.SCORE_FEATURE, x -> new double[1])[0] += factor;
        continue;
      }
      if (stems[i] == null) continue;
      key.setLength(0);
      for (int len = 1; len <= lexicon.maxWords && i + len <= n; len++) {
        String s = stems[i + len - 1];
        if (s == null || tokens.get(i + len - 1).sentence() != tokens.get(i).sentence()) break;
        if (len > 1) key.append(' ');
        key.append(s);
        String k = key.toString();
        if (len == 1 && stopwords.contains(tokens.get(i).lower())) continue;
        if (lexicon.weights.containsKey(k)) counts.computeIfAbsent(k, x -> new double[1])[0] += factor;
      }
    }
  }
}
