package io.newsflow.enrich.quotes;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of words tuned for the extractor's hot path: frames ask "is this token's word in class X?" for
 * nearly every token, most answers are "no", and the JDK's {@code Set.of} spends much of that time in a modulo and a
 * {@code String.equals} per probe. Here the table is a power of two (a mask, no division) at most a quarter full, and
 * each slot keeps its word's hash, so a miss compares ints and only a probable hit compares characters.
 * {@code String} caches its hash, so a token's word is hashed once however many classes ask.
 */
final class WordSet extends AbstractSet<String> {
  private final String[] words;
  private final int[] hashes;
  private final int mask;
  private final int size;

  private WordSet(String[] distinct, int size) {
    int capacity = Integer.highestOneBit(Math.max(4, size * 4 - 1)) << 1;
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    this.size = size;
    for (int k = 0; k < size; k++) {
      String w = distinct[k];
      int h = w.hashCode();
      int slot = spread(h) & mask;
      while (words[slot] != null) {
        slot = (slot + 1) & mask;
      }
      words[slot] = w;
      hashes[slot] = h;
    }
  }

  /** The distinct words of {@code all} (duplicates in hand-written lists are tolerated). */
  static WordSet of(Iterable<String> all) {
    java.util.LinkedHashSet<String> distinct = new java.util.LinkedHashSet<>();
    for (String w : all) {
      distinct.add(java.util.Objects.requireNonNull(w, "word"));
    }
    return new WordSet(distinct.toArray(new String[0]), distinct.size());
  }

  /** String hashes of short words differ mostly in their low bits already; fold the high bits in for long ones. */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    int h = s.hashCode();
    int slot = spread(h) & mask;
    String w;
    while ((w = words[slot]) != null) {
      if (hashes[slot] == h && w.equals(s)) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next = advance(0);

      private int advance(int from) {
        int k = from;
        while (k < words.length && words[k] == null) {
          k++;
        }
        return k;
      }

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        String w = words[next];
        next = advance(next + 1);
        return w;
      }
    };
  }

  @Override
  public boolean add(String e) {
    throw new UnsupportedOperationException("WordSet is immutable");
  }
}
