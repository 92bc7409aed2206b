package io.newsflow.ingest.clean;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Per-page memo of the facts the body rules ask about many elements, several times (both cascade
 * attempts, scoring, selection, pruning): the {@link NameVocabulary} traits of each distinct class/id
 * string (pages repeat a few dozen class strings on thousands of elements), which elements hold a
 * quoted post, and the list of all elements. One instance per page; not thread-safe.
 */
final class PageFacts {
    private final Element body;
    private final Map<String, Integer> traits = new HashMap<>();
    private Set<Element> quoteHolders;
    private List<Element> elements;

    PageFacts(Element body) {
        this.body = body;
    }

    /** Every element of the body (itself included) in document order, listed once for all passes. */
    List<Element> elements() {
        if (elements == null) elements = body.getAllElements();
        return elements;
    }

    /** Traits of the class and id together (a keyword never spans the two: none contains a blank). */
    int names(Element el) {
        return traits(el.attr("class")) | traits(el.attr("id"));
    }

    int classTraits(Element el) {
        return traits(el.attr("class"));
    }

    int idTraits(Element el) {
        return traits(el.attr("id"));
    }

    private int traits(String raw) {
        if (raw.isEmpty()) return 0;
        Integer known = traits.get(raw);
        if (known != null) return known;
        int computed = NameVocabulary.traits(raw);
        traits.put(raw, computed);
        return computed;
    }

    /**
     * True when {@code el} is or contains a {@code <blockquote>}: embedded posts (tweets etc.) are quoted
     * material that annotators keep, though their wrappers say "social"/"embed". All holders are marked
     * in one pass on first use.
     */
    boolean isQuotedPost(Element el) {
        if (quoteHolders == null) {
            quoteHolders = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element quote : elements()) {
                if (!quote.normalName().equals("blockquote")) continue;
                for (Element p = quote; p != null && quoteHolders.add(p); p = p.parent()) {
                    // marks the ancestors up to the first one already marked
                }
            }
        }
        return quoteHolders.contains(el);
    }
}
