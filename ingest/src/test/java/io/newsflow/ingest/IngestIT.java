package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.common.config.BadInputPolicy;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.KafkaRecords;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.FetchedPage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Ingest on a real embedded broker against a loopback site: a source added at run time with
 * {@code newsflow sources add} is polled; robots.txt is obeyed; a 503 with Retry-After is retried; a feed
 * re-listing its items yields no duplicate pages; two syndicated copies yield one article; instances
 * share the sources through the consumer group and take over each other's.
 */
class IngestIT {
  private static final String WIRE = "Officials confirmed on Monday that the new bridge across the river will open"
      + " to traffic next spring after years of delays.";
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();
  @TempDir static Path tmp;



  private static String[] withBroker(String prefix, String... args) {
    String[] out = new String[args.length + 4];
    System.arraycopy(args, 0, out, 0, args.length);
    out[args.length] = "--bootstrap-servers";
    out[args.length + 1] = kafka.bootstrapServers();
    out[args.length + 2] = "--set";
    out[args.length + 3] = "topic.prefix=" + prefix;
    return out;
  }

  private static String sources(String prefix, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new SourcesCommand());
    cl.setOut(new PrintWriter(out));
    int code = cl.execute(withBroker(prefix, args));
    assertThat(code).as("sources %s", String.join(" ", args)).isZero();
    return out.toString();
  }

  private static double counter(SimpleMeterRegistry registry, String name, String tag, String value) {
    return registry.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
  }

  @Test
  void runTimeSourceIsCrawledPolitelyOnceAndSyndicatedCopiesYieldOneArticle() throws Exception {
    try (TestSite site = new TestSite()) {
      site.route("/robots.txt", TestSite.Response.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
      site.html("/news/bridge", TestSite.article("Bridge to open", WIRE));
      site.html("/wire/bridge-copy", TestSite.article("Bridge opens in spring", WIRE));
      site.html("/private/draft", TestSite.article("Draft", "Not for crawlers."));
      site.route("/news/busy", n -> n == 1
          ? new TestSite.Response(503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "1"))
          : TestSite.Response.ok("text/html", TestSite.article("Council vote", "The council voted on the budget"
              + " late on Tuesday, approving new money for schools and libraries across the city.")));
      site.route("/rss", TestSite.Response.ok("application/rss+xml", TestSite.rss(List.of(site.url("/news/bridge"),
          site.url("/wire/bridge-copy"), site.url("/private/draft"), site.url("/news/busy")))));

      Map<String, String> flags = new HashMap<>(Map.of(
          "bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "it",
          "state.dir", tmp.resolve("state").toString(),
          "ingest.allow.private.addresses", "true",
          "ingest.poll.seconds", "1", "ingest.poll.min.seconds", "1", "ingest.poll.max.seconds", "1",
          "ingest.host.delay.ms", "0", "ingest.retry.base.ms", "100"));
      Settings s = Settings.of(flags);
      CommonConfig common = CommonConfig.from(s);
      TopicSetup.ensureTopics(common, 3);
      Topics topics = new Topics("it");

      StageRunner runner = new StageRunner();
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try {
        List<Stage> stages = IngestApp.create(common, IngestConfig.from(s), registry, runner);
        stages.forEach(Stage::start);

        assertThat(sources("it", "add", site.url("/rss"), "--type", "rss")).contains("added " + site.url("/rss"));
        assertThat(sources("it", "list")).contains(site.url("/rss") + "\t{\"type\":\"rss\"}");

        // polled from the topic, re-listed several times
        assertThat(Await.until(Duration.ofSeconds(60), () -> site.hits("/rss") >= 3
            && counter(registry, "newsflow.ingest.articles", "outcome", "cleaned") >= 3
            && counter(registry, "newsflow.ingest.articles", "outcome", "duplicate-content") >= 1))
            .as("feed polled (%s), cleaned %s", site.hits("/rss"),
                counter(registry, "newsflow.ingest.articles", "outcome", "cleaned"))
            .isTrue();

        List<FetchedPage> pages = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.pages().name(),
            topics.pages().valueSerde().deserializer(), 4, Duration.ofSeconds(3));
        assertThat(pages).extracting(FetchedPage::getUrl).as("each listed page once, never the disallowed one")
            .containsExactlyInAnyOrder(site.url("/news/bridge"), site.url("/wire/bridge-copy"), site.url("/news/busy"));
        assertThat(site.hits("/private/draft")).isZero();
        assertThat(site.hits("/news/busy")).as("503 retried once").isEqualTo(2);
        assertThat(site.hits("/news/bridge")).isEqualTo(1);

        List<Article> articles = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.articles().name(),
            topics.articles().valueSerde().deserializer(), 3, Duration.ofSeconds(3));
        // both copies were fetched concurrently; whichever was cleaned first is the one article
        assertThat(articles).extracting(Article::getCanonicalUrl).as("the syndicated copy is dropped")
            .hasSize(2).contains(site.url("/news/busy"))
            .containsAnyOf(site.url("/news/bridge"), site.url("/wire/bridge-copy"));

        List<DeadLetter> letters = KafkaRecords.readFromStart(kafka.bootstrapServers(), topics.deadLetters().name(),
            topics.deadLetters().valueSerde().deserializer(), 1, Duration.ofSeconds(10));
        assertThat(letters).anyMatch(d -> d.getReason().equals("robots-disallowed")
            && d.getSourceUrl().equals(site.url("/private/draft")));

        // removed at run time: polling stops
        sources("it", "remove", site.url("/rss"));
        assertThat(sources("it", "list")).doesNotContain(site.url("/rss"));
        assertThat(Await.until(Duration.ofSeconds(20), () -> {
          int before = site.hits("/rss");
          sleep(2500);
          return site.hits("/rss") == before;
        })).as("a removed source is no longer polled").isTrue();
      } finally {
        runner.closeAll();
        registry.close();
      }
    }
  }

  @Test
  void instancesSplitTheSourcesAndOneTakesOverWhenTheOtherStops() throws Exception {
    Settings s = Settings.of(Map.of("bootstrap.servers", kafka.bootstrapServers(), "topic.prefix", "share"));
    CommonConfig common = CommonConfig.from(s);
    TopicSetup.ensureTopics(common, 6);
    Set<String> all = new HashSet<>();
    for (int i = 0; i < 24; i++) {
      String url = "https://site" + i + ".example/rss";
      all.add(url);
      sources("share", "add", url);
    }
    for (String section : List.of("world", "sport", "business")) {
      String url = "https://big.example/rss/" + section;
      all.add(url);
      sources("share", "add", url);
    }
    TopicSources a = topicSources(common);
    TopicSources b = topicSources(common);
    try {
      a.start();
      b.start();
      assertThat(Await.until(Duration.ofSeconds(60), () -> {
        Set<String> union = new HashSet<>(a.snapshot().keySet());
        union.addAll(b.snapshot().keySet());
        return union.equals(all) && !a.snapshot().isEmpty() && !b.snapshot().isEmpty()
            && a.snapshot().size() + b.snapshot().size() == all.size();
      })).as("split without overlap: a %s, b %s", a.snapshot().size(), b.snapshot().size()).isTrue();
      Set<String> bigOnA = new HashSet<>(a.snapshot().keySet());
      bigOnA.removeIf(u -> !u.startsWith("https://big.example/"));
      assertThat(bigOnA.size()).as("one host's sources live on one instance").isIn(0, 3);

      a.close();

      assertThat(Await.until(Duration.ofSeconds(60), () -> b.snapshot().keySet().equals(all)))
          .as("b took over every source (has %s)", b.snapshot().size()).isTrue();
    } finally {
      a.close();
      b.close();
    }
  }

  private static TopicSources topicSources(CommonConfig common) {
    Map<String, Object> props = KafkaClients.consumer(common, "it-sources", "share-ingest");
    props.put("session.timeout.ms", 6000);
    props.put("heartbeat.interval.ms", 500);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    Topics topics = new Topics("share");
    return new TopicSources(new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer()),
        topics.feeds().name(), SourceSpec::isRemote,
        new DeadLetters("ingest", BadInputPolicy.DEAD_LETTER, null, topics.deadLetters(), registry));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
