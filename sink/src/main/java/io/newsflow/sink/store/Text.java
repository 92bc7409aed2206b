package io.newsflow.sink.store;

/**
 * Bounds and cleans strings before they reach the database: NUL characters are removed (PostgreSQL rejects
 * them in text) and values longer than their column's bound are cut, never inside a surrogate pair.
 */
final class Text {

    static final int MAX_BODY = 2_000_000;
    static final int MAX_QUOTE = 20_000;
    static final int MAX_SHORT = 2_000;
    /** Keyphrases and entity names are primary-key parts; PostgreSQL b-tree entries must stay small. */
    static final int MAX_KEY_PART = 500;

    private Text() {}

    static String bounded(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.indexOf('\0') >= 0 ? s.replace("\0", "") : s;
        if (clean.length() <= max) {
            return clean;
        }
        int cut = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, cut);
    }

    static String shortText(String s) {
        return bounded(s, MAX_SHORT);
    }
}
