package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue #3: two ingest instances share the run-time sources and the host-partitioned page queue; both
 * fetch, and when one stops mid-crawl the other takes over its sources and hosts, so every listed page
 * becomes exactly one article: nothing lost, nothing duplicated.
 */
class IngestFailoverIT {
  private static final int PARTITIONS = 6;
  private static final int PAGES_PER_HOST = 20;
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();
  @TempDir static Path tmp;



  @Test
  void twoInstancesSplitTheCrawlAndTheSurvivorFinishesItWithoutLossOrDuplicates() throws Exception {
    List<TestSite> sites = sitesOnEveryPartition();
    Set<String> articleUrls = new HashSet<>();
    try {
      for (TestSite site : sites) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < PAGES_PER_HOST; i++) {
          String path = "/news/" + i;
          site.html(path, TestSite.article("Story " + i + " from " + site.base(), "Reporters at " + site.base()
              + " filed story number " + i + " about the harbour works, the ferry timetable and the market."));
          links.add(site.url(path));
        }
        articleUrls.addAll(links);
        site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(links)));
      }
      Settings base = Settings.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "fo"));
      TopicSetup.ensureTopics(CommonConfig.from(base), PARTITIONS);
      for (TestSite site : sites) {
        sources("add", site.url("/rss"), "--type", "rss");
      }

      Topics topics = new Topics("fo");
      Instance a = new Instance("a");
      Instance b = new Instance("b");
      try {
        assertThat(Await.until(Duration.ofSeconds(90), () -> a.produced() >= 3 && b.produced() >= 3))
            .as("both instances fetch (a %s, b %s)", a.produced(), b.produced()).isTrue();
        double total = a.produced() + b.produced();
        a.close(); // stops mid-crawl: its sources and hosts move to b
        assertThat(total).as("stopped before the crawl was over").isLessThan(articleUrls.size());

        assertThat(Await.until(Duration.ofSeconds(120), () -> articleUrls.stream()
            .allMatch(u -> siteOf(sites, u).hits(pathOf(u)) >= 1)))
            .as("b fetched the rest (a produced %s, b produced %s)", a.produced(), b.produced()).isTrue();
        try (ArticleReader reader = new ArticleReader(topics)) {
          assertThat(Await.until(Duration.ofSeconds(120), () -> reader.urls().containsAll(articleUrls)))
              .as("every page became an article (%s of %s)", reader.urls().size(), articleUrls.size()).isTrue();
          reader.drain(Duration.ofSeconds(3)); // a late duplicate would arrive now
          assertThat(reader.urls()).as("no page lost, nothing else").isEqualTo(articleUrls);
          assertThat(reader.count()).as("no article duplicated").isEqualTo(articleUrls.size());
        }
      } finally {
        a.close();
        b.close();
      }

      List<FetchedPage> pages = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.pages().name(),
          topics.pages().valueSerde().deserializer(), articleUrls.size() + 1, Duration.ofSeconds(5));
      // a hand-over (b joining, a stopping) lets the fetches on the wire finish and commits them, with the
      // finished offsets above the first unfinished one, before the partition moves: no page is fetched twice
      Map<String, Integer> fetches = new HashMap<>();
      pages.forEach(p -> fetches.merge(p.getUrl(), 1, Integer::sum));
      fetches.values().removeIf(n -> n == 1);
      assertThat(fetches).as("pages fetched twice across the hand-overs").isEmpty();
    } finally {
      sites.forEach(TestSite::close);
    }
  }

  /** One loopback site per host-queue partition, so that each instance owns at least one host. */
  private static List<TestSite> sitesOnEveryPartition() throws Exception {
    Map<Integer, TestSite> byPartition = new HashMap<>();
    List<TestSite> spare = new ArrayList<>();
    for (int attempt = 0; attempt < 200 && byPartition.size() < PARTITIONS; attempt++) {
      TestSite site = new TestSite();
      int p = SourcePartitioner.partitionOf(site.url("/"), PARTITIONS);
      if (byPartition.putIfAbsent(p, site) != null) {
        spare.add(site);
      }
    }
    spare.forEach(TestSite::close);
    assertThat(byPartition).hasSize(PARTITIONS);
    return new ArrayList<>(byPartition.values());
  }

  private static TestSite siteOf(List<TestSite> sites, String url) {
    return sites.stream().filter(s -> url.startsWith(s.base() + "/")).findFirst().orElseThrow();
  }

  private static String pathOf(String url) {
    return url.substring(url.indexOf('/', "http://".length()));
  }

  private static void sources(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(new String[] {"--bootstrap-servers", kafka.bootstrapServers(), "--set", "topic.prefix=fo"}, 0,
        all, args.length, 4);
    assertThat(new CommandLine(new SourcesCommand()).execute(all)).isZero();
  }

  /** Reads the articles topic from its start, accumulating. */
  private static final class ArticleReader implements AutoCloseable {
    private final KafkaConsumer<String, Article> consumer;
    private final Map<String, Integer> perUrl = new HashMap<>();
    private int count;

    ArticleReader(Topics topics) {
      consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
          ConsumerConfig.GROUP_ID_CONFIG, "fo-reader", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
          ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
          topics.articles().valueSerde().deserializer());
      consumer.subscribe(List.of(topics.articles().name()));
    }

    Set<String> urls() {
      drain(Duration.ofMillis(200));
      return perUrl.keySet();
    }

    int count() {
      return count;
    }

    void drain(Duration wait) {
      for (ConsumerRecord<String, Article> r : consumer.poll(wait)) {
        perUrl.merge(r.value().getCanonicalUrl(), 1, Integer::sum);
        count++;
      }
    }

    @Override
    public void close() {
      consumer.close();
    }
  }

  /** One ingest process: fetcher and cleaner, its own state directory and meters. */
  private static final class Instance implements AutoCloseable {
    final StageRunner runner = new StageRunner();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    Instance(String name) {
      Map<String, String> flags = new HashMap<>(Map.of(
          "bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "fo",
          "state.dir", tmp.resolve(name).toString(),
          "ingest.allow.private.addresses", "true",
          "ingest.poll.seconds", "1", "ingest.poll.min.seconds", "1", "ingest.poll.max.seconds", "1",
          "ingest.host.delay.ms", "200"));
      flags.put("kafka.session.timeout.ms", "6000");
      flags.put("kafka.heartbeat.interval.ms", "500");
      Settings s = Settings.of(flags);
      List<Stage> stages = IngestApp.create(CommonConfig.from(s), IngestConfig.from(s), registry, runner);
      stages.forEach(Stage::start);
    }

    double produced() {
      return count("newsflow.ingest.pages", "produced");
    }

    double cleaned() {
      return count("newsflow.ingest.articles", "cleaned");
    }

    private double count(String name, String outcome) {
      return registry.find(name).tag("outcome", outcome).counters().stream().mapToDouble(Counter::count).sum();
    }

    @Override
    public void close() {
      runner.closeAll();
    }
  }
}
