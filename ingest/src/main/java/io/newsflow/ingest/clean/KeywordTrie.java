package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which of many keywords occur in a short string in one pass: a trie walked from every start
 * position, so the cost is the string length times the length of the longest partial match, whatever
 * the number of keywords. It replaces unanchored regex alternations ({@code a|b|c…} with
 * {@code Matcher.find()}), whose cost grows with the number of alternatives at every position.
 * Each keyword carries a bit mask (its category) and the boundary the regex demanded on each side.
 * Immutable once built; thread-safe.
 */
final class KeywordTrie {
    /** What must surround a keyword, as the regexes it replaces wrote it. */
    enum Edge {
        /** no condition */
        ANY,
        /** {@code ^}/{@code $}, {@code -} or {@code \s} (Java's {@code [ \t\n\x0B\f\r]}) */
        DASH_OR_SPACE,
        /** {@code ^}/{@code $} or {@code \s} */
        SPACE,
        /** {@code ^}/{@code $} or a literal blank */
        BLANK;

        boolean before(String s, int start) {
            if (this == ANY || start == 0) return true;
            return admits(s.charAt(start - 1));
        }

        boolean after(String s, int end) {
            if (this == ANY || atEnd(s, end)) return true;
            return admits(s.charAt(end));
        }

        private boolean admits(char c) {
            return switch (this) {
                case ANY -> true;
                case DASH_OR_SPACE -> c == '-' || isRegexSpace(c);
                case SPACE -> isRegexSpace(c);
                case BLANK -> c == ' ';
            };
        }
    }

    private record Hit(int mask, Edge left, Edge right) {}

    private static final class Node {
        char[] keys = new char[0];
        Node[] next = new Node[0];
        Hit[] hits = new Hit[0];

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) if (keys[i] == c) return next[i];
            return null;
        }

        Node addChild(char c) {
            Node existing = child(c);
            if (existing != null) return existing;
            keys = Arrays.copyOf(keys, keys.length + 1);
            next = Arrays.copyOf(next, next.length + 1);
            keys[keys.length - 1] = c;
            return next[next.length - 1] = new Node();
        }
    }

    private final Node root = new Node();
    /** The root's children by ASCII code, so the step taken at every start position is one array read. */
    private final Node[] rootAscii = new Node[128];

    /** Adds {@code |}-separated literal keywords with no boundary condition. */
    KeywordTrie add(int mask, String alternatives) {
        for (String keyword : alternatives.split("\\|")) add(mask, Edge.ANY, keyword, Edge.ANY);
        return this;
    }

    KeywordTrie add(int mask, Edge left, String keyword, Edge right) {
        if (keyword.isEmpty()) throw new IllegalArgumentException("empty keyword");
        Node node = root;
        for (int i = 0; i < keyword.length(); i++) node = node.addChild(keyword.charAt(i));
        char first = keyword.charAt(0);
        if (first < 128) rootAscii[first] = root.child(first);
        List<Hit> hits = new ArrayList<>(List.of(node.hits));
        hits.add(new Hit(mask, left, right));
        node.hits = hits.toArray(Hit[]::new);
        return this;
    }

    /** The union of the masks of all keywords found in {@code s} with their boundaries satisfied. */
    int match(String s) {
        int found = 0;
        for (int start = 0; start < s.length(); start++) {
            char first = s.charAt(start);
            Node node = first < 128 ? rootAscii[first] : root.child(first);
            for (int i = start + 1; node != null; i++) {
                for (Hit hit : node.hits) {
                    if ((found & hit.mask) != hit.mask && hit.left.before(s, start) && hit.right.after(s, i)) found |= hit.mask;
                }
                if (i == s.length()) break;
                node = node.child(s.charAt(i));
            }
        }
        return found;
    }

    /** Java regex {@code \s} without UNICODE_CHARACTER_CLASS. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Java regex {@code $} without MULTILINE: the end, or before one final line terminator. */
    static boolean atEnd(String s, int end) {
        int rest = s.length() - end;
        if (rest == 0) return true;
        char c = s.charAt(end);
        if (rest == 1) return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
        return rest == 2 && c == '\r' && s.charAt(end + 1) == '\n';
    }
}
