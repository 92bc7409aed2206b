package io.newsflow.ingest.discover;

import static io.newsflow.ingest.discover.FeedReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded byte-level corruption of valid documents: parsers fail only with DiscoveryException. */
class ParserRobustnessTest {
    private static final String[] FEEDS = {"rss2.xml", "rss091.xml", "rss1.rdf", "atom.xml", "feed.json"};

    private static byte[] corrupt(byte[] original, Random random) {
        byte[] copy = original.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        if (random.nextBoolean()) {
            return java.util.Arrays.copyOf(copy, random.nextInt(copy.length) + 1);
        }
        return copy;
    }

    @Test
    void feedReaderFailsOnlyWithDiscoveryException() {
        FeedReader reader = new FeedReader();
        Random random = new Random(11);
        int parsed = 0;
        for (int i = 0; i < 200; i++) {
            byte[] document = corrupt(resource(FEEDS[i % FEEDS.length]), random);
            try {
                reader.parse(document, "https://news.example/feed").forEach(item ->
                        assertThat(item.link()).startsWith("http"));
                parsed++;
            } catch (DiscoveryException expected) {
                assertThat(expected.reason()).isNotBlank();
            }
        }
        assertThat(parsed).isPositive();
    }

    @Test
    void sitemapReaderFailsOnlyWithDiscoveryException() {
        SitemapReader reader = new SitemapReader();
        Random random = new Random(13);
        for (int i = 0; i < 100; i++) {
            byte[] document = corrupt(resource(i % 2 == 0 ? "news-sitemap.xml" : "sitemap-index.xml"), random);
            try {
                reader.parse(document, null, "https://news.example/sitemap.xml");
            } catch (DiscoveryException expected) {
                assertThat(expected.reason()).isNotBlank();
            }
        }
    }
}
