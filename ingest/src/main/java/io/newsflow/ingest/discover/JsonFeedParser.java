package io.newsflow.ingest.discover;

import io.newsflow.common.json.Json;
import io.newsflow.ingest.fetch.UrlResolver;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1) items to {@link FeedItem}s. */
final class JsonFeedParser {
    private JsonFeedParser() {
    }

    static List<FeedItem> parse(String json, String feedUrl, int maxItems) throws DiscoveryException {
        Object root;
        try {
            root = Json.parse(json);
        } catch (Json.JsonException e) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_FEED, "invalid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map)) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_FEED, "JSON root is not an object", null);
        }
        Map<?, ?> feed = (Map<?, ?>) root;
        Object version = feed.get("version");
        if (!(version instanceof String) || !((String) version).startsWith("https://jsonfeed.org/version/")) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_FEED, "not a JSON Feed (version " + version + ")",
                    null);
        }
        Object items = feed.get("items");
        if (!(items instanceof List)) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_FEED, "JSON Feed without items array", null);
        }
        List<FeedItem> out = new ArrayList<>();
        for (Object item : (List<?>) items) {
            if (out.size() >= maxItems) {
                break;
            }
            if (item instanceof Map) {
                FeedItem parsed = item((Map<?, ?>) item, feedUrl);
                if (parsed != null) {
                    out.add(parsed);
                }
            }
        }
        return out;
    }

    private static FeedItem item(Map<?, ?> item, String feedUrl) {
        String link = UrlResolver.resolve(feedUrl, string(item, "url"));
        if (link == null) {
            // "id" is often the permalink when "url" is missing.
            link = UrlResolver.resolve(null, string(item, "id"));
        }
        if (link == null) {
            return null;
        }
        Instant published = date(string(item, "date_published"));
        if (published == null) {
            published = date(string(item, "date_modified"));
        }
        return new FeedItem(link, Titles.clean(string(item, "title")), published);
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value instanceof String ? (String) value : null;
    }

    /** RFC 3339 as the spec requires; anything else is treated as unknown. */
    static Instant date(String value) {
        if (value == null || value.isBlank() || value.length() > 64) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
