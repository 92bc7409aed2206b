package io.newsflow.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.deadletter.RejectedInput;
import io.newsflow.common.streams.BadInputRouting;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.ingest.ArticleMapper;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.clean.CleanedArticle;
import io.newsflow.ingest.discover.DiscoveryException;
import io.newsflow.ingest.discover.FeedItem;
import io.newsflow.ingest.discover.FeedReader;
import io.newsflow.ingest.discover.SitemapReader;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.FetchLimits;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.schemas.AvroSerde;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Category;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.QuoteKind;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import io.newsflow.sink.store.StoredArticle;
import io.newsflow.sink.store.StoredQuote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/**
 * The bad-input suite of issue 9: one table of hostile or broken inputs, each with the outcome the
 * pipeline promises (refused with a stable reason, dead letter + metric, or processed correctly within a
 * generous time bound). Everything runs in-process on loopback: a JDK {@link HttpServer} on 127.0.0.1
 * plays the hostile web site; SSRF targets outside loopback are only ever handed to {@link UrlGuard},
 * which resolves but never connects, and a redirect to one is only followed after the test has checked
 * that the guard refuses it.
 *
 * <p>Cases whose current behaviour is wrong stay in the table with the correct expectation and a
 * {@code defect} note; they are reported as skipped ("defect: ...") until the code is fixed.
 */
class BadInputSuiteTest {

    /** One row of the table. {@code defect} is null when the code is expected to pass today. */
    record Case(String name, String expected, Duration bound, String defect, Executable body) {
        Case withDefect(String description) {
            return new Case(name, expected, bound, description, body);
        }
    }

    private static final Duration FAST = Duration.ofSeconds(5);
    private static final Duration SLOW = Duration.ofSeconds(20);
    private static final String SECRET = "TOP-SECRET-7f3a9c";
    private static final String SQL_HOSTILE = "Robert'); DROP TABLE articles;-- \" OR 1=1; --"
            + " ' OR ''=' ; SELECT * FROM sqlite_master; %_\\ NEAR(a b) * \"unbalanced \u00e9\ud83d\ude00";

    @TempDir
    static Path tmp;

    private static HttpServer server;
    private static ExecutorService serverThreads;
    private static String base;
    private static final AtomicInteger dtdHits = new AtomicInteger();
    private static final AtomicInteger okHits = new AtomicInteger();
    private static byte[] gzipBomb;
    private static byte[] deflateBomb;
    private static Path secretFile;

    @BeforeAll
    static void startHostileSite() throws IOException {
        gzipBomb = gzip(new byte[32 * 1024 * 1024]);
        deflateBomb = deflate(new byte[32 * 1024 * 1024]);
        secretFile = tmp.resolve("secret.txt");
        Files.writeString(secretFile, SECRET);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        serverThreads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "hostile-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(serverThreads);
        server.createContext("/ok", ex -> {
            okHits.incrementAndGet();
            respond(ex, 200, "text/html; charset=utf-8", null, "<html><body><p>fine</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/redirect", ex -> {
            String to = URLDecoder.decode(ex.getRequestURI().getRawQuery().substring(3), StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Location", to);
            respond(ex, 302, "text/html", null, new byte[0]);
        });
        server.createContext("/loop", ex -> {
            ex.getResponseHeaders().add("Location", "/loop");
            respond(ex, 302, "text/html", null, new byte[0]);
        });
        server.createContext("/endless", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked, no length: the body never ends on its own
            writeUntilClientGoes(ex, 60_000, 0);
        });
        server.createContext("/declared-huge", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 1L << 32);
            writeUntilClientGoes(ex, 10_000, 0);
        });
        server.createContext("/slow-drip", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            writeUntilClientGoes(ex, 15_000, 200);
        });
        server.createContext("/slow-headers", ex -> {
            sleepQuietly(15_000);
            respond(ex, 200, "text/html", null, "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/gzip-bomb", ex -> respond(ex, 200, "text/html", "gzip", gzipBomb));
        server.createContext("/deflate-bomb", ex -> respond(ex, 200, "text/html", "deflate", deflateBomb));
        server.createContext("/corrupt-gzip", ex -> respond(ex, 200, "text/html", "gzip",
                "this is not gzip at all, just text".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/truncated", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 100_000);
            ex.getResponseBody().write("<html><body><p>cut short".getBytes(StandardCharsets.US_ASCII));
            ex.getResponseBody().flush();
            ex.close();
        });
        server.createContext("/header-bomb", ex -> {
            for (int i = 0; i < 5_000; i++) {
                ex.getResponseHeaders().add("X-Bomb-" + i, "v".repeat(100));
            }
            respond(ex, 200, "text/html", null, "<p>headers</p>".getBytes(StandardCharsets.US_ASCII));
        });
        server.createContext("/image", ex -> respond(ex, 200, "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        server.createContext("/dtd", ex -> {
            dtdHits.incrementAndGet();
            respond(ex, 200, "application/xml-dtd", null,
                    "<!ENTITY remote \"REMOTE-ENTITY-EXPANDED\">".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stopHostileSite() {
        if (server != null) {
            server.stop(0);
        }
        if (serverThreads != null) {
            serverThreads.shutdownNow();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputHasItsDocumentedOutcome() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " => " + c.expected(), () -> {
            assumeTrue(c.defect() == null, () -> "defect: " + c.defect());
            assertTimeoutPreemptively(c.bound(), c.body(), () -> "not done within " + c.bound());
        }));
    }

    /** Runs the cases marked as defects; enable to check a fix. */
    @Disabled("re-checks the cases carrying a defect note; none at present (the Avro length bomb and the gzip sitemap bomb were fixed)")
    @TestFactory
    Stream<DynamicTest> knownDefectsBehaveCorrectly() {
        return cases().stream().filter(c -> c.defect() != null).map(c -> DynamicTest.dynamicTest(c.name(),
                () -> assertTimeoutPreemptively(c.bound(), c.body(), () -> "not done within " + c.bound())));
    }

    static List<Case> cases() {
        List<Case> t = new ArrayList<>();
        ssrf(t);
        fetching(t);
        feedsAndSitemaps(t);
        html(t);
        quotesAndEnrichment(t);
        avro(t);
        sqlStore(t);
        return t;
    }

    // ---------------------------------------------------------------- SSRF

    private static void ssrf(List<Case> t) {
        String[][] targets = {
            {"loopback IPv4", "http://127.0.0.1/"},
            {"loopback 127/8 other address", "http://127.9.9.9:8080/"},
            {"localhost name", "http://localhost/"},
            {"RFC1918 10/8", "http://10.0.0.1/"},
            {"RFC1918 172.16/12", "http://172.16.5.4/"},
            {"RFC1918 192.168/16", "http://192.168.1.1/admin"},
            {"link-local", "http://169.254.10.10/"},
            {"cloud metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"},
            {"CGNAT 100.64/10", "http://100.64.0.1/"},
            {"unspecified 0.0.0.0", "http://0.0.0.0/"},
            {"IPv6 loopback ::1", "http://[::1]/"},
            {"IPv6 unspecified ::", "http://[::]/"},
            {"IPv4-mapped IPv6 ::ffff:127.0.0.1", "http://[::ffff:127.0.0.1]/"},
            {"IPv4-mapped IPv6 metadata ::ffff:a9fe:a9fe", "http://[::ffff:a9fe:a9fe]/"},
            {"IPv6 unique-local fd00::", "http://[fd00::1]/"},
            {"IPv6 AWS metadata fd00:ec2::254", "http://[fd00:ec2::254]/"},
            {"IPv6 link-local fe80::", "http://[fe80::1]/"},
            {"NAT64 embedding 10.0.0.1", "http://[64:ff9b::a00:1]/"},
            {"decimal-encoded 127.0.0.1 (2130706433)", "http://2130706433/"},
            {"userinfo trick http://example.org@127.0.0.1", "http://example.org@127.0.0.1/"},
            {"short form http://0/ (0.0.0.0)", "http://0/"},
        };
        for (String[] target : targets) {
            t.add(new Case("SSRF " + target[0] + " " + target[1], "FetchException ssrf-blocked (no connection)", FAST,
                    null, () -> assertThat(guardRefusal(UrlGuard.strict(), target[1]).reason())
                            .isEqualTo(FetchException.SSRF_BLOCKED)));
        }
        // The JDK neither resolves these forms nor connects to them; the guard refuses them as unresolvable.
        for (String odd : List.of("http://0x7f000001/", "http://[fe80::1%25eth0]/")) {
            t.add(new Case("SSRF odd encoding " + odd,
                    "refused before any connection (ssrf-blocked, or connect-failed when not resolvable)", FAST, null,
                    () -> assertThat(guardRefusal(UrlGuard.strict(), odd).reason())
                            .isIn(FetchException.SSRF_BLOCKED, FetchException.BAD_URL, FetchException.CONNECT_FAILED)));
        }
        t.add(new Case("SSRF 0.0.0.0 even with the loopback-allowing guard", "FetchException ssrf-blocked", FAST, null,
                () -> assertThat(guardRefusal(UrlGuard.allowingLoopback(), "http://0.0.0.0:80/").reason())
                        .isEqualTo(FetchException.SSRF_BLOCKED)));
        for (String scheme : List.of("file:///etc/passwd", "gopher://127.0.0.1:25/", "ftp://10.0.0.1/",
                "jar:file:/tmp/x.jar!/", "http:///no-host", "http://127.1/")) {
            t.add(new Case("non-http(s) or hostless URL " + scheme, "FetchException bad-url", FAST, null,
                    () -> assertThat(guardRefusal(UrlGuard.strict(), scheme).reason())
                            .isEqualTo(FetchException.BAD_URL)));
        }
        t.add(new Case("strict fetcher against a live loopback site", "FetchException ssrf-blocked, site never contacted",
                FAST, null, () -> {
                    int before = okHits.get();
                    try (HttpFetcher f = new HttpFetcher(limits(3), UrlGuard.strict())) {
                        assertThat(fetchFailure(f, base + "/ok").reason()).isEqualTo(FetchException.SSRF_BLOCKED);
                    }
                    assertThat(okHits.get()).isEqualTo(before);
                }));
        String[] redirectTargets = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/",
            "http://[fd00:ec2::254]/", "http://0.0.0.0:" + 80 + "/", "http://[::ffff:192.168.0.1]/"};
        t.add(new Case("loopback site redirects to file:///etc/passwd", "FetchException bad-url on the redirect hop",
                FAST, null, () -> {
                    try (HttpFetcher f = new HttpFetcher(limits(3), UrlGuard.allowingLoopback())) {
                        assertThat(fetchFailure(f, base + "/redirect?to=file%3A%2F%2F%2Fetc%2Fpasswd").reason())
                                .isEqualTo(FetchException.BAD_URL);
                    }
                }));
        t.add(new Case("loopback site redirects scheme-relative to //169.254.169.254/",
                "FetchException ssrf-blocked on the redirect hop", FAST, null, () -> {
                    assertThat(guardRefusal(UrlGuard.allowingLoopback(), "http://169.254.169.254/x").reason())
                            .isEqualTo(FetchException.SSRF_BLOCKED);
                    try (HttpFetcher f = new HttpFetcher(limits(3), UrlGuard.allowingLoopback())) {
                        assertThat(fetchFailure(f, base + "/redirect?to=%2F%2F169.254.169.254%2Fx").reason())
                                .isEqualTo(FetchException.SSRF_BLOCKED);
                    }
                }));
        for (String target : redirectTargets) {
            t.add(new Case("loopback site redirects to " + target, "FetchException ssrf-blocked on the redirect hop",
                    FAST, null, () -> {
                        // Safety first: prove the guard refuses the target before letting a fetcher see it.
                        assertThat(guardRefusal(UrlGuard.allowingLoopback(), target).reason())
                                .isEqualTo(FetchException.SSRF_BLOCKED);
                        try (HttpFetcher f = new HttpFetcher(limits(3), UrlGuard.allowingLoopback())) {
                            FetchException e = fetchFailure(f, base + "/redirect?to="
                                    + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
                            assertThat(e.reason()).isEqualTo(FetchException.SSRF_BLOCKED);
                            assertThat(e.getMessage()).contains(URI.create(target).getHost());
                        }
                    }));
        }
    }

    // ---------------------------------------------------------------- fetching

    private static void fetching(List<Case> t) {
        t.add(fetchCase("redirect loop /loop -> /loop", FetchException.TOO_MANY_REDIRECTS, "/loop", limits(3)));
        t.add(fetchCase("endless chunked body", FetchException.TOO_LARGE, "/endless", limits(5)));
        t.add(fetchCase("Content-Length 4 GiB declared", FetchException.TOO_LARGE, "/declared-huge", limits(5)));
        t.add(fetchCase("gzip bomb 32 MiB of zeros (~32 KiB on the wire)", FetchException.DECOMPRESSION_BOMB,
                "/gzip-bomb", limits(5)));
        t.add(fetchCase("deflate bomb 32 MiB of zeros", FetchException.DECOMPRESSION_BOMB, "/deflate-bomb", limits(5)));
        t.add(fetchCase("Content-Encoding gzip on a plain body", FetchException.BAD_CONTENT_ENCODING, "/corrupt-gzip",
                limits(5)));
        t.add(fetchCase("body shorter than its Content-Length (connection dropped)", FetchException.IO_ERROR,
                "/truncated", limits(5)));
        t.add(new Case("5,000 response headers (500 KB)", "refused with a FetchException, or fetched keeping at most"
                + " 200 headers; bounded", Duration.ofSeconds(10), null, () -> {
                    try (HttpFetcher f = new HttpFetcher(limits(3), UrlGuard.allowingLoopback())) {
                        try {
                            assertThat(f.fetch(base + "/header-bomb").headers()).hasSizeLessThanOrEqualTo(200);
                        } catch (FetchException e) {
                            assertThat(e.reason()).isIn(FetchException.IO_ERROR, FetchException.TOO_LARGE);
                        }
                    }
                }));
        t.add(fetchCase("image/png where HTML was expected", FetchException.BAD_CONTENT_TYPE, "/image", limits(5)));
        t.add(fetchCase("slow-drip body, 1 byte / 200 ms (read timeout 1 s)", FetchException.TIMEOUT, "/slow-drip",
                limits(5).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))));
        t.add(fetchCase("server never sends headers (read timeout 1 s)", FetchException.TIMEOUT, "/slow-headers",
                limits(5).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))));
        t.add(new Case("URL with control characters and 10,000-char host", "IllegalArgumentException from canonicalizer",
                FAST, null, () -> {
                    assertThatThrownBy(() -> UrlCanonicalizer.canonicalize("http://" + "a".repeat(10_000) + ".com/"))
                            .isInstanceOf(IllegalArgumentException.class);
                    assertThat(UrlCanonicalizer.tryCanonicalize("javascript:alert(1)")).isEmpty();
                    assertThat(UrlCanonicalizer.tryCanonicalize("http://exa\u0000mple.org/")).isEmpty();
                }));
    }

    private static Case fetchCase(String name, String reason, String path, FetchLimits limits) {
        return new Case(name, "FetchException " + reason, Duration.ofSeconds(10), null, () -> {
            try (HttpFetcher f = new HttpFetcher(limits, UrlGuard.allowingLoopback())) {
                assertThat(fetchFailure(f, base + path).reason()).isEqualTo(reason);
            }
        });
    }

    // ---------------------------------------------------------------- feeds and sitemaps

    private static void feedsAndSitemaps(List<Case> t) {
        String item = "<item><title>&xxe;</title><link>https://example.org/a</link></item>";
        t.add(feedCase("RSS with XXE to a local file",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + "@SECRET@" + "\">]>"
                        + "<rss version=\"2.0\"><channel><title>t</title>" + item + "</channel></rss>"));
        t.add(feedCase("RSS with an external DTD on the loopback site",
                "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"@BASE@/dtd\">"
                        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&remote;</title>"
                        + "<link>https://example.org/a</link></item></channel></rss>"));
        t.add(feedCase("Atom with a parameter-entity XXE",
                "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY % p SYSTEM \"@BASE@/dtd\"> %p;]>"
                        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>&remote;</title>"
                        + "<link href=\"https://example.org/a\"/><id>https://example.org/a</id></entry></feed>"));
        t.add(feedCase("RSS billion laughs", "<?xml version=\"1.0\"?>" + billionLaughs("rss")
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title>"
                + "<link>https://example.org/a</link></item></channel></rss>"));
        t.add(new Case("feed bigger than 20 MiB", "DiscoveryException too-large", FAST, null,
                () -> assertThat(discoveryFailure(() -> new FeedReader().parse(
                        new byte[FeedReader.MAX_FEED_BYTES + 1], base)).reason())
                        .isEqualTo(DiscoveryException.TOO_LARGE)));
        t.add(new Case("binary garbage as a feed", "DiscoveryException malformed-feed", FAST, null,
                () -> assertThat(discoveryFailure(() -> new FeedReader().parse(randomBytes(4096, 7), base)).reason())
                        .isIn(DiscoveryException.MALFORMED_FEED, DiscoveryException.EMPTY)));
        t.add(new Case("JSON feed nested 100,000 levels deep", "DiscoveryException malformed-feed (no StackOverflowError)",
                FAST, null, () -> {
                    String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
                            + "[".repeat(100_000) + "]".repeat(100_000) + "}";
                    Throwable thrown = catchThrowable(() -> new FeedReader().parse(
                            json.getBytes(StandardCharsets.UTF_8), base + "/feed.json"));
                    if (thrown != null) {
                        assertThat(thrown).isInstanceOf(DiscoveryException.class);
                        assertThat(((DiscoveryException) thrown).reason()).isEqualTo(DiscoveryException.MALFORMED_FEED);
                    }
                }));
        t.add(sitemapCase("sitemap with XXE to a local file",
                "<?xml version=\"1.0\"?><!DOCTYPE urlset [<!ENTITY xxe SYSTEM \"@SECRET@\">]>"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>https://example.org/&xxe;</loc></url></urlset>"));
        t.add(sitemapCase("sitemap with an external DTD on the loopback site",
                "<?xml version=\"1.0\"?><!DOCTYPE urlset SYSTEM \"@BASE@/dtd\">"
                        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>https://example.org/&remote;</loc></url></urlset>"));
        t.add(sitemapCase("sitemap billion laughs", "<?xml version=\"1.0\"?>" + billionLaughs("urlset")
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>https://example.org/&lol9;</loc></url></urlset>"));
        t.add(new Case("gzip-bombed sitemap (64 MiB of blanks between two entries)",
                "refused (too-large/malformed-sitemap) or streamed: both entries, bounded time and memory", SLOW, null,
                () -> {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
                        gz.write(("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                + "<url><loc>https://example.org/a</loc></url>").getBytes(StandardCharsets.US_ASCII));
                        byte[] blanks = new byte[1 << 20];
                        Arrays.fill(blanks, (byte) ' ');
                        for (int i = 0; i < 64; i++) {
                            gz.write(blanks);
                        }
                        gz.write("<url><loc>https://example.org/b</loc></url></urlset>".getBytes(StandardCharsets.US_ASCII));
                    }
                    try {
                        SitemapReader.Sitemap s = new SitemapReader().parse(raw.toByteArray(), "application/gzip",
                                "https://example.org/sitemap.xml.gz");
                        assertThat(s.items()).extracting(FeedItem::link)
                                .containsExactly("https://example.org/a", "https://example.org/b");
                    } catch (DiscoveryException e) {
                        assertThat(e.reason()).isIn(DiscoveryException.MALFORMED_SITEMAP, DiscoveryException.TOO_LARGE);
                    }
                }));
        t.add(new Case("gzip sitemap of 4,000,000 entries (500 KB compressed, 176 MB decoded)",
                "DiscoveryException too-large (decoded size over MAX_SITEMAP_BYTES = 50 MiB) within 20 s", SLOW,
                null, // was a defect: SitemapReader now decodes gzip itself with a bound
                () -> {
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
                        gz.write("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                                .getBytes(StandardCharsets.US_ASCII));
                        byte[] entry = "<url><loc>https://example.org/a</loc></url>".getBytes(StandardCharsets.US_ASCII);
                        for (int i = 0; i < 4_000_000; i++) {
                            gz.write(entry);
                        }
                        gz.write("</urlset>".getBytes(StandardCharsets.US_ASCII));
                    }
                    Throwable thrown = catchThrowable(() -> new SitemapReader().parse(raw.toByteArray(),
                            "application/gzip", "https://example.org/sitemap.xml.gz"));
                    assertThat(thrown).isInstanceOf(DiscoveryException.class);
                    assertThat(((DiscoveryException) thrown).reason()).isEqualTo(DiscoveryException.TOO_LARGE);
                }));
    }

    /** A feed that must either be refused as malformed or parsed with no entity expanded and no DTD fetched. */
    private static Case feedCase(String name, String template) {
        return new Case(name, "malformed-feed or entities left unexpanded; no file read, no DTD fetched, bounded",
                FAST, null, () -> {
                    int hits = dtdHits.get();
                    byte[] doc = fill(template).getBytes(StandardCharsets.UTF_8);
                    List<FeedItem> items;
                    try {
                        items = new FeedReader().parse(doc, "https://example.org/feed.xml");
                    } catch (DiscoveryException e) {
                        assertThat(e.reason()).isEqualTo(DiscoveryException.MALFORMED_FEED);
                        items = List.of();
                    }
                    for (FeedItem i : items) {
                        String all = i.link() + " " + i.title();
                        assertThat(all).doesNotContain(SECRET).doesNotContain("REMOTE-ENTITY-EXPANDED")
                                .doesNotContain("lollollol");
                    }
                    assertThat(dtdHits.get()).as("requests for the external DTD").isEqualTo(hits);
                });
    }

    private static Case sitemapCase(String name, String template) {
        return new Case(name, "malformed-sitemap or entities left unexpanded; no file read, no DTD fetched, bounded",
                FAST, null, () -> {
                    int hits = dtdHits.get();
                    byte[] doc = fill(template).getBytes(StandardCharsets.UTF_8);
                    SitemapReader.Sitemap sitemap;
                    try {
                        sitemap = new SitemapReader().parse(doc, "text/xml", "https://example.org/sitemap.xml");
                    } catch (DiscoveryException e) {
                        assertThat(e.reason()).isEqualTo(DiscoveryException.MALFORMED_SITEMAP);
                        sitemap = new SitemapReader.Sitemap(List.of(), List.of());
                    }
                    for (FeedItem i : sitemap.items()) {
                        assertThat(i.link() + " " + i.title()).doesNotContain(SECRET)
                                .doesNotContain("REMOTE-ENTITY-EXPANDED").doesNotContain("lollollol");
                    }
                    assertThat(dtdHits.get()).as("requests for the external DTD").isEqualTo(hits);
                });
    }

    private static String billionLaughs(String root) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol \"lol\">");
        sb.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">");
        }
        return sb.append("]>").toString();
    }

    private static String fill(String template) {
        return template.replace("@SECRET@", secretFile.toUri().toString()).replace("@BASE@", base);
    }

    // ---------------------------------------------------------------- HTML cleaning

    private static void html(List<Case> t) {
        ArticleCleaner cleaner = new ArticleCleaner();
        String story = "The city council approved the new budget on Monday after a long debate about schools. ";
        t.add(new Case("20,000 levels of nested <div>", "cleaned without StackOverflowError, text kept", FAST, null,
                () -> {
                    String html = "<html><body>" + "<div>".repeat(20_000) + "<p>" + story.repeat(3) + "</p>"
                            + "</div>".repeat(20_000) + "</body></html>";
                    assertThat(cleaner.clean(html, "https://example.org/deep").text()).contains("city council");
                }));
        t.add(new Case("20,000 unclosed nested <span><b><i>", "cleaned, text kept", FAST, null, () -> {
            String html = "<html><body><article><p>" + story.repeat(3) + "<span><b><i>".repeat(7_000)
                    + "unclosed tail";
            assertThat(cleaner.clean(html, "https://example.org/unclosed").text()).contains("city council");
        }));
        t.add(new Case("unclosed paragraphs and body", "both paragraphs kept", FAST, null, () -> {
            String html = "<html><body><article><p>" + story.repeat(2) + "<p>Second paragraph: " + story.repeat(2);
            String text = cleaner.clean(html, "https://example.org/p").text();
            assertThat(text).contains("city council").contains("Second paragraph");
        }));
        t.add(new Case("1 MB attribute values on every block", "cleaned within bound, text kept, attributes not in text",
                SLOW, null, () -> {
                    String attr = "A".repeat(1_000_000);
                    String html = "<html><body><article class=\"" + attr + "\" data-x=\"" + attr + "\"><p title=\""
                            + attr + "\">" + story.repeat(3) + "</p></article></body></html>";
                    CleanedArticle c = cleaner.clean(html, "https://example.org/attr");
                    assertThat(c.text()).contains("city council").doesNotContain("AAAAAAAAAA");
                }));
        t.add(new Case("6 MB attribute value before the text (past MAX_HTML_CHARS)",
                "input cut at the documented bound: no text, mapper refuses with RejectedInput no-article-text", FAST,
                null, () -> {
                    String html = "<html><body><article data-x=\"" + "A".repeat(6_000_000) + "\"><p>"
                            + story.repeat(3) + "</p></article></body></html>";
                    Throwable e = catchThrowable(() -> new ArticleMapper(cleaner).toArticle(page(html, "text/html")));
                    assertThat(e).isInstanceOf(RejectedInput.class);
                    assertThat(((RejectedInput) e).reason()).isEqualTo("no-article-text");
                }));
        t.add(new Case("page with no text", "no paragraphs; mapper refuses with RejectedInput no-article-text",
                FAST, null, () -> {
                    String html = "<html><head><title>x</title></head><body><div></div></body></html>";
                    assertThat(cleaner.clean(html, "https://example.org/empty").paragraphs()).isEmpty();
                    Throwable e = catchThrowable(() -> new ArticleMapper(cleaner).toArticle(page(html, "text/html")));
                    assertThat(e).isInstanceOf(RejectedInput.class);
                    assertThat(((RejectedInput) e).reason()).isEqualTo("no-article-text");
                }));
        t.add(new Case("page with only scripts, styles and noscript", "no paragraphs, no script source leaks", FAST,
                null, () -> {
                    String js = "var message = 'The minister said the budget is fine and everyone agreed today';";
                    String html = "<html><body>" + ("<script>" + js + "</script><style>p{color:red}</style>"
                            + "<noscript>" + "Please enable JavaScript to read this site. " + "</noscript>").repeat(200)
                            + "</body></html>";
                    CleanedArticle c = cleaner.clean(html, "https://example.org/js");
                    assertThat(c.text()).doesNotContain("var message").doesNotContain("color:red");
                }));
        t.add(new Case("10 MB of text", "cleaned within bound; body bounded by MAX_HTML_CHARS", SLOW, null, () -> {
            StringBuilder sb = new StringBuilder("<html><body><article>");
            while (sb.length() < 10_000_000) {
                sb.append("<p>").append(story.repeat(20)).append("</p>\n");
            }
            byte[] body = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8);
            CleanedArticle c = cleaner.clean(body, "text/html; charset=utf-8", "https://example.org/huge");
            assertThat(c.text()).contains("city council");
            assertThat(c.text().length()).isLessThanOrEqualTo(ArticleCleaner.MAX_HTML_CHARS);
        }));
        t.add(new Case("NUL bytes inside the text", "cleaned, no NUL in the output, words kept", FAST, null, () -> {
            String html = "<html><body><article><p>" + story + "\u0000\u0000 budget\u0000vote " + story
                    + "</p></article></body></html>";
            CleanedArticle c = cleaner.clean(html.getBytes(StandardCharsets.UTF_8), "text/html",
                    "https://example.org/nul");
            assertThat(c.text()).contains("city council").doesNotContain("\u0000");
            assertThat(String.valueOf(c.title())).doesNotContain("\u0000");
        }));
        t.add(new Case("invalid UTF-8 sequences under charset=utf-8", "cleaned, bad bytes become U+FFFD, words kept",
                FAST, null, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(("<html><body><article><p>" + story).getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0,
                        (byte) 0x80, (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
                    out.writeBytes((story + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
                    CleanedArticle c = cleaner.clean(out.toByteArray(), "text/html; charset=utf-8",
                            "https://example.org/bad-utf8");
                    assertThat(c.text()).contains("city council");
                    assertWellFormedUtf16(c.text());
                }));
        t.add(new Case("lying charset: header utf-8, body windows-1252", "cleaned, ASCII words intact, no exception",
                FAST, null, () -> {
                    byte[] body = ("<html><body><article><p>" + story + " Caf\u00e9 d\u00e9j\u00e0 vu. " + story
                            + "</p></article></body></html>").getBytes(Charset.forName("windows-1252"));
                    CleanedArticle c = cleaner.clean(body, "text/html; charset=utf-8", "https://example.org/lie");
                    assertThat(c.text()).contains("city council").contains("Caf");
                    assertWellFormedUtf16(c.text());
                }));
        t.add(new Case("lying charset: header utf-16, body ASCII", "no exception, output well-formed", FAST, null,
                () -> {
                    byte[] body = ("<html><body><article><p>" + story.repeat(3) + "</p></article></body></html>")
                            .getBytes(StandardCharsets.US_ASCII);
                    CleanedArticle c = cleaner.clean(body, "text/html; charset=utf-16", "https://example.org/lie16");
                    assertWellFormedUtf16(c.text());
                }));
        t.add(new Case("lying <meta charset=utf-16> on an ASCII page", "read as UTF-8 (as browsers do), text intact",
                FAST, null, () -> {
                    byte[] body = ("<html><head><meta charset=\"utf-16\"></head><body><article><p>" + story.repeat(3)
                            + "</p></article></body></html>").getBytes(StandardCharsets.US_ASCII);
                    assertThat(cleaner.clean(body, null, "https://example.org/meta16").text()).contains("city council");
                }));
        t.add(new Case("unknown charset name x-klingon", "falls back to sniffing/UTF-8, text read correctly", FAST,
                null, () -> {
                    byte[] body = ("<html><body><article><p>" + story + "Z\u00fcrich " + story
                            + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
                    CleanedArticle c = cleaner.clean(body, "text/html; charset=x-klingon", "https://example.org/k");
                    assertThat(c.text()).contains("Z\u00fcrich");
                }));
        t.add(new Case("mixed encodings (UTF-8 and Latin-1 paragraphs)", "UTF-8 paragraph intact, no exception", FAST,
                null, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + story
                            + "Z\u00fcrich M\u00fcnchen.</p><p>").getBytes(StandardCharsets.UTF_8));
                    out.writeBytes((story + "Gen\u00e8ve.</p></article></body></html>")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    CleanedArticle c = cleaner.clean(out.toByteArray(), null, "https://example.org/mixed");
                    assertThat(c.text()).contains("Z\u00fcrich M\u00fcnchen");
                    assertWellFormedUtf16(c.text());
                }));
        t.add(new Case("lone surrogates in the page, then Avro and enrichment",
                "cleaned and enriched without exception; Avro round trip keeps the ASCII text", FAST, null, () -> {
                    String html = "<html><body><article><p>" + story + "\ud800 lone high \udc00 lone low " + story
                            + "</p></article></body></html>";
                    CleanedArticle c = cleaner.clean(html, "https://example.org/sur");
                    Article a = article("sur", List.of(c.paragraphs().isEmpty() ? "\ud800" + story : c.text()));
                    EnrichedArticle e = new ArticleEnricher().enrich(a);
                    AvroSerde<EnrichedArticle> serde = new AvroSerde<>(EnrichedArticle.class);
                    EnrichedArticle back = serde.deserialize("t", serde.serialize("t", e));
                    assertThat(back.getArticle().getParagraphs().get(0)).contains("lone high").contains("city council");
                }));
    }

    // ---------------------------------------------------------------- quotes and enrichment

    private static void quotesAndEnrichment(List<Case> t) {
        QuoteExtractor extractor = new QuoteExtractor();
        String words = "The minister said the plan would cost more than expected and critics agreed. ";
        t.add(new Case("quote mark that never closes (200k chars)", "extract returns within bound, no exception",
                FAST, null, () -> {
                    String text = "Anna Berg said: \u201c" + words.repeat(2_600);
                    assertThat(extractor.extract(text)).isNotNull();
                    assertThat(extractor.extract("He said \"" + words.repeat(2_600))).isNotNull();
                }));
        t.add(new Case("100,000 alternating and unmatched quote marks", "extract returns within bound", FAST, null,
                () -> {
                    StringBuilder sb = new StringBuilder();
                    String marks = "\"\u201c\u201d\u201e\u00ab\u00bb'\u2018\u2019";
                    for (int i = 0; i < 100_000; i++) {
                        sb.append(marks.charAt(i % marks.length())).append(i % 7 == 0 ? " said Berg " : "x ");
                    }
                    assertThat(extractor.extract(sb.toString()).size()).isLessThanOrEqualTo(QuoteExtractor.MAX_QUOTES);
                }));
        t.add(new Case("1,000,000-char paragraph of prose into QuoteExtractor", "bounded time (text cut at 200k)",
                FAST, null, () -> {
                    String p = ("\u201cWe will not accept this,\u201d Berg said. " + words).repeat(13_000)
                            .substring(0, 1_000_000);
                    assertThat(extractor.extract(p)).isNotEmpty();
                }));
        t.add(new Case("1,000,000 chars without a single space into QuoteExtractor", "bounded time, no exception",
                FAST, null, () -> assertThat(extractor.extract("a".repeat(1_000_000))).isEmpty()));
        t.add(new Case("1,000,000-char paragraph through ArticleEnricher", "enriched within 20 s, article unchanged",
                SLOW, null, () -> {
                    String p = ("\u201cWe will not accept this,\u201d Foreign Minister Anna Berg said in Paris. " + words)
                            .repeat(10_000).substring(0, 1_000_000);
                    Article a = article("million", List.of(p));
                    EnrichedArticle e = new ArticleEnricher().enrich(a);
                    assertThat(e.getArticle()).isEqualTo(a);
                    assertThat(e.getQuotes()).isNotEmpty();
                }));
        t.add(new Case("1,000,000 chars without whitespace through ArticleEnricher", "enriched within 20 s", SLOW, null,
                () -> assertThat(new ArticleEnricher().enrich(article("nospace", List.of("x".repeat(1_000_000))))
                        .getQuotes()).isEmpty()));
        t.add(new Case("1,000,000-char title through ArticleEnricher", "enriched within 20 s", SLOW, null, () -> {
            Article a = article("longtitle", List.of("A short body."));
            a.setTitle(words.repeat(13_000).substring(0, 1_000_000));
            assertThat(new ArticleEnricher().enrich(a).getArticle().getTitle()).hasSize(1_000_000);
        }));
        t.add(new Case("largest cleaner output (250 paragraphs x 20,000 chars = 5M chars) through ArticleEnricher",
                "enriched within 20 s", SLOW, null, () -> {
                    List<String> paragraphs = new ArrayList<>();
                    for (int i = 0; i < 250; i++) {
                        paragraphs.add(words.repeat(260).substring(0, 20_000));
                    }
                    assertThat(new ArticleEnricher().enrich(article("max", paragraphs)).getArticle().getParagraphs())
                            .hasSize(250);
                }));
        t.add(new Case("50,000 one-word paragraphs through ArticleEnricher", "enriched within 20 s", SLOW, null, () -> {
            List<String> paragraphs = new ArrayList<>();
            for (int i = 0; i < 50_000; i++) {
                paragraphs.add("Word" + (i % 977) + ".");
            }
            assertThat(new ArticleEnricher().enrich(article("many", paragraphs)).getArticle().getParagraphs())
                    .hasSize(50_000);
        }));
    }

    // ---------------------------------------------------------------- Avro and dead letters

    private static void avro(List<Case> t) {
        Topics topics = new Topics("hostile");
        AvroSerde<Article> serde = new AvroSerde<>(Article.class);
        byte[] valid = serde.serialize("t", article("ok", List.of("A perfectly normal paragraph.")));
        t.add(avroCase("random bytes as an Article", randomBytes(512, 3)));
        t.add(avroCase("empty byte array", new byte[0]));
        t.add(avroCase("valid record truncated in half", Arrays.copyOf(valid, valid.length / 2)));
        byte[] unknownFingerprint = valid.clone();
        for (int i = 2; i < 10; i++) {
            unknownFingerprint[i] ^= (byte) 0x5A;
        }
        t.add(avroCase("unknown schema fingerprint", unknownFingerprint));
        t.add(avroCase("record of a newer, unreleased Article schema (extra field)", newerSchemaArticle()));
        AvroSerde<DeadLetter> dlSerde = new AvroSerde<>(DeadLetter.class);
        DeadLetter otherType = new DeadLetters("x", BadInputPolicy.SKIP, null, topics.deadLetters(),
                new SimpleMeterRegistry()).letter("r", null, null, null, null, null, null, null);
        t.add(avroCase("a DeadLetter where an Article is expected", dlSerde.serialize("t", otherType)));
        // after the 10-byte header: a string length varint claiming ~1 GiB for the id, then nothing
        byte[] huge = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
        byte[] lengthBomb = concat(Arrays.copyOf(valid, 10), huge);
        // was a defect (OutOfMemoryError): AvroSerde now bounds declared lengths
        t.add(avroCase("string length varint claiming 1 GiB (15-byte record)", lengthBomb));
        t.add(new Case("undecodable record becomes a dead letter with a counter",
                "dead letter reason undecodable with the original bytes; newsflow.enrich.bad.input{undecodable}+1",
                FAST, null, () -> {
                    SimpleMeterRegistry registry = new SimpleMeterRegistry();
                    DeadLetters dl = new DeadLetters("enrich", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(),
                            registry);
                    byte[] bad = unknownFingerprint;
                    SerializationException e = (SerializationException) catchThrowable(
                            () -> topics.articles().valueSerde().deserializer().deserialize("hostile.articles", bad));
                    DeadLetter letter = dl.letter(BadInputRouting.UNDECODABLE, e, "k".getBytes(StandardCharsets.UTF_8),
                            bad, "hostile.articles", 0, 42L, null);
                    assertThat(dl.admit(letter)).isTrue();
                    assertThat(registry.get("newsflow.enrich.bad.input").tag("reason", "undecodable").counter().count())
                            .isEqualTo(1.0);
                    DeadLetter written = dlSerde.deserialize("t", dlSerde.serialize("t", letter));
                    assertThat(written.getReason()).isEqualTo("undecodable");
                    assertThat(written.getSourceOffset()).isEqualTo(42L);
                    assertThat(bytes(written.getOriginalValue())).isEqualTo(bad);
                    assertThat(written.getErrorClass()).isEqualTo(SerializationException.class.getName());
                }));
        t.add(new Case("oversized record: 9 MiB Article",
                "serde encodes it (no cap in the serde) to more than max.request.size = 8 MiB; the producer refuses"
                        + " it with RecordTooLargeException (needs a broker, not tested here)", FAST, null, () -> {
                    Article big = article("big", List.of("x".repeat(9 * 1024 * 1024)));
                    assertThat(serde.serialize("t", big).length).isGreaterThan(8 * 1024 * 1024);
                }));
        t.add(new Case("oversized record: worst page under the default 5 MiB fetch cap (UTF-16 CJK)",
                "cleaned Article stays below max.request.size = 8 MiB", SLOW, null, () -> {
                    StringBuilder sb = new StringBuilder("<html><body><article>");
                    String cjk = "\u65b0\u95fb\u6d41\u7ba1\u9053\u5904\u7406\u6587\u7ae0\u5e76\u63d0\u53d6\u5f15\u8bed";
                    while (sb.length() < 5 * 1024 * 1024 / 2 - 2_000) {
                        sb.append("<p>").append(cjk.repeat(600)).append("</p>");
                    }
                    byte[] body = sb.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_16LE);
                    Article a = new ArticleMapper(new ArticleCleaner()).toArticle(
                            pageBytes(body, "text/html; charset=utf-16le"));
                    assertThat(serde.serialize("t", a).length).isLessThanOrEqualTo(8 * 1024 * 1024);
                }));
    }

    private static Case avroCase(String name, byte[] bytes) {
        return new Case(name, "SerializationException (stage writes dead letter 'undecodable')", FAST, null, () -> {
            Throwable e = catchThrowable(() -> new AvroSerde<>(Article.class).deserialize("hostile.articles", bytes));
            assertThat(e).isInstanceOf(SerializationException.class);
        });
    }

    /** The Article schema plus one field, as a future release might add it, written with its own fingerprint. */
    private static byte[] newerSchemaArticle() {
        Schema current = Article.getClassSchema();
        String json = current.toString().replaceFirst("\"fields\":\\[",
                "\"fields\":[{\"name\":\"sentiment\",\"type\":\"double\",\"default\":0.0},");
        Schema newer = new Schema.Parser().parse(json);
        GenericRecord r = new GenericData.Record(newer);
        r.put("sentiment", 0.7);
        r.put("id", "n1");
        r.put("url", "https://example.org/n1");
        r.put("canonicalUrl", "https://example.org/n1");
        r.put("paragraphs", List.of("From the future."));
        r.put("source", "test");
        r.put("fetchedAt", 0L);
        r.put("contentHash", "h");
        r.put("cleanerVersion", "clean-9");
        try {
            return new BinaryMessageEncoder<GenericRecord>(GenericData.get(), newer).encode(r).array();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- SQL store

    private static void sqlStore(List<Case> t) {
        t.add(new Case("SQL-hostile strings in every text field (SQLite)",
                "stored and read back intact (NUL removed, as documented)", SLOW, null, () -> {
                    try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(
                            "jdbc:sqlite:" + tmp.resolve("sql-" + System.nanoTime() + ".db")))) {
                        String id = "id-" + SQL_HOSTILE;
                        EnrichedArticle e = hostileRecord(id);
                        store.write(List.of(e));
                        String clean = SQL_HOSTILE;
                        StoredArticle a = store.article(id).orElseThrow();
                        assertThat(a.url()).isEqualTo("https://example.org/" + clean);
                        assertThat(a.canonicalUrl()).isEqualTo("https://example.org/c" + clean);
                        assertThat(a.title()).isEqualTo("T " + clean);
                        assertThat(a.byline()).isEqualTo("B " + clean);
                        assertThat(a.body()).isEqualTo("P1 " + clean + "\nP2 " + clean);
                        assertThat(a.source()).isEqualTo("S " + clean);
                        assertThat(a.contentHash()).isEqualTo("H " + clean);
                        assertThat(a.cleanerVersion()).isEqualTo("C " + clean);
                        StoredQuote q = store.quotesOfArticle(id).get(0);
                        assertThat(q.id()).isEqualTo("q-" + clean);
                        assertThat(q.text()).isEqualTo("\u201cQ " + clean + "\u201d");
                        assertThat(q.speakerMention()).isEqualTo("M " + clean);
                        assertThat(q.speaker()).isEqualTo("N " + clean);
                        assertThat(q.speakerId()).isEqualTo("sid-" + clean);
                        assertThat(q.speakerRole()).isEqualTo("R " + clean);
                        assertThat(q.cue()).isEqualTo("said " + clean);
                        assertThat(store.keyphrasesOf(id)).anySatisfy(k -> assertThat(k.phrase())
                                .isEqualTo("K " + clean));
                        assertThat(store.entitiesOf(id)).anySatisfy(en -> assertThat(en.name())
                                .isEqualTo("E " + clean));
                        assertThat(store.categoryOf(id).orElseThrow().label()).isEqualTo("L " + clean);
                        assertThat(store.speaker("sid-" + clean)).isPresent();
                        assertThat(store.countArticles()).isEqualTo(1);
                    }
                }));
        t.add(new Case("NUL characters in text fields (SQLite)", "stored with NUL removed, rest intact", SLOW, null,
                () -> {
                    try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(
                            "jdbc:sqlite:" + tmp.resolve("nul-" + System.nanoTime() + ".db")))) {
                        Article a = article("nul-id", List.of("before\u0000after", "x\u0000'); DROP TABLE quotes;--"));
                        a.setTitle("ti\u0000tle");
                        store.write(List.of(enriched(a, List.of())));
                        StoredArticle s = store.article("nul-id").orElseThrow();
                        assertThat(s.title()).isEqualTo("title");
                        assertThat(s.body()).isEqualTo("beforeafter\nx'); DROP TABLE quotes;--");
                        assertThat(store.countQuotes()).isZero();
                    }
                }));
        t.add(new Case("SQL and full-text-search syntax as search words and prefixes",
                "queries return (possibly empty) results; no exception; tables intact", SLOW, null, () -> {
                    try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(
                            "jdbc:sqlite:" + tmp.resolve("fts-" + System.nanoTime() + ".db")))) {
                        store.write(List.of(hostileRecord("fts-id")));
                        for (String w : List.of(SQL_HOSTILE, "\"", "*", "NEAR(", "a OR", "AND", "-x", "^", ":",
                                "'); DROP TABLE articles;--", "\u0000", "col:value", "(((", "\"unterminated")) {
                            assertThat(store.searchQuotes(w, 10)).isNotNull();
                            assertThat(store.speakers(w, 10)).isNotNull();
                        }
                        // LIKE wildcards are escaped: "_" and "%x" match no word of the stored name
                        assertThat(store.speakers("_", 10)).isEmpty();
                        assertThat(store.speakers("%x", 10)).isEmpty();
                        assertThat(store.speakers("%_", 10)).hasSize(1);
                        assertThat(store.searchQuotes("DROP", 10)).hasSize(1);
                        assertThat(store.countArticles()).isEqualTo(1);
                    }
                }));
    }

    private static EnrichedArticle hostileRecord(String id) {
        String h = SQL_HOSTILE;
        Article a = Article.newBuilder().setId(id).setUrl("https://example.org/" + h)
                .setCanonicalUrl("https://example.org/c" + h).setTitle("T " + h).setByline("B " + h)
                .setLanguage("en").setParagraphs(List.of("P1 " + h, "P2 " + h)).setSource("S " + h)
                .setFetchedAt(Instant.ofEpochMilli(1_000)).setContentHash("H " + h).setCleanerVersion("C " + h)
                .build();
        Quote q = Quote.newBuilder().setId("q-" + h).setArticleId(id).setText("\u201cQ " + h + "\u201d")
                .setKind(QuoteKind.DIRECT).setStart(0).setEnd(5).setSpeakerMention("M " + h).setSpeaker("N " + h)
                .setSpeakerId("sid-" + h).setSpeakerRole("R " + h).setCue("said " + h)
                .setExtractorVersion(QuoteExtractor.VERSION).build();
        EnrichedArticle e = enriched(a, List.of(q));
        e.setKeyphrases(List.of(new Keyphrase("K " + h, 1.0)));
        e.setEntities(List.of(new Entity("E " + h, EntityType.PERSON, List.of(new Mention("E " + h, 0, 3)))));
        e.setCategory(new Category("medtop:" + h, "L " + h, 0.5));
        return e;
    }

    private static EnrichedArticle enriched(Article a, List<Quote> quotes) {
        return EnrichedArticle.newBuilder().setArticle(a).setQuotes(quotes).setKeyphrases(List.of())
                .setEntities(List.of()).setCategory(null).setExtractorVersion(ArticleEnricher.VERSION)
                .setEnrichedAt(Instant.ofEpochMilli(2_000)).build();
    }

    // ---------------------------------------------------------------- helpers

    private static FetchLimits limits(int redirects) {
        return FetchLimits.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withMaxBodyBytes(1024 * 1024).withMaxRedirects(redirects);
    }

    private static FetchException guardRefusal(UrlGuard guard, String url) {
        Throwable e = catchThrowable(() -> guard.check(URI.create(url)));
        assertThat(e).as("guard must refuse %s", url).isInstanceOf(FetchException.class);
        return (FetchException) e;
    }

    private static FetchException fetchFailure(HttpFetcher fetcher, String url) {
        Throwable e = catchThrowable(() -> {
            FetchResult r = fetcher.fetch(url);
            throw new AssertionError("fetch of " + url + " succeeded with status " + r.status());
        });
        if (e instanceof AssertionError a) {
            throw a;
        }
        assertThat(e).isInstanceOf(FetchException.class);
        return (FetchException) e;
    }

    @FunctionalInterface
    interface DiscoveryCall {
        Object run() throws DiscoveryException;
    }

    private static DiscoveryException discoveryFailure(DiscoveryCall call) {
        Throwable e = catchThrowable(call::run);
        assertThat(e).isInstanceOf(DiscoveryException.class);
        return (DiscoveryException) e;
    }

    static Article article(String id, List<String> paragraphs) {
        return Article.newBuilder().setId(id).setUrl("https://example.org/" + id)
                .setCanonicalUrl("https://example.org/" + id).setTitle("Minister rejects plan")
                .setParagraphs(paragraphs).setSource("test").setFetchedAt(Instant.ofEpochMilli(0))
                .setContentHash("h").setCleanerVersion(ArticleCleaner.VERSION).build();
    }

    private static FetchedPage page(String html, String contentType) {
        return pageBytes(html.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static FetchedPage pageBytes(byte[] body, String contentType) {
        return FetchedPage.newBuilder().setUrl("https://example.org/page").setFinalUrl("https://example.org/page")
                .setStatus(200).setContentType(contentType).setHeaders(Map.of()).setBody(ByteBuffer.wrap(body))
                .setSource("test").setFetchedAt(Instant.ofEpochMilli(0)).build();
    }

    private static void assertWellFormedUtf16(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                        .as("lone high surrogate at %d", i).isTrue();
                i++;
            } else {
                assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
            }
        }
        assertThat(s).doesNotContain("\u0000");
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new java.util.Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(9))) {
            d.write(data);
        }
        return out.toByteArray();
    }

    private static void respond(HttpExchange ex, int status, String type, String encoding, byte[] body)
            throws IOException {
        try {
            if (type != null) {
                ex.getResponseHeaders().add("Content-Type", type);
            }
            if (encoding != null) {
                ex.getResponseHeaders().add("Content-Encoding", encoding);
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                ex.getResponseBody().write(body);
            }
        } catch (IOException ignored) {
            // the client hung up, which is what a well-behaved fetcher does with hostile answers
        } finally {
            ex.close();
        }
    }

    /** Writes filler until the client disconnects or {@code maxMillis} pass; {@code pauseMillis} between chunks. */
    private static void writeUntilClientGoes(HttpExchange ex, long maxMillis, long pauseMillis) {
        long end = System.currentTimeMillis() + maxMillis;
        byte[] chunk = new byte[pauseMillis > 0 ? 1 : 8192];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = ex.getResponseBody()) {
            while (System.currentTimeMillis() < end) {
                out.write(chunk);
                out.flush();
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
            }
        } catch (IOException | InterruptedException ignored) {
            // client gone or server stopping
        } finally {
            ex.close();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
