package io.newsflow.enrich.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word name lists keyed by lower-cased token sequences, matched longest-first at a token
 * position. Entries are tokenised with the same {@link Tokenizer} as the text so that "U.S." and
 * "St. Louis" line up. Immutable after construction, hence thread-safe.
 */
final class Gazetteer {
  private final Map<String, EntityKind> entries = new HashMap<>();
  private int maxTokens = 1;
  /** First token of every entry: most capitalised words start none, and need no key built. */
  private final java.util.Set<String> firstTokens = new java.util.HashSet<>();

  void addAll(List<String> names, EntityKind kind) {
    for (String name : names) {
      List<Token> toks = Tokenizer.tokenize(name);
      if (toks.isEmpty()) continue;
      entries.putIfAbsent(key(toks, 0, toks.size()), kind);
      firstTokens.add(toks.get(0).lower());
      maxTokens = Math.max(maxTokens, toks.size());
    }
  }

  /** Kind of the exact token range, or {@code null}. */
  EntityKind lookup(List<Token> tokens, int from, int to) {
    return entries.get(key(tokens, from, to));
  }

  /** Kind of a lower-case, space-separated entry key, or {@code null}. */
  EntityKind lookup(String lowerKey) {
    return entries.get(lowerKey);
  }

  /** Length in tokens of the longest entry starting at {@code from} (0 if none), within {@code limit}. */
  int longestMatch(List<Token> tokens, int from, int limit) {
    if (from >= limit || !firstTokens.contains(tokens.get(from).lower())) return 0;
    int end = Math.min(limit, from + maxTokens);
    for (int to = end; to > from; to--) {
      if (tokens.get(to - 1).sentence() != tokens.get(from).sentence()) continue;
      if (entries.containsKey(key(tokens, from, to))) return to - from;
    }
    return 0;
  }

  static String key(List<Token> tokens, int from, int to) {
    if (to - from == 1) return tokens.get(from).lower();
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) sb.append(' ');
      sb.append(tokens.get(i).lower());
    }
    return sb.toString();
  }
}
