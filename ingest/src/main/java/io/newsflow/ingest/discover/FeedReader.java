package io.newsflow.ingest.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.fetch.UrlResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads article links from a feed document: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through Rome, JSON Feed
 * 1.x through a small built-in JSON reader (chosen when the document starts with '{').
 *
 * <p>Links are resolved against {@code feedUrl} (Rome first applies {@code xml:base} for Atom); an
 * entry without a link falls back to an http(s) GUID/id. Entries without any usable http(s) link are
 * skipped, duplicate links keep their first entry, and at most {@value #MAX_ITEMS} items are returned
 * in document order. Documents above {@value #MAX_FEED_BYTES} bytes are refused. XML external
 * entities are never loaded (Rome disables them); DOCTYPEs are allowed because RSS 0.91 feeds carry one.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedReader {
    public static final int MAX_FEED_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ITEMS = 10_000;

    /**
     * @param feed    the raw document bytes (charset from the XML prolog/BOM; JSON must be UTF-8)
     * @param feedUrl the URL the feed was fetched from, the base for relative links (may be null)
     * @throws DiscoveryException {@code empty}, {@code too-large} or {@code malformed-feed}
     */
    public List<FeedItem> parse(byte[] feed, String feedUrl) throws DiscoveryException {
        if (feed == null || feed.length == 0) {
            throw new DiscoveryException(DiscoveryException.EMPTY, "empty feed " + feedUrl, null);
        }
        if (feed.length > MAX_FEED_BYTES) {
            throw new DiscoveryException(DiscoveryException.TOO_LARGE, feed.length + " bytes", null);
        }
        int first = firstSignificantByte(feed);
        if (first < 0) {
            throw new DiscoveryException(DiscoveryException.EMPTY, "blank feed " + feedUrl, null);
        }
        if (feed[first] == '{') {
            String json = new String(feed, first, feed.length - first, StandardCharsets.UTF_8);
            return dedupe(JsonFeedParser.parse(json, feedUrl, MAX_ITEMS));
        }
        return dedupe(parseXml(feed, feedUrl));
    }

    private static List<FeedItem> parseXml(byte[] feed, String feedUrl) throws DiscoveryException {
        SyndFeed syndFeed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(feed), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(true);
            syndFeed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_FEED, "cannot parse feed " + feedUrl + ": "
                    + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : syndFeed.getEntries()) {
            if (items.size() >= MAX_ITEMS) {
                break;
            }
            String link = link(entry, feedUrl);
            if (link != null) {
                items.add(new FeedItem(link, Titles.clean(entry.getTitle()), published(entry)));
            }
        }
        return items;
    }

    private static String link(SyndEntry entry, String feedUrl) {
        String link = UrlResolver.resolve(feedUrl, entry.getLink());
        if (link != null) {
            return link;
        }
        for (SyndLink candidate : entry.getLinks()) {
            String rel = candidate.getRel();
            if (rel == null || rel.equals("alternate")) {
                link = UrlResolver.resolve(feedUrl, candidate.getHref());
                if (link != null) {
                    return link;
                }
            }
        }
        // RSS <guid> / Atom <id> is only used when it is itself an absolute web URL.
        return UrlResolver.resolve(null, entry.getUri());
    }

    private static Instant published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static List<FeedItem> dedupe(List<FeedItem> items) {
        Set<String> seen = new LinkedHashSet<>();
        List<FeedItem> out = new ArrayList<>(items.size());
        for (FeedItem item : items) {
            if (seen.add(item.link())) {
                out.add(item);
            }
        }
        return out;
    }

    /** Index of the first byte that is not a UTF-8 BOM or ASCII whitespace, or -1. */
    private static int firstSignificantByte(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            i = 3;
        }
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return i;
            }
        }
        return -1;
    }
}
