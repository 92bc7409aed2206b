package io.newsflow.ingest.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Block-aware serialiser: walks a subtree once and emits one {@link TextBlock} per block element
 * (and per {@code <br>}-separated line), so words of adjacent blocks are never glued together, which
 * {@code Element.text()} would do on minified markup. Excluded subtrees are skipped.
 */
final class BlockCollector implements NodeFilter {
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot",
            "figure", "figcaption", "br", "hr", "form", "fieldset", "address", "details", "summary", "center", "caption",
            "body", "html", "hgroup", "picture", "video", "iframe");
    /** Bounds: a single block and the whole output. */
    static final int MAX_BLOCK_CHARS = 20_000, MAX_BLOCKS = 5_000;

    private final Set<Element> excluded;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<String> blockTags = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private int chars, linkChars, linkDepth;
    private boolean pendingSpace;

    private BlockCollector(Set<Element> excluded) {
        this.excluded = excluded;
    }

    static List<TextBlock> collect(List<Element> roots, Set<Element> excluded) {
        BlockCollector collector = new BlockCollector(excluded);
        for (Element root : roots) {
            NodeTraversor.filter(collector, root);
            collector.flush();
        }
        return collector.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (blocks.size() >= MAX_BLOCKS) return FilterResult.STOP;
        if (node instanceof TextNode text) {
            append(text.getWholeText());
        } else if (node instanceof Element el) {
            if (excluded.contains(el)) return FilterResult.SKIP_ENTIRELY;
            String tag = el.normalName();
            if (tag.equals("a")) linkDepth++;
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockTags.push(tag);
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && !excluded.contains(el)) {
            String tag = el.normalName();
            if (tag.equals("a")) linkDepth--;
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!blockTags.isEmpty()) blockTags.pop();
            } else if (tag.equals("td") || tag.equals("th")) {
                pendingSpace = current.length() > 0; // cells of a row form one line
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String text) {
        for (int i = 0; i < text.length() && current.length() < MAX_BLOCK_CHARS; i++) {
            char c = text.charAt(i);
            boolean printableAscii = c > ' ' && c < 0x80; // the common case, no table lookups
            if (!printableAscii && (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b')) {
                pendingSpace = current.length() > 0;
                continue;
            }
            if (pendingSpace) { current.append(' '); pendingSpace = false; }
            current.append(c);
            chars++;
            if (linkDepth > 0) linkChars++;
        }
    }

    private void flush() {
        if (current.length() > 0) {
            String tag = blockTags.isEmpty() ? "div" : blockTags.peek();
            blocks.add(new TextBlock(current.toString(), tag, chars, linkChars));
        }
        current.setLength(0);
        chars = 0;
        linkChars = 0;
        pendingSpace = false;
    }
}
