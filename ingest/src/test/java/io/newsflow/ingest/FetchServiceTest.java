package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.config.Settings;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.testing.Await;
import io.newsflow.ingest.discover.RobotsCache;
import io.newsflow.ingest.discover.WarcFixture;
import io.newsflow.ingest.fetch.Backoff;
import io.newsflow.ingest.fetch.FetchLimits;
import io.newsflow.ingest.fetch.HostThrottle;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlGuard;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawler against a loopback site, with a mock producer (no broker). */
class FetchServiceTest {
  @TempDir Path tmp;
  private final Topics topics = new Topics("t");
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MockProducer<String, FetchedPage> producer = new MockProducer<>(true, null, new StringSerializer(),
      topics.pages().valueSerde().serializer());
  private final TestSite site;
  private HttpFetcher http;
  private FetchService service;

  FetchServiceTest() throws Exception {
    site = new TestSite();
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.close();
    }
    if (http != null) {
      http.close();
    }
    site.close();
  }

  private FetchService start(Map<String, String> extra) {
    return start(extra, null);
  }

  private FetchService start(Map<String, String> extra, Path seenFile) {
    Map<String, String> flags = new HashMap<>(Map.of("ingest.allow.private.addresses", "true",
        "ingest.poll.seconds", "1", "ingest.poll.min.seconds", "1", "ingest.poll.max.seconds", "1",
        "ingest.host.delay.ms", "0", "ingest.retry.base.ms", "50", "ingest.retry.attempts", "3",
        "ingest.fetch.threads", "4"));
    flags.putAll(extra);
    IngestConfig config = IngestConfig.from(Settings.of(flags));
    http = new HttpFetcher(FetchLimits.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
        UrlGuard.allowingLoopback());
    Politeness politeness = new Politeness(RobotsCache.using(http, "newsflow"),
        new HostThrottle(config.hostDelay(), Duration.ofSeconds(60), 1000), config.hostDelay());
    Backoff backoff = new Backoff(config.retryBase(), config.retryCap(), config.retryAttempts(), new Random(1));
    DeadLetters dl = new DeadLetters("ingest", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(), registry);
    service = new FetchService(config, new PageSource(http, config.maxBodyBytes()), producer, topics.pages(), dl,
        politeness, backoff, null, seenFile, registry);
    service.start();
    return service;
  }

  private List<String> producedKeys() {
    return producer.history().stream().map(r -> r.key()).toList();
  }

  private double count(String name, String tag, String value) {
    return service.metrics().count(name, tag, value);
  }

  @Test
  void feedIsPolledWithConditionalGetAndItsItemsFetchedOnce() {
    site.html("/a", TestSite.article("A", "Alpha story."));
    site.route("/rss", new TestSite.Response(200, "application/rss+xml",
        TestSite.rss(List.of(site.url("/a"), site.url("/a?utm_source=x"))).getBytes(StandardCharsets.UTF_8),
        Map.of("ETag", "\"v1\"")));

    start(Map.of("ingest.feeds", site.url("/rss")));

    assertThat(Await.until(Duration.ofSeconds(10), () -> site.hits("/rss") >= 3)).isTrue();
    assertThat(site.requestsOf("/rss").get(0).ifNoneMatch()).isNull();
    assertThat(site.requestsOf("/rss").get(1).ifNoneMatch()).isEqualTo("\"v1\"");
    assertThat(site.hits("/a")).isEqualTo(1);
    assertThat(site.hits("/a?utm_source=x")).as("tracking variant is the same canonical URL").isZero();
    assertThat(producedKeys()).containsExactly(site.url("/a"));
    assertThat(count("newsflow.ingest.fetches", "outcome", "not-modified")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void robotsDisallowedPagesAreNeverRequestedAndDeadLettered() {
    site.route("/robots.txt", TestSite.Response.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
    site.html("/private/secret", TestSite.article("S", "Secret."));
    site.html("/public/open", TestSite.article("O", "Open."));
    site.route("/rss", TestSite.Response.ok("application/rss+xml",
        TestSite.rss(List.of(site.url("/private/secret"), site.url("/public/open")))));

    start(Map.of("ingest.feeds", site.url("/rss"), "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(site.hits("/private/secret")).isZero();
    assertThat(producedKeys()).containsExactly(site.url("/public/open"));
    assertThat(count("newsflow.ingest.bad.input", "reason", "robots-disallowed")).isEqualTo(1.0);
  }

  @Test
  void transientFailureIsRetriedHonouringRetryAfterAndPermanentOnesAreNot() {
    site.route("/flaky", n -> n == 1
        ? new TestSite.Response(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "1"))
        : TestSite.Response.ok("text/html", TestSite.article("F", "Flaky.")));
    site.route("/gone", new TestSite.Response(404, "text/plain", "no".getBytes(StandardCharsets.UTF_8), Map.of()));
    site.route("/rss", TestSite.Response.ok("application/rss+xml",
        TestSite.rss(List.of(site.url("/flaky"), site.url("/gone")))));

    start(Map.of("ingest.feeds", site.url("/rss"), "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(producedKeys()).containsExactly(site.url("/flaky"));
    List<TestSite.Request> flaky = site.requestsOf("/flaky");
    assertThat(flaky).hasSize(2);
    assertThat(Duration.ofNanos(flaky.get(1).nanoTime() - flaky.get(0).nanoTime()))
        .as("waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(site.hits("/gone")).isEqualTo(1);
    assertThat(count("newsflow.ingest.bad.input", "reason", "http-404")).isEqualTo(1.0);
  }

  @Test
  void requestsToOneHostAreSpacedByTheHostDelay() {
    List<String> links = List.of(site.url("/p1"), site.url("/p2"), site.url("/p3"), site.url("/p4"));
    for (String link : links) {
      site.html(link.substring(site.base().length()), TestSite.article("P", "Page " + link));
    }
    site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(links)));

    start(Map.of("ingest.feeds", site.url("/rss"), "ingest.once", "true", "ingest.host.delay.ms", "250"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    List<Long> times = site.requests.stream().filter(r -> r.path().startsWith("/p") || r.path().equals("/rss"))
        .map(TestSite.Request::nanoTime).sorted().toList();
    assertThat(times).hasSize(5);
    // slots are 250 ms apart when sent; arrival times jitter a little on a busy machine, the span does not
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
    assertThat(Duration.ofNanos(times.get(4) - times.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void sitemapIndexesAreFollowedToTheirPages() {
    site.html("/n/1", TestSite.article("N1", "News one."));
    site.html("/n/2", TestSite.article("N2", "News two."));
    site.route("/sitemap-index.xml", TestSite.Response.ok("application/xml",
        "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + site.url("/sitemap-news.xml") + "</loc></sitemap></sitemapindex>"));
    site.route("/sitemap-news.xml", TestSite.Response.ok("application/xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>" + site.url("/n/1") + "</loc></url><url><loc>" + site.url("/n/2") + "</loc></url></urlset>"));

    start(Map.of("ingest.feeds", site.url("/sitemap-index.xml"), "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(producedKeys()).containsExactlyInAnyOrder(site.url("/n/1"), site.url("/n/2"));
  }

  @Test
  void urlListsAndWarcArchivesAreSources() throws Exception {
    site.html("/listed", TestSite.article("L", "Listed."));
    Path list = tmp.resolve("urls.txt");
    Files.writeString(list, "# to load\n" + site.url("/listed") + "\nnot-a-url\n");
    Path warc = tmp.resolve("news.warc.gz");
    Files.write(warc, new WarcFixture(true).warcinfo()
        .response("WARC/1.0", "https://archive.example/a", 200, "text/html", TestSite.article("W", "Archived a."))
        .response("WARC/1.1", "https://archive.example/b", 200, "text/html", TestSite.article("W", "Archived b."))
        .response("WARC/1.0", "https://archive.example/a", 200, "text/html", TestSite.article("W", "Again a."))
        .response("WARC/1.0", "https://archive.example/img", 200, "image/png", "png")
        .response("WARC/1.0", "https://archive.example/missing", 404, "text/html", "gone").bytes());

    start(Map.of("ingest.feeds", list + "," + warc, "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(producedKeys()).containsExactlyInAnyOrder(site.url("/listed"), "https://archive.example/a",
        "https://archive.example/b");
    assertThat(count("newsflow.ingest.warc.records", "outcome", "page")).isEqualTo(2.0);
    assertThat(count("newsflow.ingest.warc.records", "outcome", "duplicate-url")).isEqualTo(1.0);
    assertThat(count("newsflow.ingest.warc.records", "outcome", "warc-not-html")).isEqualTo(1.0);
    assertThat(count("newsflow.ingest.warc.records", "outcome", "warc-http-status")).isEqualTo(1.0);
    assertThat(count("newsflow.ingest.bad.input", "reason", "bad-url")).as("the bad list line").isEqualTo(1.0);
  }

  @Test
  void aPollAndAFetchStoppedByCloseAreNoDeadLetters() {
    java.util.function.Function<Integer, TestSite.Response> slow = n -> {
      try {
        Thread.sleep(10_000); // still on the wire when the service closes
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return TestSite.Response.ok("text/html", TestSite.article("S", "Slow."));
    };
    site.route("/slow-page", slow);
    site.route("/slow-rss", slow);
    site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(List.of(site.url("/slow-page")))));

    start(Map.of("ingest.feeds", site.url("/rss") + "," + site.url("/slow-rss")));
    assertThat(Await.until(Duration.ofSeconds(10), () -> site.hits("/slow-page") >= 1 && site.hits("/slow-rss") >= 1))
        .isTrue();
    service.close();
    service = null;

    assertThat(registry.find("newsflow.ingest.bad.input").counters()).as("stopping is no bad input").isEmpty();
  }

  @Test
  void anUnreachableFeedIsADeadLetterAndTheOthersGoOn() {
    site.html("/ok", TestSite.article("OK", "Fine."));
    site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(List.of(site.url("/ok")))));
    site.route("/broken.xml", TestSite.Response.ok("application/rss+xml", "<rss><channel><item>"));

    start(Map.of("ingest.feeds", site.url("/broken.xml") + "," + site.url("/rss"), "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(producedKeys()).containsExactly(site.url("/ok"));
    assertThat(count("newsflow.ingest.bad.input", "reason", "malformed-feed")).isEqualTo(1.0);
  }

  @Test
  void pagesFetchedBeforeARestartAreNotFetchedAgain() {
    site.html("/a", TestSite.article("A", "Alpha story."));
    site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(List.of(site.url("/a")))));
    Path seenFile = tmp.resolve("state/fetch/seen-urls.bin");
    start(Map.of("ingest.feeds", site.url("/rss"), "ingest.once", "true"), seenFile);
    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    service.close();
    http.close();

    start(Map.of("ingest.feeds", site.url("/rss"), "ingest.once", "true"), seenFile);

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(site.hits("/rss")).isEqualTo(2);
    assertThat(site.hits("/a")).isEqualTo(1);
    assertThat(producedKeys()).containsExactly(site.url("/a"));
  }

  @Test
  void sitemapsAnnouncedInRobotsTxtAreDiscovered() {
    site.html("/d/1", TestSite.article("D", "Discovered."));
    site.route("/robots.txt", TestSite.Response.ok("text/plain",
        "User-agent: *\nAllow: /\nSitemap: " + site.url("/news-sitemap.xml") + "\n"));
    site.route("/news-sitemap.xml", TestSite.Response.ok("application/xml",
        "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>" + site.url("/d/1") + "</loc></url></urlset>"));

    start(Map.of("ingest.feeds", site.url("/robots.txt"), "ingest.once", "true"));

    assertThat(Await.until(Duration.ofSeconds(10), service::isFinished)).isTrue();
    assertThat(producedKeys()).containsExactly(site.url("/d/1"));
  }
}
