package io.newsflow.ingest.clean;

import java.util.Locale;
import org.jsoup.nodes.Element;

/** Folds class and id values for the name rules: lower case, {@code _} as {@code -}, BEM's {@code --} as one {@code -}. */
final class ClassNames {
    private ClassNames() {}

    static String idOnly(Element el) {
        return fold(el.attr("id"));
    }

    /** Lower case, {@code _} as {@code -}, and BEM's {@code __}/{@code --} as one {@code -}. */
    static String fold(String names) {
        return foldLowerCased(names.toLowerCase(Locale.ROOT));
    }

    /** {@link #fold} of a string already in lower case. */
    static String foldLowerCased(String lower) {
        String s = lower.replace('_', '-');
        return s.contains("--") ? s.replace("--", "-") : s;
    }
}
