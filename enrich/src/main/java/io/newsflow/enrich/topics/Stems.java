package io.newsflow.enrich.topics;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Memoised {@link PorterStemmer} stems shared by all threads. News vocabulary repeats heavily, so
 * after warm-up almost every word is a lookup; the returned strings are shared instances whose hash
 * is already cached, which makes them cheap keys for the lexicons. The memo holds at most
 * {@link #maxWords()} words, {@value #DEFAULT_MAX_WORDS} unless {@code enrich.stem.memo.words} says otherwise
 * (then new words are stemmed without being remembered), so hostile input cannot grow it without bound.
 * It is one memo per process, shared by every enricher, hence a static bound.
 */
public final class Stems {
  public static final int DEFAULT_MAX_WORDS = 200_000;
  private static final ConcurrentHashMap<String, String> MEMO = new ConcurrentHashMap<>(16_384);
  private static volatile int maxWords = DEFAULT_MAX_WORDS;

  private Stems() {}

  /** Bounds the memo (0: remember nothing); words already remembered beyond a lower bound stay. */
  public static void limit(int words) {
    if (words < 0) throw new IllegalArgumentException("words must be >= 0: " + words);
    maxWords = words;
  }

  static int maxWords() {
    return maxWords;
  }

  static int size() {
    return MEMO.size();
  }

  /** The Porter stem of a lower-case word. */
  static String of(String lowerWord) {
    String cached = MEMO.get(lowerWord);
    if (cached != null) return cached;
    String stem = PorterStemmer.stem(lowerWord);
    if (stem.equals(lowerWord)) stem = lowerWord;
    if (MEMO.size() < maxWords) {
      String raced = MEMO.putIfAbsent(lowerWord, stem);
      if (raced != null) return raced;
    }
    return stem;
  }
}
