package io.newsflow.ingest.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads XML sitemaps (with the Google News extension), sitemap indexes, text sitemaps and gzip-compressed
 * sitemaps through crawler-commons' {@link SiteMapParser}.
 *
 * <p>A sitemap yields {@link FeedItem}s: the title and publication date come from {@code <news:news>}
 * when present, else the title is null and the date is {@code <lastmod>}. An index yields the child
 * sitemap URLs for the caller to fetch (this class never fetches). Parsing is lenient: URLs outside the
 * sitemap's directory are kept (news sitemaps often live under /sitemaps/), truncated documents yield
 * what was readable, DTDs are refused. At most {@value #MAX_ENTRIES} entries are returned.
 *
 * <p>Thread-safe: a new crawler-commons parser is used per call.
 */
public final class SitemapReader {
    public static final int MAX_ENTRIES = 50_000;
    /** Same bound as crawler-commons (50 MiB uncompressed per the sitemap protocol). */
    public static final int MAX_SITEMAP_BYTES = SiteMapParser.MAX_BYTES_ALLOWED;

    /** Result of one sitemap document: either items (a sitemap) or child sitemap URLs (an index). */
    public record Sitemap(List<FeedItem> items, List<String> childSitemaps) {
        public Sitemap {
            items = List.copyOf(items);
            childSitemaps = List.copyOf(childSitemaps);
        }

        /** True for a sitemap index. */
        public boolean isIndex() {
            return !childSitemaps.isEmpty();
        }
    }

    /**
     * @param content     raw bytes, possibly gzip-compressed
     * @param contentType the Content-Type header, may be null (the format is then sniffed)
     * @param sitemapUrl  where the document came from (absolute http(s) URL)
     * @throws DiscoveryException {@code empty}, {@code too-large}, {@code bad-url} or {@code malformed-sitemap}
     */
    public Sitemap parse(byte[] content, String contentType, String sitemapUrl) throws DiscoveryException {
        if (content == null || content.length == 0) {
            throw new DiscoveryException(DiscoveryException.EMPTY, "empty sitemap " + sitemapUrl, null);
        }
        if (content.length > MAX_SITEMAP_BYTES) {
            throw new DiscoveryException(DiscoveryException.TOO_LARGE, content.length + " bytes", null);
        }
        URL url = toUrl(sitemapUrl);
        if ("application/gzip".equals(effectiveContentType(content, contentType))) {
            // crawler-commons decodes gzip without a limit and keeps every entry before ours apply:
            // 500 KB of gzip can decode to 176 MB and millions of entries. Decode here, bounded.
            content = gunzipBounded(content, sitemapUrl);
            contentType = content.length > 0 && content[0] == '<' ? "text/xml" : "text/plain";
        }
        SiteMapParser parser = new SiteMapParser(false, true);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap parsed;
        try {
            parsed = parser.parseSiteMap(effectiveContentType(content, contentType), content, url);
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_SITEMAP, "cannot parse " + sitemapUrl + ": "
                    + e.getMessage(), e);
        }
        if (parsed instanceof SiteMapIndex) {
            List<String> children = new ArrayList<>();
            for (AbstractSiteMap child : ((SiteMapIndex) parsed).getSitemaps()) {
                if (children.size() >= MAX_ENTRIES) {
                    break;
                }
                if (isWeb(child.getUrl())) {
                    children.add(child.getUrl().toString());
                }
            }
            return new Sitemap(List.of(), children);
        }
        List<FeedItem> items = new ArrayList<>();
        if (parsed instanceof SiteMap) {
            for (SiteMapURL entry : ((SiteMap) parsed).getSiteMapUrls()) {
                if (items.size() >= MAX_ENTRIES) {
                    break;
                }
                if (isWeb(entry.getUrl())) {
                    items.add(item(entry));
                }
            }
        }
        return new Sitemap(items, List.of());
    }

    private static FeedItem item(SiteMapURL entry) {
        String title = null;
        Instant published = null;
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
            for (ExtensionMetadata metadata : news) {
                if (metadata instanceof NewsAttributes) {
                    NewsAttributes attributes = (NewsAttributes) metadata;
                    title = Titles.clean(attributes.getTitle());
                    if (attributes.getPublicationDateTime() != null) {
                        published = attributes.getPublicationDateTime().toInstant();
                    }
                    break;
                }
            }
        }
        if (published == null && entry.getLastModified() != null) {
            published = entry.getLastModified().toInstant();
        }
        return new FeedItem(entry.getUrl().toString(), title, published);
    }

    private static byte[] gunzipBounded(byte[] gz, String sitemapUrl) throws DiscoveryException {
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] out = in.readNBytes(MAX_SITEMAP_BYTES + 1);
            if (out.length > MAX_SITEMAP_BYTES) {
                throw new DiscoveryException(DiscoveryException.TOO_LARGE, "gzip sitemap " + sitemapUrl
                        + " decodes to more than " + MAX_SITEMAP_BYTES + " bytes", null);
            }
            return out;
        } catch (IOException e) {
            throw new DiscoveryException(DiscoveryException.MALFORMED_SITEMAP, "cannot decode gzip sitemap "
                    + sitemapUrl + ": " + e.getMessage(), e);
        }
    }

    /** Gzip is recognised by its magic bytes, whatever the header says; a missing type means XML. */
    private static String effectiveContentType(byte[] content, String contentType) {
        if (content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
            return "application/gzip";
        }
        if (contentType == null || contentType.isBlank()) {
            return "text/xml";
        }
        return contentType.toLowerCase(Locale.ROOT);
    }

    private static boolean isWeb(URL url) {
        return url != null && (url.getProtocol().equals("http") || url.getProtocol().equals("https"));
    }

    private static URL toUrl(String sitemapUrl) throws DiscoveryException {
        if (sitemapUrl == null) {
            throw new DiscoveryException(DiscoveryException.BAD_URL, "null sitemap URL", null);
        }
        try {
            URI uri = new URI(sitemapUrl);
            if (!uri.isAbsolute()) {
                throw new DiscoveryException(DiscoveryException.BAD_URL, "not absolute: " + sitemapUrl, null);
            }
            return uri.toURL();
        } catch (java.net.URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            throw new DiscoveryException(DiscoveryException.BAD_URL, "bad sitemap URL " + sitemapUrl, e);
        }
    }
}
