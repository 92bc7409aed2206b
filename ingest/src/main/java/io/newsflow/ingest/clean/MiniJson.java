package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for JSON-LD blocks and evaluation files.
 *
 * <p>Objects become {@link LinkedHashMap}, arrays {@link ArrayList}, numbers {@link Double}, plus
 * {@link String}, {@link Boolean} and {@code null}. Nesting is bounded ({@value #MAX_DEPTH}).
 * {@link #parse(String)} never throws: malformed input yields {@code null}. Public only so that the
 * evaluator can read ground-truth files without another dependency.
 */
public final class MiniJson {
    static final int MAX_DEPTH = 64;
    private final String s;
    private int pos;

    private MiniJson(String s) {
        this.s = s;
    }

    /** Parses {@code text}; returns {@code null} when it is not valid JSON (trailing junk is ignored). */
    public static Object parse(String text) {
        if (text == null) return null;
        MiniJson p = new MiniJson(text);
        try {
            return p.value(0);
        } catch (RuntimeException e) { // malformed JSON-LD is common on the web; treat as absent
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new IllegalStateException("too deep");
        skipWs();
        char c = s.charAt(pos);
        switch (c) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string();
            case 't': expect("true"); return Boolean.TRUE;
            case 'f': expect("false"); return Boolean.FALSE;
            case 'n': expect("null"); return null;
            default: return number();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        skipWs();
        if (s.charAt(pos) == '}') { pos++; return m; }
        while (true) {
            skipWs();
            String key = string();
            skipWs();
            if (s.charAt(pos++) != ':') throw new IllegalStateException("colon");
            m.put(key, value(depth + 1));
            skipWs();
            char c = s.charAt(pos++);
            if (c == '}') return m;
            if (c != ',') throw new IllegalStateException("comma");
            skipWs();
            if (s.charAt(pos) == '}') { pos++; return m; } // tolerate trailing comma
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        pos++;
        skipWs();
        if (s.charAt(pos) == ']') { pos++; return list; }
        while (true) {
            list.add(value(depth + 1));
            skipWs();
            char c = s.charAt(pos++);
            if (c == ']') return list;
            if (c != ',') throw new IllegalStateException("comma");
            skipWs();
            if (s.charAt(pos) == ']') { pos++; return list; }
        }
    }

    private String string() {
        if (s.charAt(pos) != '"') throw new IllegalStateException("quote");
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u':
                    sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                    break;
                default: sb.append(e);
            }
        }
    }

    private Double number() {
        int start = pos;
        while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) pos++;
        if (start == pos) throw new IllegalStateException("value");
        return Double.valueOf(s.substring(start, pos));
    }

    private void expect(String word) {
        if (!s.startsWith(word, pos)) throw new IllegalStateException(word);
        pos += word.length();
    }

    private void skipWs() {
        while (Character.isWhitespace(s.charAt(pos))) pos++;
    }
}
