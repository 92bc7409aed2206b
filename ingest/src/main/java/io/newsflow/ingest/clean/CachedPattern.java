package io.newsflow.ingest.clean;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A {@code find()} verdict cache for patterns tested against class/id strings. Pages repeat the same
 * class string on hundreds of elements and sites repeat it across pages, while the unanchored
 * alternations behind these patterns were the cleaner's top CPU cost (JFR: ~20% of clean samples in
 * {@code Pattern$Branch.match}). Thread-safe; bounded by clearing when full.
 */
final class CachedPattern {
    private static final int MAX_ENTRIES = 50_000;

    private final Pattern pattern;
    private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

    CachedPattern(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    boolean find(String input) {
        Boolean cached = verdicts.get(input);
        if (cached != null) {
            return cached;
        }
        boolean found = pattern.matcher(input).find();
        if (input.length() <= 512) { // long strings are rare and would only crowd the cache
            if (verdicts.size() >= MAX_ENTRIES) {
                verdicts.clear();
            }
            verdicts.put(input, found);
        }
        return found;
    }
}
