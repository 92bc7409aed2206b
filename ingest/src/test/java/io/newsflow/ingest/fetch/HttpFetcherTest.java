package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static EdgeCaseServer server;
    private static HttpFetcher fetcher;
    private static final FetchLimits LIMITS = FetchLimits.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(2000));

    @BeforeAll
    static void start() throws Exception {
        server = new EdgeCaseServer();
        fetcher = new HttpFetcher(LIMITS, UrlGuard.allowingLoopback());
    }

    @AfterAll
    static void stop() {
        fetcher.close();
        server.close();
    }

    private static FetchException failure(String path) {
        return failure(fetcher, path);
    }

    private static FetchException failure(HttpFetcher f, String path) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> f.fetch(server.url(path)));
        assertThat(e).as("fetch of %s should fail", path).isNotNull();
        return e;
    }

    @Test
    void returnsBodyHeadersAndStatusForPlainPage() throws Exception {
        FetchResult result = fetcher.fetch(server.url("/ok"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.url()).isEqualTo(result.finalUrl()).isEqualTo(server.url("/ok"));
        assertThat(result.contentType()).startsWith("text/html");
        assertThat(result.header("Content-Type")).startsWith("text/html");
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(EdgeCaseServer.HTML);
        assertThat(result.fetchedAt()).isNotNull();
        assertThat(result.declaredCharset()).contains(StandardCharsets.UTF_8);
    }

    @Test
    void sendsConfiguredUserAgent() throws Exception {
        FetchResult result = fetcher.fetch(server.url("/echo-agent"));
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(LIMITS.userAgent());
    }

    @Test
    void followsRedirectChainIncludingRelativeLocationsAndDropsFragment() throws Exception {
        FetchResult result = fetcher.fetch(server.url("/redirect/1"));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.url()).isEqualTo(server.url("/redirect/1"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/ok"));
    }

    @Test
    void stopsAtRedirectLimit() {
        assertThat(failure("/loop").reason()).isEqualTo(FetchException.TOO_MANY_REDIRECTS);
        try (HttpFetcher noRedirects = new HttpFetcher(LIMITS.withMaxRedirects(2), UrlGuard.allowingLoopback())) {
            // /redirect/1 needs three hops.
            assertThat(failure(noRedirects, "/redirect/1").reason()).isEqualTo(FetchException.TOO_MANY_REDIRECTS);
        }
    }

    @Test
    void redirectWithoutLocationIsPermanent3xx() {
        FetchException e = failure("/no-location");
        assertThat(e.reason()).isEqualTo(FetchException.HTTP_3XX);
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void refusesRedirectsToMetadataPrivateUniqueLocalAndUnspecifiedAddresses() {
        for (String path : new String[] {"/to-metadata", "/to-private", "/to-ula", "/to-zero"}) {
            FetchException e = failure(path);
            assertThat(e.reason()).as(path).isEqualTo(FetchException.SSRF_BLOCKED);
            assertThat(e.isTransient()).isFalse();
        }
    }

    @Test
    void refusesRedirectToNonHttpScheme() {
        assertThat(failure("/to-ftp").reason()).isEqualTo(FetchException.BAD_URL);
    }

    @Test
    void strictGuardRefusesLoopbackWithoutSendingAnyRequest() {
        int before = server.hits.get();
        try (HttpFetcher strict = new HttpFetcher(LIMITS, UrlGuard.strict())) {
            assertThat(failure(strict, "/ok").reason()).isEqualTo(FetchException.SSRF_BLOCKED);
            assertThat(failure(strict, "/to-metadata").reason()).isEqualTo(FetchException.SSRF_BLOCKED);
        }
        assertThat(server.hits.get()).isEqualTo(before);
    }

    @Test
    void classifies404AsPermanentAnd403AsOther4xx() {
        FetchException notFound = failure("/missing");
        assertThat(notFound.reason()).isEqualTo(FetchException.HTTP_404);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.isTransient()).isFalse();
        assertThat(failure("/forbidden").reason()).isEqualTo(FetchException.HTTP_4XX);
    }

    @Test
    void classifies503AsTransientWithRetryAfterSeconds() {
        FetchException e = failure("/unavailable");
        assertThat(e.reason()).isEqualTo(FetchException.HTTP_5XX);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(failure("/server-error").retryAfter()).isNull();
    }

    @Test
    void classifies429AsTransientWithRetryAfterDateClampedToOneDay() {
        FetchException e = failure("/rate-limited");
        assertThat(e.reason()).isEqualTo(FetchException.HTTP_429);
        assertThat(e.isTransient()).isTrue();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void timesOutWhenHeadersAreSlow() {
        long start = System.nanoTime();
        FetchException e = failure("/slow-headers");
        assertThat(e.reason()).isEqualTo(FetchException.TIMEOUT);
        assertThat(e.isTransient()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_600));
    }

    @Test
    void timesOutWhenBodyDripsSlowly() {
        long start = System.nanoTime();
        assertThat(failure("/slow-body").reason()).isEqualTo(FetchException.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_600));
    }

    @Test
    void refusesDeclaredAndStreamedBodiesOverTheLimit() {
        try (HttpFetcher small = new HttpFetcher(LIMITS.withMaxBodyBytes(1024 * 1024), UrlGuard.allowingLoopback())) {
            assertThat(failure(small, "/big-declared").reason()).isEqualTo(FetchException.TOO_LARGE);
            assertThat(failure(small, "/big-chunked").reason()).isEqualTo(FetchException.TOO_LARGE);
        }
    }

    @Test
    void decodesGzipAndBothDeflateVariants() throws Exception {
        for (String path : new String[] {"/gzip", "/deflate", "/raw-deflate"}) {
            FetchResult result = fetcher.fetch(server.url(path));
            assertThat(new String(result.body(), StandardCharsets.UTF_8)).as(path).isEqualTo(EdgeCaseServer.HTML);
        }
    }

    @Test
    void emptyBodyLabelledGzipIsNotAnError() throws Exception {
        FetchResult result = fetcher.fetch(server.url("/no-content"));
        assertThat(result.status()).isEqualTo(204);
        assertThat(result.body()).isEmpty();
    }

    @Test
    void refusesGzipBomb() {
        FetchException e = failure("/gzip-bomb");
        assertThat(e.reason()).isEqualTo(FetchException.DECOMPRESSION_BOMB);
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void refusesDecodedBodyOverTheLimitEvenWhenCompressionRatioIsNormal() {
        try (HttpFetcher small = new HttpFetcher(LIMITS.withMaxBodyBytes(2 * 1024 * 1024), UrlGuard.allowingLoopback())) {
            assertThat(failure(small, "/gzip-large").reason()).isEqualTo(FetchException.TOO_LARGE);
        }
    }

    @Test
    void refusesUnsupportedOrCorruptContentEncoding() {
        assertThat(failure("/brotli").reason()).isEqualTo(FetchException.BAD_CONTENT_ENCODING);
        assertThat(failure("/corrupt-gzip").reason()).isEqualTo(FetchException.BAD_CONTENT_ENCODING);
    }

    @Test
    void refusesWrongContentTypeButAcceptsMissingOne() throws Exception {
        assertThat(failure("/image").reason()).isEqualTo(FetchException.BAD_CONTENT_TYPE);
        assertThat(fetcher.fetch(server.url("/no-type")).contentType()).isNull();
        try (HttpFetcher htmlOnly = new HttpFetcher(LIMITS, UrlGuard.allowingLoopback(),
                AcceptedContentTypes.of(false, "text/html"))) {
            assertThat(failure(htmlOnly, "/no-type").reason()).isEqualTo(FetchException.BAD_CONTENT_TYPE);
        }
    }

    @Test
    void conditionalGetReturnsNotModifiedWithEmptyBody() throws Exception {
        FetchResult first = fetcher.fetch(server.url("/etag"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.lastModified()).isEqualTo("Tue, 01 Jul 2025 10:00:00 GMT");

        FetchResult second = fetcher.fetch(server.url("/etag"), first.etag(), first.lastModified());
        assertThat(second.isNotModified()).isTrue();
        assertThat(second.body()).isEmpty();

        FetchResult stale = fetcher.fetch(server.url("/etag"), "\"v0\"", null);
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void connectionRefusedIsTransientConnectFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch("http://127.0.0.1:" + port + "/"));
        assertThat(e.reason()).isEqualTo(FetchException.CONNECT_FAILED);
        assertThat(e.isTransient()).isTrue();
    }

    @Test
    void rejectsUnparseableAndNonHttpUrls() {
        for (String url : new String[] {"", "not a url", "ftp://127.0.0.1/x", "file:///etc/passwd", "/relative/path",
                "http://"}) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url));
            assertThat(e).as(url).isNotNull();
            assertThat(e.reason()).as(url).isEqualTo(FetchException.BAD_URL);
        }
    }

    @Test
    void closedFetcherRefusesWork() {
        HttpFetcher closed = new HttpFetcher(LIMITS, UrlGuard.allowingLoopback());
        closed.close();
        assertThatThrownBy(() -> closed.fetch(server.url("/ok"))).isInstanceOf(IllegalStateException.class);
    }
}
