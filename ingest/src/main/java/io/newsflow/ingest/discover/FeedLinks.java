package io.newsflow.ingest.discover;

import io.newsflow.ingest.fetch.UrlResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Feed autodiscovery: the feeds a web page announces with
 * {@code <link rel="alternate" type="application/rss+xml|atom+xml|feed+json" href="...">}.
 */
public final class FeedLinks {
    /** Only the head matters; longer inputs are cut before parsing to bound the work. */
    static final int MAX_HTML_CHARS = 2 * 1024 * 1024;
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/rdf+xml");

    private FeedLinks() {
    }

    /**
     * @param html    the page source (may be null)
     * @param pageUrl the page URL, the base for relative hrefs (a {@code <base href>} wins when present)
     * @return absolute http(s) feed URLs in document order, without duplicates; empty when none
     */
    public static List<String> find(String html, String pageUrl) {
        if (html == null || html.isEmpty()) {
            return List.of();
        }
        String bounded = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
        Document document = Jsoup.parse(bounded, pageUrl == null ? "" : pageUrl);
        Element baseElement = document.selectFirst("base[href]");
        String base = baseElement == null ? pageUrl : UrlResolver.resolve(pageUrl, baseElement.attr("href"));
        Set<String> feeds = new LinkedHashSet<>();
        for (Element link : document.select("link[rel][type][href]")) {
            boolean alternate = false;
            for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                alternate |= rel.equals("alternate");
            }
            String type = link.attr("type").trim().toLowerCase(Locale.ROOT);
            int semicolon = type.indexOf(';');
            if (semicolon >= 0) {
                type = type.substring(0, semicolon).trim();
            }
            if (alternate && FEED_TYPES.contains(type)) {
                String resolved = UrlResolver.resolve(base, link.attr("href"));
                if (resolved != null) {
                    feeds.add(resolved);
                }
            }
        }
        return new ArrayList<>(feeds);
    }
}
