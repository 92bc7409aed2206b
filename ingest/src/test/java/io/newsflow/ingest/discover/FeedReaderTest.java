package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    static byte[] resource(String name) {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsRss2WithRelativeLinksGuidFallbackDeduplicationAndPlainTitles() throws Exception {
        List<FeedItem> items = reader.parse(resource("rss2.xml"), "https://news.example/feeds/all.rss");
        assertThat(items).containsExactly(
                new FeedItem("https://news.example/2025/07/budget.html", "Parliament passes budget bill",
                        Instant.parse("2025-07-01T10:00:00Z")),
                new FeedItem("https://news.example/2025/07/relative.html", "Relative link story",
                        Instant.parse("2025-07-01T09:30:00Z")),
                new FeedItem("https://news.example/2025/07/guid-only.html", "Guid only", null));
    }

    @Test
    void readsRss091WithNetscapeDoctypeAndCharacterReferences() throws Exception {
        List<FeedItem> items = reader.parse(resource("rss091.xml"), "http://old.example/rss");
        assertThat(items).extracting(FeedItem::link, FeedItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("http://old.example/cafe.html", "Caf\u00e9 opens"));
    }

    @Test
    void honoursDeclaredLatin1Encoding() throws Exception {
        List<FeedItem> items = reader.parse(resource("rss2-latin1.xml"), "http://latin.example/rss");
        assertThat(items).extracting(FeedItem::title).containsExactly("Z\u00fcrich vote");
    }

    @Test
    void readsRss1Rdf() throws Exception {
        List<FeedItem> items = reader.parse(resource("rss1.rdf"), "https://rdf.example/feed");
        assertThat(items).containsExactly(new FeedItem("https://rdf.example/one", "First RDF item",
                Instant.parse("2025-06-30T08:15:00Z")));
    }

    @Test
    void readsAtomPreferringPublishedThenUpdatedAndResolvingRelativeLinks() throws Exception {
        List<FeedItem> items = reader.parse(resource("atom.xml"), "https://atom.example/feeds/atom.xml");
        assertThat(items).containsExactly(
                new FeedItem("https://atom.example/politics/resign", "Minister & deputy resign",
                        Instant.parse("2025-07-01T08:00:00Z")),
                new FeedItem("https://atom.example/world/relative", "Updated only, relative link",
                        Instant.parse("2025-07-01T11:00:00Z")),
                new FeedItem("https://atom.example/id-link", "Id is a URL", Instant.parse("2025-07-01T11:00:00Z")));
    }

    @Test
    void readsJsonFeed() throws Exception {
        List<FeedItem> items = reader.parse(resource("feed.json"), "https://json.example/feed.json");
        assertThat(items).containsExactly(
                new FeedItem("https://json.example/a", "Quotes \"escaped\" and \u00e9",
                        Instant.parse("2025-07-01T15:00:00Z")),
                new FeedItem("https://json.example/b", "Relative", Instant.parse("2025-07-02T00:00:00Z")),
                new FeedItem("https://json.example/c", null, null),
                new FeedItem("https://json.example/e", null, null));
    }

    @Test
    void neverLoadsExternalEntities() throws Exception {
        Path secret = Path.of("/etc/hostname");
        String hostname = Files.isReadable(secret) ? Files.readString(secret).strip() : "";
        try {
            List<FeedItem> items = reader.parse(resource("xxe.xml"), "https://x.example/rss");
            assertThat(items).allSatisfy(item -> {
                if (!hostname.isEmpty() && item.title() != null) {
                    assertThat(item.title()).doesNotContain(hostname);
                }
            });
        } catch (DiscoveryException refused) {
            assertThat(refused.reason()).isEqualTo(DiscoveryException.MALFORMED_FEED);
        }
    }

    @Test
    void rejectsEmptyMalformedAndNonFeedDocuments() {
        assertThat(reason(new byte[0])).isEqualTo(DiscoveryException.EMPTY);
        assertThat(reason(" \n ".getBytes(StandardCharsets.UTF_8))).isEqualTo(DiscoveryException.EMPTY);
        assertThat(reason("<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DiscoveryException.MALFORMED_FEED);
        assertThat(reason("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DiscoveryException.MALFORMED_FEED);
        assertThat(reason("{\"items\": []}".getBytes(StandardCharsets.UTF_8))).isEqualTo(DiscoveryException.MALFORMED_FEED);
        assertThat(reason("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(DiscoveryException.MALFORMED_FEED);
    }

    private String reason(byte[] bytes) {
        DiscoveryException e = catchThrowableOfType(DiscoveryException.class,
                () -> reader.parse(bytes, "https://x.example/feed"));
        assertThat(e).isNotNull();
        return e.reason();
    }
}
