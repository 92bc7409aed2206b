package io.newsflow.ingest.clean;

import io.newsflow.common.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks (arrays and {@code @graph} flattened) and picks the most article-like
 * object: NewsArticle/Article/BlogPosting… before WebPage. Bounded to {@value #MAX_BLOCKS} blocks of at
 * most {@value #MAX_BLOCK_CHARS} characters; malformed JSON is ignored.
 */
final class JsonLdReader {
    static final int MAX_BLOCKS = 20, MAX_BLOCK_CHARS = 1_000_000;
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting", "liveblogposting", "techarticle",
            "scholarlyarticle", "report", "posting", "liveblogpage");

    private JsonLdReader() {}

    /** The best article-like object among the page's {@code <script>} elements, or {@code null}. */
    static Map<String, Object> article(List<Element> scripts) {
        List<Map<String, Object>> objects = new ArrayList<>();
        int blocks = 0;
        for (Element script : scripts) {
            if (!script.attr("type").equalsIgnoreCase("application/ld+json")) continue;
            if (++blocks > MAX_BLOCKS) break;
            String json = script.data();
            if (json.length() > MAX_BLOCK_CHARS) continue;
            collect(Json.parseLenient(json), objects, 0);
        }
        Map<String, Object> page = null;
        for (Map<String, Object> o : objects) {
            String type = typeOf(o);
            if (ARTICLE_TYPES.contains(type)) return o;
            if (page == null && (type.endsWith("page"))) page = o;
        }
        return page;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> out, int depth) {
        if (depth > 4 || node == null) return;
        if (node instanceof List<?> list) {
            for (Object o : list) collect(o, out, depth + 1);
        } else if (node instanceof Map<?, ?> map) {
            out.add((Map<String, Object>) map);
            collect(map.get("@graph"), out, depth + 1);
            Object main = map.get("mainEntity");
            if (main instanceof Map<?, ?>) collect(main, out, depth + 1);
        }
    }

    static String typeOf(Map<String, Object> o) {
        Object type = o.get("@type");
        if (type instanceof List<?> list) {
            for (Object t : list) {
                String s = String.valueOf(t).toLowerCase(java.util.Locale.ROOT);
                if (ARTICLE_TYPES.contains(s)) return s;
            }
            return list.isEmpty() ? "" : String.valueOf(list.get(0)).toLowerCase(java.util.Locale.ROOT);
        }
        return type == null ? "" : type.toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** A string field, or the "name" of an object field, or the first such value of an array. */
    static String text(Object value) {
        if (value == null) return null;
        if (value instanceof String s) return s.isBlank() ? null : s.strip();
        if (value instanceof Map<?, ?> m) return text(m.get("name") != null ? m.get("name") : m.get("@value"));
        if (value instanceof List<?> list) return list.isEmpty() ? null : text(list.get(0));
        return null;
    }

    /** Names of all authors ("A, B"), or {@code null}. */
    static String authors(Object value) {
        if (value instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object o : list) {
                String n = text(o);
                if (n != null && !names.contains(n)) names.add(n);
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return text(value);
    }

    /** {@code url} or {@code mainEntityOfPage} ({@code @id}). */
    static String url(Map<String, Object> o) {
        Object main = o.get("mainEntityOfPage");
        if (main instanceof Map<?, ?> m && m.get("@id") instanceof String s) return s;
        if (main instanceof String s && s.startsWith("http")) return s;
        return o.get("url") instanceof String s ? s : null;
    }
}
