package io.newsflow.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.cli.Newsflow;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 7 of issue #9: the data dir of the broker or of the SQLite store fills up or is read-only.
 * A full disk is a small tmpfs (needs root with CAP_SYS_ADMIN), a read-only dir an immutable one
 * ({@code chattr +i}, root on ext4); without them the tests skip. Expected: a clear error (and the
 * broker exits), and once space is back every acknowledged record / committed row is there and the
 * files are sound. Part of the full suite ({@code -Pfaults}).
 */
@Tag("faults")
class DataDirFaultIT {
  @TempDir Path tmp;

  @Test
  void aFullDiskFailsStoreWritesClearlyAndTheDatabaseIsSoundWhenSpaceReturns() throws Exception {
    Path mnt = mountTmpfs("store", "3m");
    try {
      String url = "jdbc:sqlite:" + mnt.resolve("store.db");
      ArticleEnricher enricher = new ArticleEnricher();
      int written = 0;
      RuntimeException full = null;
      JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of(url));
      try {
        for (int i = 0; i < 10_000 && full == null; i++) {
          try {
            store.write(List.of(enricher.enrich(article(i))));
            written++;
          } catch (RuntimeException e) {
            full = e;
          }
        }
      } finally {
        store.close();
      }
      assertThat(full).as("the store ran out of space").isNotNull();
      assertThat(messages(full)).containsIgnoringCase("full");
      assertThat(run("mount", "-o", "remount,size=64m", mnt.toString())).isZero();

      store = JdbcArticleStore.open(StoreSettings.of(url));
      try {
        assertThat(store.countArticles()).as("every committed batch survived").isEqualTo(written);
        for (int i = written; i < written + 10; i++) {
          store.write(List.of(enricher.enrich(article(i))));
        }
        assertThat(store.countArticles()).isEqualTo(written + 10);
      } finally {
        store.close();
      }
      try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("ok");
      }
      System.out.printf("store disk full: %d articles committed before SQLITE_FULL (%s); all there after remount%n",
          written, firstLine(messages(full)));
    } finally {
      run("umount", "-l", mnt.toString());
    }
  }

  @Test
  void aFullDiskStopsTheBrokerAndEveryAcknowledgedRecordIsThereAfterRestart() throws Exception {
    Path mnt = mountTmpfs("kafka", "48m");
    int port = FaultPipeline.freePortPair();
    ChildJvm broker = new ChildJvm("broker-full", tmp, BrokerMain.class.getName(),
        List.of(mnt.resolve("kafka").toString(), String.valueOf(port)));
    try {
      broker.start();
      assertThat(broker.awaitLog("READY", 120)).isTrue();
      Set<Integer> acked = fillUntilRefused("localhost:" + port, broker);
      assertThat(waitForExit(broker, 90)).as("the broker stops on a full disk").isTrue();
      String log = Files.readString(broker.log());
      assertThat(log).containsIgnoringCase("No space left on device");

      assertThat(run("mount", "-o", "remount,size=512m", mnt.toString())).isZero();
      broker.start();
      assertThat(broker.awaitLog("READY", 120)).as("the broker starts again on the same data dir").isTrue();
      Set<Integer> read = readAll("localhost:" + port);
      assertThat(read).as("acknowledged records").containsAll(acked);
      System.out.printf("broker disk full: %d records acknowledged before the broker stopped; all read back "
          + "after restart%n", acked.size());
    } finally {
      broker.stop(30);
      run("umount", "-l", mnt.toString());
    }
  }

  @Test
  void aReadOnlyDataDirStopsBrokerAndSinkWithAClearError() throws Exception {
    Path ro = Files.createDirectories(tmp.resolve("read-only"));
    assumeTrue(run("chattr", "+i", ro.toString()) == 0, "chattr +i not available - skipping");
    try {
      assumeTrue(!canWrite(ro), "the directory is still writable - skipping");
      ChildJvm broker = new ChildJvm("broker-ro", tmp, BrokerMain.class.getName(),
          List.of(ro.resolve("kafka").toString(), String.valueOf(FaultPipeline.freePortPair())));
      broker.start();
      assertThat(waitForExit(broker, 120)).as("the broker exits").isTrue();
      assertThat(broker.exitCode()).isNotZero();
      assertThat(Files.readString(broker.log())).contains(ro.toString());

      try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
        ChildJvm sink = new ChildJvm("sink-ro", tmp, Newsflow.class.getName(), List.of("sink",
            "--bootstrap-servers", kafka.bootstrapServers(), "--http-port", "0", "--set", "topic.prefix=ro",
            "--set", "sink.jdbc.url=jdbc:sqlite:" + ro.resolve("store.db")));
        sink.start();
        assertThat(waitForExit(sink, 120)).as("the sink exits").isTrue();
        assertThat(sink.exitCode()).isNotZero();
        assertThat(Files.readString(sink.log())).contains("store.db");
      }
    } finally {
      run("chattr", "-i", ro.toString());
    }
  }

  private Path mountTmpfs(String name, String size) throws Exception {
    Path mnt = Files.createDirectories(tmp.resolve("mnt-" + name));
    assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mnt.toString()) == 0,
        "cannot mount a small tmpfs (needs root with CAP_SYS_ADMIN) - skipping");
    return mnt;
  }

  /** Produces 64 KiB records (acks=all, idempotent) until the broker refuses or goes away. */
  private static Set<Integer> fillUntilRefused(String bootstrap, ChildJvm broker) throws Exception {
    Set<Integer> acked = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger failures = new AtomicInteger();
    byte[] payload = new byte[64 * 1024];
    new Random(1).nextBytes(payload);
    try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
        ProducerConfig.LINGER_MS_CONFIG, 0, ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
        new StringSerializer(), new ByteArraySerializer())) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      for (int i = 0; failures.get() == 0 && broker.isAlive() && System.nanoTime() < deadline; i++) {
        int seq = i;
        try {
          p.send(new ProducerRecord<>("fill", String.valueOf(seq), payload), (m, e) -> {
            if (e == null) {
              acked.add(seq);
            } else {
              failures.incrementAndGet();
            }
          });
        } catch (RuntimeException e) {
          failures.incrementAndGet();
        }
        if (i % 50 == 49) {
          try {
            p.flush();
          } catch (RuntimeException e) {
            failures.incrementAndGet();
          }
        }
      }
      p.close(Duration.ofSeconds(20));
    }
    return acked;
  }

  private static Set<Integer> readAll(String bootstrap) {
    Set<Integer> seen = new HashSet<>();
    try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer())) {
      c.subscribe(List.of("fill"));
      long quietSince = System.nanoTime();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (System.nanoTime() < deadline && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(8)) {
        for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
          seen.add(Integer.parseInt(r.key()));
          quietSince = System.nanoTime();
        }
      }
    }
    return seen;
  }

  private static boolean waitForExit(ChildJvm p, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    return !p.isAlive();
  }

  private static boolean canWrite(Path dir) {
    try {
      Files.delete(Files.createFile(dir.resolve("probe")));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int run(String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static String messages(Throwable t) {
    StringBuilder sb = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      sb.append(c.getMessage()).append(" | ");
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Article article(int i) {
    StringBuilder text = new StringBuilder();
    Random r = new Random(i);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      text.setLength(0);
      for (int w = 0; w < 120; w++) {
        text.append(Integer.toString(r.nextInt(1 << 20), 36)).append(' ');
      }
      paragraphs.add(text.append('.').toString());
    }
    paragraphs.add("\"We will finish item " + i + " before the winter,\" said Ana Ruiz.");
    return Article.newBuilder().setId(String.format("full-%05d", i)).setUrl("https://example.org/f/" + i)
        .setCanonicalUrl("https://example.org/f/" + i).setTitle("Item " + i).setParagraphs(paragraphs)
        .setSource("test").setFetchedAt(Instant.ofEpochMilli(1_700_000_000_000L + i))
        .setContentHash("h" + i).setCleanerVersion("clean-1").build();
  }
}
