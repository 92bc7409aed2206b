package io.newsflow.ingest.discover;

import org.jsoup.Jsoup;

/** Turns feed titles (which may carry escaped HTML) into bounded plain text. */
final class Titles {
    static final int MAX_TITLE_CHARS = 1000;
    /** Longer raw titles are cut before HTML parsing so a hostile feed cannot make us parse megabytes. */
    private static final int MAX_RAW_CHARS = 20_000;

    private Titles() {
    }

    /** Plain text, whitespace collapsed, at most 1000 characters; null for null or blank input. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) : raw;
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            text = Jsoup.parseBodyFragment(text).text();
        }
        text = collapseWhitespace(text);
        if (text.length() > MAX_TITLE_CHARS) {
            text = text.substring(0, MAX_TITLE_CHARS);
        }
        return text.isEmpty() ? null : text;
    }

    private static String collapseWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
