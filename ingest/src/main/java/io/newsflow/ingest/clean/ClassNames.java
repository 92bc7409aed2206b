package io.newsflow.ingest.clean;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Reads an element's class and id as one lower-case string ({@code _} folded to {@code -}) for pattern tests. */
final class ClassNames {
    private ClassNames() {}

    static String of(Element el) {
        String cls = el.attr("class");
        String id = el.attr("id");
        if (cls.isEmpty() && id.isEmpty()) return "";
        String joined = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
        return fold(joined);
    }

    static String classOnly(Element el) {
        return fold(el.attr("class"));
    }

    static String idOnly(Element el) {
        return fold(el.attr("id"));
    }

    /** Lower case, {@code _} as {@code -}, and BEM's {@code __}/{@code --} as one {@code -}. */
    private static String fold(String names) {
        String s = names.toLowerCase(Locale.ROOT).replace('_', '-');
        return s.contains("--") ? s.replace("--", "-") : s;
    }
}
