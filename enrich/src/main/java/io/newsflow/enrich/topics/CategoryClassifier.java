package io.newsflow.enrich.topics;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Guesses the top-level IPTC Media Topic of a news article without training: stemmed words and
 * phrases of up to three words are looked up in a hand-written keyword lexicon plus the IPTC
 * concept labels; each topic scores the sum of its phrase weights times {@code 1 + ln(count)}, and
 * title words count {@value #TITLE_FACTOR} times. Topics that are rarely a news desk of their own
 * (disaster, education, environment, human interest, labour, lifestyle, religion, society, conflict,
 * weather) get a prior of {@value #MINOR_TOPIC_PRIOR}. The confidence is the winner's margin over
 * the runner-up (see {@link #confidence}).
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
  /** Evidence (in cue-word weights) assumed on top of the winner's when judging its lead. */
  static final double EVIDENCE_PSEUDOCOUNT = 1.0;
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
    return classify(TopicText.of(title, paragraphs));
  }

  /** As {@link #classify(String, List)}, for a prepared article. */
  public Optional<CategoryGuess> classify(TopicText article) {
    double[] score = new double[lexicon.codes.size()];
    PhraseCounts counts = count(article);
    for (int k = 0; k < counts.size; k++) {
      int id = counts.ids[k];
      double[] w = lexicon.weightsById[id];
      double strength = 1 + Math.log(counts.weight[id]);
      for (int t = 0; t < score.length; t++) score[t] += w[t] * strength;
    }
    for (int t = 0; t < score.length; t++) {
      if (MINOR_TOPICS.contains(lexicon.codes.get(t))) score[t] *= MINOR_TOPIC_PRIOR;
    }
    int best = -1;
    for (int t = 0; t < score.length; t++) {
      if (score[t] > 0 && (best < 0 || score[t] > score[best])) best = t;
    }
    if (best < 0) return fallback(article);
    double second = 0;
    for (int t = 0; t < score.length; t++) {
      if (t != best) second = Math.max(second, score[t]);
    }
    String code = lexicon.codes.get(best);
    return Optional.of(new CategoryGuess(code, lexicon.labels.get(code), confidence(score[best], second)));
  }

  /**
   * Confidence from the winner's lead over the runner-up: {@code (1 + m) / 2} with the margin
   * {@code m = (best - second) / (best + }{@value #EVIDENCE_PSEUDOCOUNT}{@code )}. A tie reads as a
   * coin flip between the two (0.5) and a clear lead tends to 1. The pseudo-count of one cue word's
   * weight keeps thin evidence modest: one title word alone is not a certain guess. The former
   * measure, the winner's share of all evidence, ranked guesses worse and was not monotone (long
   * one-sided texts and one-word headlines both scored near 1).
   */
  static double confidence(double best, double second) {
    double margin = (best - second) / (best + EVIDENCE_PSEUDOCOUNT);
    return (1 + margin) / 2;
  }

  /**
   * A guess for text without topic words (mostly bare headlines): a sports score ("2-1", "115, 90")
   * means sport, a currency amount means economy, anything else the largest news desk, politics.
   * Confidence is {@value #FALLBACK_CONFIDENCE}. Empty only when there is no text at all.
   */
  private Optional<CategoryGuess> fallback(TopicText article) {
    if (article.text.isBlank()) return Optional.empty();
    List<Token> tokens = article.tokens.subList(0, article.tokensWithin(MAX_CHARS));
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

  /**
   * Weighted occurrence counts of the lexicon's phrases (title words count {@value #TITLE_FACTOR}
   * times), matched along the stem trie without building phrase strings.
   */
  private PhraseCounts count(TopicText article) {
    List<Token> tokens = article.tokens;
    String[] stems = article.stems;
    int n = article.tokensWithin(article.titleEnd + 1 + MAX_CHARS);
    PhraseCounts counts = new PhraseCounts(lexicon.weightsById.length);
    TopicLexicon.PhraseNode scoreNode = lexicon.root.next(TopicLexicon.SCORE_FEATURE);
    for (int i = 0; i < n; i++) {
      Token first = tokens.get(i);
      double factor = first.start() < article.titleEnd ? TITLE_FACTOR : 1.0;
      if (scoreNode != null && ContextCues.isScore(first) && first.text().indexOf('-') > 0) {
        // a result such as "2-1" or "9-5" is sport evidence of its own
        counts.add(scoreNode.id, factor);
        continue;
      }
      if (stems[i] == null) continue;
      TopicLexicon.PhraseNode node = lexicon.root;
      for (int j = i; j < n && j - i < lexicon.maxWords; j++) {
        if (stems[j] == null || tokens.get(j).sentence() != first.sentence()) break;
        node = node.next(stems[j]);
        if (node == null) break;
        if (j == i && stopwords.contains(first.lower())) continue;
        if (node.id >= 0) counts.add(node.id, factor);
      }
    }
    return counts;
  }

  /** Phrase id → summed weight, plus the ids seen in first-seen order. */
  private static final class PhraseCounts {
    final double[] weight;
    int[] ids = new int[32];
    int size;

    PhraseCounts(int phrases) {
      weight = new double[phrases];
    }

    void add(int id, double w) {
      if (weight[id] == 0) {
        if (size == ids.length) ids = java.util.Arrays.copyOf(ids, size * 2);
        ids[size++] = id;
      }
      weight[id] += w;
    }
  }
}
