package io.newsflow.ingest.clean;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text statistics for every element of a subtree, computed bottom-up in one traversal so that
 * scoring never calls {@code Element.text()} repeatedly. The same traversal applies the exclusion
 * rule top-down ({@link #excluded()}); excluded subtrees are neither visited nor counted. Text length
 * counts non-whitespace characters.
 */
final class ElementStats {
    private static final int TEXT = 0, LINK = 1, COMMAS = 2, PARAS = 3, IMAGES = 4, LINKS = 5, SIZE = 6;
    private final Map<Element, int[]> byElement = new IdentityHashMap<>();
    private final Set<Element> excluded = Collections.newSetFromMap(new IdentityHashMap<>());

    private ElementStats() {}

    /** @param exclude decides, before its subtree is visited, whether an element below {@code root} is left out */
    static ElementStats compute(Element root, Predicate<Element> exclude) {
        ElementStats stats = new ElementStats();
        Deque<int[]> stack = new ArrayDeque<>();
        int[] linkDepth = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el != root && exclude.test(el)) {
                        stats.excluded.add(el);
                        return FilterResult.SKIP_ENTIRELY; // descendants are covered by the excluded ancestor
                    }
                    int[] counts = new int[SIZE];
                    stats.byElement.put(el, counts);
                    stack.push(counts);
                    String tag = el.normalName();
                    if (tag.equals("a")) { linkDepth[0]++; counts[LINKS]++; }
                    else if (tag.equals("p")) counts[PARAS]++;
                    else if (tag.equals("img")) counts[IMAGES]++;
                } else if (node instanceof TextNode tn && !stack.isEmpty()) {
                    int[] counts = stack.peek();
                    String text = tn.getWholeText();
                    int chars = 0, commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c > ' ' && c < 0x80) { // printable ASCII: the common case, no table lookups
                            chars++;
                            if (c == ',') commas++;
                        } else if (!Character.isWhitespace(c) && c != '\u00a0') {
                            chars++;
                            if (c == '\uff0c' || c == '\u060c' || c == '\u3001') commas++;
                        }
                    }
                    counts[TEXT] += chars;
                    counts[COMMAS] += commas;
                    if (linkDepth[0] > 0) counts[LINK] += chars;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                // every element that reaches its tail was pushed by head (excluded ones are skipped entirely)
                if (node instanceof Element el && !stack.isEmpty()) {
                    int[] done = stack.pop();
                    if (el.normalName().equals("a")) linkDepth[0]--;
                    if (!stack.isEmpty()) {
                        int[] parent = stack.peek();
                        for (int i = 0; i < SIZE; i++) parent[i] += done[i];
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    private int get(Element el, int field) {
        int[] counts = byElement.get(el);
        return counts == null ? 0 : counts[field];
    }

    /** The outermost excluded elements (their descendants are excluded with them). */
    Set<Element> excluded() { return excluded; }

    boolean known(Element el) { return byElement.containsKey(el); }
    int text(Element el) { return get(el, TEXT); }
    int linkText(Element el) { return get(el, LINK); }
    int commas(Element el) { return get(el, COMMAS); }
    int paragraphs(Element el) { return get(el, PARAS); }
    int images(Element el) { return get(el, IMAGES); }
    int links(Element el) { return get(el, LINKS); }

    double linkDensity(Element el) {
        int text = text(el);
        return text == 0 ? 0 : (double) linkText(el) / text;
    }
}
