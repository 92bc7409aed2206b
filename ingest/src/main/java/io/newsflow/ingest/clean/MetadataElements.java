package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements {@link MetadataExtractor} reads, gathered in one traversal of the page instead of one
 * query (one full traversal) per field: all {@code <script>} and {@code <meta>} elements, and the first
 * {@code <html>}, {@code <h1>}, canonical link and dated {@code <time>}, all in document order.
 */
final class MetadataElements {
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator DATED_TIME = QueryParser.parse("time[datetime]");

    final List<Element> scripts = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    Element html, h1, canonical, time;

    private MetadataElements() {}

    static MetadataElements of(Document doc) {
        MetadataElements found = new MetadataElements();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Element el) found.offer(doc, el);
        }, doc);
        return found;
    }

    private void offer(Document doc, Element el) {
        switch (el.normalName()) {
            case "script" -> scripts.add(el);
            case "meta" -> metas.add(el);
            case "html" -> { if (html == null) html = el; }
            case "h1" -> { if (h1 == null) h1 = el; }
            case "link" -> { if (canonical == null && CANONICAL.matches(doc, el)) canonical = el; }
            case "time" -> { if (time == null && DATED_TIME.matches(doc, el)) time = el; }
            default -> { }
        }
    }
}
