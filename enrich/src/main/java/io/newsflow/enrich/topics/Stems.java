package io.newsflow.enrich.topics;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Memoised {@link PorterStemmer} stems shared by all threads. News vocabulary repeats heavily, so
 * after warm-up almost every word is a lookup; the returned strings are shared instances whose hash
 * is already cached, which makes them cheap keys for the lexicons. The memo holds at most
 * {@value #MAX_ENTRIES} words (then new words are stemmed without being remembered), so hostile
 * input cannot grow it without bound.
 */
final class Stems {
  static final int MAX_ENTRIES = 200_000;
  private static final ConcurrentHashMap<String, String> MEMO = new ConcurrentHashMap<>(16_384);

  private Stems() {}

  /** The Porter stem of a lower-case word. */
  static String of(String lowerWord) {
    String cached = MEMO.get(lowerWord);
    if (cached != null) return cached;
    String stem = PorterStemmer.stem(lowerWord);
    if (stem.equals(lowerWord)) stem = lowerWord;
    if (MEMO.size() < MAX_ENTRIES) {
      String raced = MEMO.putIfAbsent(lowerWord, stem);
      if (raced != null) return raced;
    }
    return stem;
  }
}
