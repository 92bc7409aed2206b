package io.newsflow.ingest.clean;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads title, byline, dates, declared language and canonical URL. Trust order per field: JSON-LD
 * (schema.org, incl. {@code @graph}), then OpenGraph/meta/microdata, then {@code <time>}, then visible
 * date/byline elements. Must run before body extraction (it reads scripts and {@code <head>}).
 */
final class MetadataExtractor {
    private static final int MAX_FIELD_CHARS = 1_000;
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(?:(?:written|posted|words|story|reported) )?by:?\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+");
    private static final String[] PUBLISHED_META = {
            "article:published_time", "article:published_time", "og:published_time",
            "datepublished", "pubdate", "publishdate", "publish-date",
            "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
            "date", "og:article:published_time", "dcterms.created"};
    private static final String[] MODIFIED_META = {
            "article:modified_time", "article:modified_time", "og:updated_time",
            "datemodified", "last-modified", "dcterms.modified"};

    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse("[itemprop=author], a[rel=author]");
    /** Tried after {@link #AUTHOR_MARKUP}, in this order. */
    private static final List<Evaluator> AUTHOR_CLASSES = List.of(QueryParser.parse("[class*=byline]"), QueryParser.parse("[class*=author]"));
    private static final int BYLINE_CANDIDATES = 10;
    private static final Evaluator FORM_OR_LABEL = QueryParser.parse("form, label");
    private static final List<Evaluator> DATELINE_CLASSES = List.of(QueryParser.parse(
            ".dateline, .published, .pubdate, .date, .timestamp, .post-date, .entry-date"));
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    private MetadataExtractor() {}

    static PageMetadata extract(Document doc) {
        MetadataElements elements = MetadataElements.of(doc);
        Map<String, Object> ld = JsonLdReader.article(elements.scripts);
        Map<String, String> metas = metas(elements.metas);
        String ogTitle = meta(metas, "og:title", "twitter:title", "twitter:title");
        String docTitle = bounded(doc.title());
        Element h1 = elements.h1;
        String h1Text = h1 == null ? null : bounded(h1.text());
        String ldTitle = ld == null ? null : bounded(JsonLdReader.text(firstNonNull(ld.get("headline"), ld.get("name"))));

        String title = firstNonBlank(ldTitle, ogTitle, h1Text, stripSiteName(docTitle));
        Set<String> titleVariants = new HashSet<>();
        for (String t : new String[] {ldTitle, ogTitle, h1Text, docTitle, stripSiteName(docTitle)}) {
            if (t != null && !t.isBlank()) titleVariants.add(BlockFilter.normalize(t));
        }
        Set<String> descriptions = new HashSet<>();
        for (String d : new String[] {meta(metas, "og:description"), meta(metas, "description"),
                meta(metas, "twitter:description"), ld == null ? null : JsonLdReader.text(ld.get("description"))}) {
            if (d != null && !d.isBlank()) descriptions.add(BlockFilter.normalize(d));
        }

        String byline = ld == null ? null : bounded(JsonLdReader.authors(ld.get("author")));
        if (byline == null) byline = nonUrl(meta(metas, "author", "article:author", "byl",
                "parsely-author", "sailthru.author"));
        if (byline == null) byline = visibleByline(doc);
        if (byline != null) byline = BYLINE_PREFIX.matcher(byline).replaceFirst("");

        Instant published = ld == null ? null : DateParsing.parse(JsonLdReader.text(ld.get("datePublished")));
        if (published == null) published = DateParsing.parse(meta(metas, PUBLISHED_META));
        if (published == null && elements.time != null) published = DateParsing.parse(elements.time.attr("datetime"));
        if (published == null) published = DateParsing.parse(datelineText(doc));
        Instant modified = ld == null ? null : DateParsing.parse(JsonLdReader.text(ld.get("dateModified")));
        if (modified == null) modified = DateParsing.parse(meta(metas, MODIFIED_META));

        String language = LanguageGuesser.normalizeTag(elements.html == null ? null : elements.html.attr("lang"));
        if (language == null) language = LanguageGuesser.normalizeTag(meta(metas, "content-language", "language",
                "og:locale"));
        if (language == null && ld != null) language = LanguageGuesser.normalizeTag(JsonLdReader.text(ld.get("inLanguage")));

        String canonical = absolute(elements.canonical, "href");
        String ogUrl = meta(metas, "og:url");
        if (canonical == null && ogUrl != null && ogUrl.startsWith("http")) canonical = ogUrl;
        if (canonical == null && ld != null) {
            String u = JsonLdReader.url(ld);
            if (u != null && u.startsWith("http")) canonical = u;
        }
        String body = ld == null ? null : JsonLdReader.text(ld.get("articleBody"));
        return new PageMetadata(title, byline, published, modified, language, canonical, titleVariants, descriptions, body);
    }

    private static String meta(Map<String, String> metas, String... keys) {
        for (String key : keys) {
            String v = metas.get(key);
            if (v != null) return v;
        }
        return null;
    }

    /** All {@code <meta>} values keyed by lower-case property/name/itemprop/http-equiv; first occurrence wins. */
    private static Map<String, String> metas(List<Element> elements) {
        Map<String, String> metas = new HashMap<>();
        for (Element el : elements) {
            String content = bounded(el.attr("content"));
            if (content == null) continue;
            for (String attr : META_KEYS) {
                String key = el.attr(attr);
                if (!key.isEmpty()) metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
            }
        }
        return metas;
    }

    /** First short text among author-marked elements (microdata, rel=author, byline/author classes). */
    private static String visibleByline(Document doc) {
        // the first ten matches of each selector only: the stream stops traversing once they are found
        String byline = firstShortText(doc.selectStream(AUTHOR_MARKUP).limit(BYLINE_CANDIDATES).toList());
        if (byline != null) return byline;
        for (List<Element> candidates : ClassMarkedElements.first(doc, AUTHOR_CLASSES, BYLINE_CANDIDATES)) {
            byline = firstShortText(candidates);
            if (byline != null) return byline;
        }
        return null;
    }

    private static String firstShortText(List<Element> candidates) {
        for (Element el : candidates) {
            if (el.closest(FORM_OR_LABEL) != null) continue; // comment forms have "author" fields
            String text = el.text().strip();
            if (text.length() >= 3 && text.length() <= 100) return text;
        }
        return null;
    }

    /** Text of the first element with a dateline-like class, unless it is long. */
    private static String datelineText(Document doc) {
        List<Element> found = ClassMarkedElements.first(doc, DATELINE_CLASSES, 1).get(0);
        if (found.isEmpty()) return null;
        Element el = found.get(0);
        String text = el.text();
        return text.length() > 200 ? null : bounded(text);
    }

    private static String absolute(Element el, String attr) {
        if (el == null) return null;
        String abs = el.absUrl(attr);
        if (!abs.isEmpty()) return abs;
        String raw = el.attr(attr).strip();
        return raw.startsWith("http") ? raw : null;
    }

    static String stripSiteName(String title) {
        if (title == null) return null;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) return title;
        String longest = parts[0];
        for (String p : parts) if (p.length() > longest.length()) longest = p;
        return longest.strip();
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http") ? null : s;
    }

    private static String bounded(String s) {
        if (s == null) return null;
        // titles and names in meta/JSON-LD are often HTML-escaped twice ("&amp;#8211;")
        String t = (s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s).strip();
        if (t.isEmpty()) return null;
        return t.length() > MAX_FIELD_CHARS ? t.substring(0, MAX_FIELD_CHARS) : t;
    }

    private static Object firstNonNull(Object a, Object b) {
        return a != null ? a : b;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
