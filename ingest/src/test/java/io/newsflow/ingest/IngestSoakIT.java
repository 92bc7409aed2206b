package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchedPage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3 soak: the fetcher crawls a simulated news site of {@code newsflow.soak.pages} article pages
 * (default 1,000) spread over 20 loopback hosts (20 servers on distinct ports: the fetcher's host
 * identity is {@code host:port}), each with an RSS feed of its newest items and a sitemap index of two
 * sitemaps listing all its pages, for at most a bounded time. It asserts that every page is fetched
 * exactly once, produced once and nothing else, that no host is ever asked faster than its delay
 * allows (request times recorded by the servers), and reports sustained pages/s and memory.
 *
 * <p>The full run: {@code mvn -B -o -pl ingest -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=IngestSoakIT -Dnewsflow.soak.pages=10000} (see README, "Ingest soak").
 */
class IngestSoakIT {
  private static final int HOSTS = 20;
  private static final int FEED_ITEMS = 30;
  /** Scheduling lateness tolerated before a late request and an on-time one count as too close. */
  private static final long JITTER_MS = 250;
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();
  @TempDir static Path tmp;



  @Test
  void crawlsEveryPageOnceWithinEachHostsRateAndLosesNothing() throws Exception {
    int pages = Integer.getInteger("newsflow.soak.pages", 1_000);
    long delayMs = Long.getLong("newsflow.soak.host.delay.ms", 50);
    int perHost = Math.max(1, pages / HOSTS);
    List<TestSite> sites = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    try {
      for (int h = 0; h < HOSTS; h++) {
        TestSite site = new TestSite();
        sites.add(site);
        serveSite(site, h, perHost);
        sources.add(site.url("/rss"));
        sources.add(site.url("/sitemap_index.xml"));
      }
      int total = perHost * HOSTS;
      Map<String, String> flags = new HashMap<>(Map.of(
          "bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "soak",
          "state.dir", tmp.resolve("state").toString(),
          "ingest.allow.private.addresses", "true", "ingest.sources.topic", "false",
          "ingest.feeds", String.join(",", sources),
          "ingest.poll.seconds", "2", "ingest.poll.min.seconds", "1", "ingest.poll.max.seconds", "5",
          "ingest.host.delay.ms", Long.toString(delayMs)));
      Settings s = Settings.of(flags);
      CommonConfig common = CommonConfig.from(s);
      TopicSetup.ensureTopics(common, 6);
      Topics topics = new Topics("soak");
      awaitWritable(common, topics.urls().name(), 6);

      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      AtomicLong peakHeap = new AtomicLong();
      StageRunner runner = new StageRunner();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      Thread sampler = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      sampler.setDaemon(true);
      long rssBefore = procStatusKb("VmRSS");
      long started = System.nanoTime();
      boolean done;
      try {
        KafkaProducer<String, DeadLetter> dl = runner.own(new KafkaProducer<>(KafkaClients.producer(common, "soak-dl"),
            new StringSerializer(), topics.deadLetters().valueSerde().serializer()));
        FetchService fetcher = IngestApp.fetcher(common, IngestConfig.from(s), topics, dl, registry, runner);
        sampler.start();
        fetcher.start();
        done = Await.until(Duration.ofSeconds(60).plusMillis(total * 20L),
            () -> counter(registry, "newsflow.ingest.pages", "produced") >= total);
      } finally {
        runner.closeAll();
        sampler.interrupt();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      assertThat(done).as("all %s pages produced in time (%s)", total,
          counter(registry, "newsflow.ingest.pages", "produced")).isTrue();

      // exactly once, from the servers' side
      List<Long> articleTimes = new ArrayList<>();
      int worstWindow = 0;
      double worstLateness = 0;
      for (TestSite site : sites) {
        for (int i = 0; i < perHost; i++) {
          assertThat(site.hits("/news/" + i)).as("%s/news/%s fetched once", site.base(), i).isEqualTo(1);
        }
        List<Long> times = new ArrayList<>();
        for (TestSite.Request r : site.requests) {
          if (!r.path().equals("/robots.txt")) { // read once per host by the robots cache, before any slot
            times.add(r.nanoTime());
          }
          if (r.path().startsWith("/news/")) {
            articleTimes.add(r.nanoTime());
          }
        }
        times.sort(null);
        worstLateness = Math.max(worstLateness, assertPaced(site.base(), times, delayMs));
        worstWindow = Math.max(worstWindow, busiestSecond(times));
      }

      // nothing lost, nothing extra, on the pages topic
      List<FetchedPage> produced = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.pages().name(),
          topics.pages().valueSerde().deserializer(), total + 1, Duration.ofSeconds(10));
      assertThat(produced).hasSize(total);
      assertThat(produced.stream().map(FetchedPage::getUrl).distinct().count()).isEqualTo(total);
      assertThat(KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.deadLetters().name(),
          topics.deadLetters().valueSerde().deserializer(), 1, Duration.ofSeconds(2))).as("dead letters").isEmpty();

      articleTimes.sort(null);
      double crawlSeconds = (articleTimes.get(articleTimes.size() - 1) - articleTimes.get(0)) / 1e9;
      String report = String.format(Locale.ROOT, "soak: %d pages over %d hosts, host delay %d ms (ceiling %.0f pages/s): "
              + "%.1f pages/s sustained (first to last article request %.1f s; whole run %.1f s); busiest host-second "
              + "%d requests (limit %d); largest pacing shortfall %.0f ms (tolerated %d); peak heap used %d MB (-Xmx %d MB); RSS %d MB before, %d MB after, peak %d MB "
              + "(whole test JVM: broker, 20 servers, fetcher)%n",
          total, HOSTS, delayMs, HOSTS * 1000.0 / delayMs, total / crawlSeconds, crawlSeconds, seconds, worstWindow,
          1000 / delayMs + 1, worstLateness, JITTER_MS,
          peakHeap.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, rssBefore >> 10, procStatusKb("VmRSS") >> 10,
          procStatusKb("VmHWM") >> 10);
      System.out.print(report);
      Files.writeString(Path.of("target", "soak-" + total + ".txt"), report, StandardCharsets.UTF_8);
    } finally {
      sites.forEach(TestSite::close);
    }
  }

  /**
   * Writes a blank record (which the host queue skips) to every partition until each is accepted: right
   * after creation a partition may still refuse writes with NOT_LEADER_OR_FOLLOWER, and an idempotent
   * producer whose later batches got through then retries the first one out of sequence for minutes.
   */
  private static void awaitWritable(CommonConfig common, String topic, int partitions) throws Exception {
    Map<String, Object> props = new HashMap<>(KafkaClients.base(common, "soak-probe"));
    props.put("enable.idempotence", false);
    props.put("acks", "all");
    try (KafkaProducer<String, String> probe = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (int p = 0; p < partitions; p++) {
        probe.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, p, "probe", "")).get(60,
            java.util.concurrent.TimeUnit.SECONDS);
      }
    }
  }

  /** Articles /news/0..n-1; an RSS feed (with ETag) of the newest; a sitemap index of two halves. */
  private static void serveSite(TestSite site, int host, int perHost) {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < perHost; i++) {
      String path = "/news/" + i;
      site.html(path, TestSite.article("Host " + host + " story " + i, "Story " + i + " of host " + host
          + " reports on the regional council, the river crossing and the weekend weather."));
      all.add(site.url(path));
    }
    List<String> newest = all.subList(Math.max(0, all.size() - FEED_ITEMS), all.size());
    site.route("/rss", new TestSite.Response(200, "application/rss+xml",
        TestSite.rss(newest).getBytes(StandardCharsets.UTF_8), Map.of("ETag", "\"v1\"")));
    int half = all.size() / 2;
    site.route("/sitemap-1.xml", TestSite.Response.ok("application/xml", urlset(all.subList(0, half))));
    site.route("/sitemap-2.xml", TestSite.Response.ok("application/xml", urlset(all.subList(half, all.size()))));
    site.route("/sitemap_index.xml", TestSite.Response.ok("application/xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + site.url("/sitemap-1.xml") + "</loc></sitemap>"
            + "<sitemap><loc>" + site.url("/sitemap-2.xml") + "</loc></sitemap></sitemapindex>"));
  }

  private static String urlset(List<String> urls) {
    StringBuilder xml = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    urls.forEach(u -> xml.append("<url><loc>").append(u).append("</loc></url>"));
    return xml.append("</urlset>").toString();
  }

  /**
   * The host's requests never run ahead of one per {@code delayMs}: any k+1 consecutive requests span
   * at least k delays, less {@link #JITTER_MS} (one request sent late by the scheduler, the next on time).
   *
   * @return the largest shortfall seen (ms): how far the busiest run came to the limit
   */
  private static double assertPaced(String host, List<Long> times, long delayMs) {
    double worst = 0;
    for (int k = 1; k <= 50 && k < times.size(); k++) {
      long minSpan = Long.MAX_VALUE;
      for (int i = 0; i + k < times.size(); i++) {
        minSpan = Math.min(minSpan, times.get(i + k) - times.get(i));
      }
      assertThat(minSpan / 1_000_000.0).as("%s: shortest span of %s requests (ms)", host, k + 1)
          .isGreaterThanOrEqualTo((double) k * delayMs - JITTER_MS);
      worst = Math.max(worst, k * delayMs - minSpan / 1_000_000.0);
    }
    return worst;
  }

  /** Most requests within any one second. */
  private static int busiestSecond(List<Long> times) {
    int best = 0;
    for (int i = 0, j = 0; i < times.size(); i++) {
      while (times.get(i) - times.get(j) >= 1_000_000_000L) {
        j++;
      }
      best = Math.max(best, i - j + 1);
    }
    return best;
  }

  private static double counter(SimpleMeterRegistry registry, String name, String outcome) {
    return registry.find(name).tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
  }

  /** A {@code /proc/self/status} field in kB (0 where there is no /proc). */
  private static long procStatusKb(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
