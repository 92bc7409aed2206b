package io.newsflow.sink.store;

import java.util.ArrayList;
import java.util.List;

/** Minimal JSON string writing and reading of string arrays; enough for alias lists and JSONL export. */
final class Json {

    private Json() {}

    static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters and the two JS line separators are escaped so each object stays on one line
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String stringArray(List<String> values) {
        StringBuilder out = new StringBuilder(16 * values.size() + 2).append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        return out.append(']').toString();
    }

    /** Reads what {@link #stringArray} wrote; anything else yields the strings it can recognise. */
    static List<String> parseStringArray(String json) {
        List<String> values = new ArrayList<>();
        if (json == null) {
            return values;
        }
        int i = 0;
        while (i < json.length()) {
            if (json.charAt(i) != '"') {
                i++;
                continue;
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < json.length() && json.charAt(i) != '"') {
                char c = json.charAt(i);
                if (c == '\\' && i + 1 < json.length()) {
                    char e = json.charAt(++i);
                    switch (e) {
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case 'u' -> {
                            if (i + 4 < json.length()) {
                                try {
                                    value.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                                } catch (NumberFormatException notHex) {
                                    // not written by stringArray; drop the escape
                                }
                                i += 4;
                            }
                        }
                        default -> value.append(e);
                    }
                } else {
                    value.append(c);
                }
                i++;
            }
            values.add(value.toString());
            i++;
        }
        return values;
    }
}
