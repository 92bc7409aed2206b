package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds elements by class selectors ({@code .date}, {@code [class*=byline]}) in one traversal for all of
 * them, asking each selector once per distinct class string: jsoup would lower-case or tokenise the
 * class attribute again for every element and every selector. The selectors must depend on the
 * {@code class} attribute alone and never match an element without one.
 */
final class ClassMarkedElements {
    private ClassMarkedElements() {}

    /** For each selector, its first {@code limit} matches under {@code root}, in document order. */
    static List<List<Element>> first(Element root, List<Evaluator> selectors, int limit) {
        List<List<Element>> found = new ArrayList<>();
        for (int i = 0; i < selectors.size(); i++) found.add(new ArrayList<>());
        Map<String, boolean[]> verdicts = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            private int full;

            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el)) return FilterResult.CONTINUE;
                String cls = el.attr("class");
                if (cls.isEmpty()) return FilterResult.CONTINUE;
                boolean[] matches = verdicts.get(cls);
                if (matches == null) {
                    matches = new boolean[selectors.size()];
                    for (int i = 0; i < matches.length; i++) matches[i] = selectors.get(i).matches(root, el);
                    verdicts.put(cls, matches);
                }
                for (int i = 0; i < matches.length; i++) {
                    List<Element> list = found.get(i);
                    if (matches[i] && list.size() < limit && list.add(el) && list.size() == limit) full++;
                }
                return full == matches.length ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        return found;
    }
}
