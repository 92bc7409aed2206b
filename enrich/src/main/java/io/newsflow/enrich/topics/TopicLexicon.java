package io.newsflow.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stemmed phrase → per-topic weight table built once from the hand-written keyword lexicon and the
 * IPTC Media Topic labels (CC BY 4.0, IPTC). A phrase listed under several topics counts less for
 * each, by its {@linkplain #inverseTopicFrequency inverse topic frequency}. Immutable after build.
 */
final class TopicLexicon {
  static final double LEXICON_WEIGHT = 1.0;
  static final double LABEL_WEIGHT = 0.25;
  static final int MAX_PHRASE_WORDS = 3;
  /** Pseudo-phrase counted for each match result ("2-1") in a text; it votes for sport. */
  static final String SCORE_FEATURE = "#score";
  static final String SPORT = "medtop:15000000";
  static final double SCORE_WEIGHT = 1.0;

  final List<String> codes = new ArrayList<>();
  final Map<String, String> labels = new LinkedHashMap<>();
  final Map<String, double[]> weights = new HashMap<>();
  int maxWords = 1;
  /** The phrases of {@link #weights} as a trie over stems, so a text is matched word by word. */
  final PhraseNode root = new PhraseNode();
  /** Weights by {@link PhraseNode#id}. */
  double[][] weightsById;

  TopicLexicon(Set<String> stopwords) {
    Map<String, Map<Integer, Double>> raw = new HashMap<>();
    for (String line : Resources.lines("iptc-mediatopics-en.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 4) continue;
      if ("1".equals(f[1])) {
        codes.add(f[0]);
        labels.put(f[0], f[3]);
      }
    }
    for (String line : Resources.lines("iptc-mediatopics-en.tsv")) {
      String[] f = line.split("\t");
      if (f.length < 4) continue;
      int topic = codes.indexOf(f[0]);
      for (String part : f[3].split(",| and | or |/")) {
        add(raw, part, topic, LABEL_WEIGHT, stopwords);
      }
    }
    Map<String, Map<Integer, Double>> cues = new HashMap<>();
    Map<String, Map<Integer, Double>> marked = new HashMap<>();
    for (String line : Resources.lines("category-lexicon.txt")) {
      String[] f = line.split("\t");
      int topic = codes.indexOf(f[0]);
      if (topic < 0 || f.length < 2) continue;
      for (String phrase : f[1].split(",")) {
        int caret = phrase.indexOf('^');
        if (caret < 0) {
          add(cues, phrase, topic, LEXICON_WEIGHT, stopwords);
        } else {
          double factor = Double.parseDouble(phrase.substring(caret + 1).strip());
          add(marked, phrase.substring(0, caret), topic, LEXICON_WEIGHT * factor, stopwords, TopicLexicon::geometricMean);
        }
      }
    }
    // a marked weight is a judgement about the stem, so it overrides the default of an unmarked form
    marked.forEach((key, byTopic) -> cues.computeIfAbsent(key, k -> new HashMap<>()).putAll(byTopic));
    cues.forEach((key, byTopic) -> byTopic.forEach((topic, w) -> raw.computeIfAbsent(key, k -> new HashMap<>())
        .merge(topic, w, Math::max)));
    if (codes.contains(SPORT)) {
      raw.computeIfAbsent(SCORE_FEATURE, k -> new HashMap<>()).put(codes.indexOf(SPORT), SCORE_WEIGHT);
    }
    for (Map.Entry<String, Map<Integer, Double>> e : raw.entrySet()) {
      double[] w = new double[codes.size()];
      double specificity = inverseTopicFrequency(e.getValue().size(), codes.size());
      for (Map.Entry<Integer, Double> t : e.getValue().entrySet()) w[t.getKey()] = t.getValue() * specificity;
      weights.put(e.getKey(), w);
    }
    buildTrie();
  }

  /**
   * How much a phrase listed under {@code cued} of {@code topics} topics says about each of them:
   * the smoothed inverse document frequency {@code ln(1 + topics/cued)} with the topics as the
   * documents, scaled so that a phrase of a single topic weighs 1. A shared word ("budget", "star")
   * thus counts less for each of its topics, but less steeply than dividing by {@code cued}, which
   * made a word of two topics weigh as little as half a cue, below the polysemy discount {@code ^0.5}.
   */
  static double inverseTopicFrequency(int cued, int topics) {
    if (cued < 1 || cued > topics) throw new IllegalArgumentException(cued + " of " + topics + " topics");
    return Math.log(1 + (double) topics / cued) / Math.log(1 + topics);
  }

  private void buildTrie() {
    List<double[]> byId = new ArrayList<>();
    List<String> keys = new ArrayList<>(weights.keySet());
    java.util.Collections.sort(keys); // ids independent of hash order
    for (String key : keys) {
      PhraseNode node = root;
      for (String stem : key.split(" ")) node = node.child(stem);
      node.id = byId.size();
      byId.add(weights.get(key));
    }
    weightsById = byId.toArray(double[][]::new);
  }

  /**
   * One node of the stem trie: the phrase ending here ({@link #id}, or -1) and its continuations.
   * Children are looked up with the memoised stem strings of {@link Stems}, whose hashes are cached.
   */
  static final class PhraseNode {
    int id = -1;
    private Map<String, PhraseNode> children = Map.of();

    PhraseNode next(String stem) {
      return children.get(stem);
    }

    private PhraseNode child(String stem) {
      if (children.isEmpty()) children = new HashMap<>(4);
      return children.computeIfAbsent(stem, k -> new PhraseNode());
    }
  }

  /**
   * Two marked forms of one stem with different weights ("share^0.5", "shares^2"): the stem cannot
   * tell the senses apart, so it gets the geometric mean of the two.
   */
  static double geometricMean(double a, double b) {
    return Math.sqrt(a * b);
  }

  private void add(Map<String, Map<Integer, Double>> raw, String phrase, int topic, double weight,
      Set<String> stopwords) {
    add(raw, phrase, topic, weight, stopwords, Math::max);
  }

  private void add(Map<String, Map<Integer, Double>> raw, String phrase, int topic, double weight,
      Set<String> stopwords, java.util.function.BinaryOperator<Double> merge) {
    if (topic < 0) return;
    String key = key(phrase.strip().toLowerCase(Locale.ROOT), stopwords);
    int words = key.isEmpty() ? 0 : key.split(" ").length;
    // long concept names ("provisions of the law on ...") never occur verbatim in text
    if (words == 0 || words > MAX_PHRASE_WORDS) return;
    maxWords = Math.max(maxWords, words);
    raw.computeIfAbsent(key, k -> new HashMap<>()).merge(topic, weight, merge);
  }

  /** Space-joined stems; empty for a lone stopword. */
  static String key(String phrase, Set<String> stopwords) {
    List<Token> toks = Tokenizer.tokenize(phrase);
    StringBuilder sb = new StringBuilder();
    for (Token t : toks) {
      if (t.isPunct()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(PorterStemmer.stem(KeyphraseExtractor.normalise(t)));
    }
    if (toks.size() == 1 && stopwords.contains(toks.get(0).lower())) return "";
    return sb.toString();
  }
}
