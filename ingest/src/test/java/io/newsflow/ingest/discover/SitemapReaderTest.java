package io.newsflow.ingest.discover;

import static io.newsflow.ingest.discover.FeedReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private final SitemapReader reader = new SitemapReader();

    @Test
    void readsNewsSitemapTitlesAndDatesFallingBackToLastmod() throws Exception {
        SitemapReader.Sitemap sitemap = reader.parse(resource("news-sitemap.xml"), "application/xml",
                "https://news.example/sitemaps/news.xml");
        assertThat(sitemap.isIndex()).isFalse();
        assertThat(sitemap.items()).containsExactly(
                new FeedItem("https://news.example/2025/07/01/budget.html", "Budget passes",
                        Instant.parse("2025-07-01T10:00:00Z")),
                new FeedItem("https://news.example/2025/06/30/older.html", null, Instant.parse("2025-06-30T00:00:00Z")));
    }

    @Test
    void readsSitemapIndexAsChildSitemapUrls() throws Exception {
        SitemapReader.Sitemap index = reader.parse(resource("sitemap-index.xml"), null,
                "https://news.example/sitemap.xml");
        assertThat(index.isIndex()).isTrue();
        assertThat(index.items()).isEmpty();
        assertThat(index.childSitemaps()).containsExactlyInAnyOrder("https://news.example/sitemaps/news.xml",
                "https://news.example/sitemaps/2025-06.xml.gz");
    }

    @Test
    void readsGzippedSitemapWhateverTheContentType() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(resource("news-sitemap.xml"));
        }
        SitemapReader.Sitemap sitemap = reader.parse(bytes.toByteArray(), "application/octet-stream",
                "https://news.example/sitemaps/news.xml.gz");
        assertThat(sitemap.items()).hasSize(2);
    }

    @Test
    void readsTextSitemap() throws Exception {
        byte[] text = "https://news.example/a\nhttps://news.example/b\n".getBytes(StandardCharsets.UTF_8);
        SitemapReader.Sitemap sitemap = reader.parse(text, "text/plain", "https://news.example/sitemap.txt");
        assertThat(sitemap.items()).extracting(FeedItem::link)
                .containsExactly("https://news.example/a", "https://news.example/b");
    }

    @Test
    void rejectsEmptyGarbageAndBadBaseUrl() throws IOException {
        assertThat(catchThrowableOfType(DiscoveryException.class,
                () -> reader.parse(new byte[0], null, "https://x.example/s.xml")).reason())
                .isEqualTo(DiscoveryException.EMPTY);
        assertThat(catchThrowableOfType(DiscoveryException.class,
                () -> reader.parse("<html>nope</html>".getBytes(StandardCharsets.UTF_8), "text/html",
                        "https://x.example/s.xml")).reason())
                .isEqualTo(DiscoveryException.MALFORMED_SITEMAP);
        assertThat(catchThrowableOfType(DiscoveryException.class,
                () -> reader.parse(resource("news-sitemap.xml"), null, "not a url")).reason())
                .isEqualTo(DiscoveryException.BAD_URL);
    }
}
