package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.FetchResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {
    private static final String ROBOTS = String.join("\n",
            "User-agent: *",
            "Disallow: /private/",
            "",
            "User-agent: newsflow",
            "Disallow: /search",
            "Allow: /",
            "Crawl-delay: 2",
            "",
            "Sitemap: https://news.example/sitemap-news.xml");

    /** A clock the test can move. */
    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-07-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final List<String> requested = new ArrayList<>();

    private RobotsCache cacheServing(String body) {
        return new RobotsCache(url -> {
            requested.add(url);
            return new FetchResult(url, url, 200, "text/plain", Map.of(), body.getBytes(StandardCharsets.UTF_8),
                    clock.instant());
        }, "Newsflow", Duration.ofHours(1), 100, clock);
    }

    private RobotsCache cacheFailingWith(FetchException failure) {
        return new RobotsCache(url -> {
            requested.add(url);
            throw failure;
        }, "newsflow", Duration.ofHours(1), 100, clock);
    }

    private static FetchException failureFor(String path) throws Exception {
        // Real classified exceptions come from HttpFetcher; build them the same way through a stub source.
        return io.newsflow.ingest.fetch.TestFailures.of(path);
    }

    @Test
    void appliesTheGroupForOurAgentCaseInsensitively() {
        RobotsCache cache = cacheServing(ROBOTS);
        assertThat(cache.isAllowed("https://news.example/2025/story.html")).isTrue();
        assertThat(cache.isAllowed("https://news.example/search?q=x")).isFalse();
        // Our group replaces the * group entirely.
        assertThat(cache.isAllowed("https://news.example/private/x")).isTrue();
        assertThat(cache.crawlDelay("news.example")).contains(Duration.ofSeconds(2));
        assertThat(cache.crawlDelay("https://news.example/any")).contains(Duration.ofSeconds(2));
        assertThat(cache.sitemaps("https://news.example/")).containsExactly("https://news.example/sitemap-news.xml");
        assertThat(requested).containsExactly("https://news.example/robots.txt");
    }

    @Test
    void cachesPerOriginUntilTtlExpires() {
        RobotsCache cache = cacheServing(ROBOTS);
        cache.isAllowed("https://news.example/a");
        cache.isAllowed("https://news.example/b");
        cache.isAllowed("http://news.example/a");
        cache.isAllowed("https://news.example:8443/a");
        assertThat(requested).containsExactly("https://news.example/robots.txt", "http://news.example/robots.txt",
                "https://news.example:8443/robots.txt");
        clock.now = clock.now.plus(Duration.ofMinutes(61));
        cache.isAllowed("https://news.example/a");
        assertThat(requested).hasSize(4);
    }

    @Test
    void hostWithCrawlDelayAboveFiveMinutesIsDeferred() {
        RobotsCache cache = cacheServing("User-agent: *\nCrawl-delay: 3600\n");
        assertThat(cache.isAllowed("https://slow.example/story")).isFalse();
    }

    @Test
    void missingRobotsAllowsEverything() throws Exception {
        RobotsCache cache = cacheFailingWith(failureFor("404"));
        assertThat(cache.isAllowed("https://news.example/anything")).isTrue();
        assertThat(cache.crawlDelay("news.example")).isEmpty();
    }

    @Test
    void unreachableRobotsDisallowsEverythingAndIsRetriedWithinTenMinutes() throws Exception {
        RobotsCache cache = cacheFailingWith(failureFor("503"));
        assertThat(cache.isAllowed("https://news.example/anything")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        cache.isAllowed("https://news.example/anything");
        assertThat(requested).hasSize(1);
        clock.now = clock.now.plus(Duration.ofMinutes(6));
        cache.isAllowed("https://news.example/anything");
        assertThat(requested).hasSize(2);
    }

    @Test
    void concurrentLookupsOfOneOriginShareOneFetch() throws Exception {
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        RobotsCache cache = new RobotsCache(url -> {
            fetches.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FetchResult(url, url, 200, "text/plain", Map.of(), ROBOTS.getBytes(StandardCharsets.UTF_8),
                    clock.instant());
        }, "newsflow", Duration.ofHours(1), 100, clock);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> cache.isAllowed("https://news.example/search")));
            }
            for (java.util.concurrent.Future<Boolean> answer : answers) {
                assertThat(answer.get()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void refusesNonHttpUrlsWithoutFetching() {
        RobotsCache cache = cacheServing(ROBOTS);
        assertThat(cache.isAllowed("ftp://news.example/x")).isFalse();
        assertThat(cache.isAllowed("not a url")).isFalse();
        assertThat(cache.isAllowed(null)).isFalse();
        assertThat(requested).isEmpty();
    }

    @Test
    void boundsTheNumberOfCachedOrigins() {
        RobotsCache cache = new RobotsCache(url -> {
            requested.add(url);
            return new FetchResult(url, url, 200, "text/plain", Map.of(), new byte[0], clock.instant());
        }, "newsflow", Duration.ofHours(1), 3, clock);
        for (int i = 0; i < 10; i++) {
            cache.isAllowed("https://h" + i + ".example/");
        }
        requested.clear();
        for (int i = 0; i < 10; i++) {
            cache.isAllowed("https://h" + i + ".example/");
        }
        // With room for 3 origins, at least 7 of the 10 must have been fetched again.
        assertThat(requested.size()).isGreaterThanOrEqualTo(7);
    }
}
