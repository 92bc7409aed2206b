package io.newsflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker + controller, one node) running inside
 * this JVM. Used by {@code newsflow run} (fixed port, persistent data dir: a restart keeps topics and
 * records) and by integration tests ({@link #startTemporary()}: free ports, temp dir deleted on close).
 *
 * <p>Storage is formatted only when {@code meta.properties} is absent, so restarting on an existing
 * directory keeps its data. All internal topics use replication factor 1, without which consumer
 * groups and transactions (exactly-once) cannot work on one node.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final Path dir;
  private final boolean temporary;
  private final int port;
  private final KafkaRaftServer server;
  private volatile boolean closed;

  private EmbeddedKafka(Path dir, boolean temporary, int port, int controllerPort) {
    this.dir = dir;
    this.temporary = temporary;
    this.port = port;
    KafkaConfig config = KafkaConfig.fromProps(properties(dir, port, controllerPort), false);
    formatIfNeeded(config, dir);
    this.server = new KafkaRaftServer(config, Time.SYSTEM);
  }

  /**
   * Starts a broker on {@code port} (controller on {@code port + 1}) with its data in {@code dir}.
   *
   * @throws IllegalStateException if the broker does not answer within 60 s, e.g. the port is taken
   */
  public static EmbeddedKafka start(Path dir, int port) {
    return start(dir, false, port, port + 1);
  }

  /** Starts a broker on free ports in a new temp dir that {@link #close()} deletes. */
  public static EmbeddedKafka startTemporary() {
    try {
      Path dir = Files.createTempDirectory("newsflow-kafka-");
      return start(dir, true, freePort(), freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EmbeddedKafka start(Path dir, boolean temporary, int port, int controllerPort) {
    long t0 = System.nanoTime();
    EmbeddedKafka kafka = new EmbeddedKafka(dir, temporary, port, controllerPort);
    kafka.server.startup();
    try (Admin admin = kafka.admin()) {
      admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      kafka.close();
      throw new IllegalStateException(
          "embedded Kafka on port " + port + " did not start within 60 s (is the port in use?): " + e, e);
    }
    log.info("embedded Kafka ready at {} (data in {}) in {} ms", kafka.bootstrapServers(), dir,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    return kafka;
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  public Path dataDir() {
    return dir;
  }

  public Admin admin() {
    return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
  }

  /** Creates the topics that do not exist yet, with replication factor 1. */
  public void createTopics(List<String> names, int partitions) {
    try (Admin admin = admin()) {
      for (String name : names) {
        try {
          admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + name + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("timed out creating topics " + names, e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
    server.awaitShutdown();
    if (temporary) {
      deleteRecursively(dir);
    }
  }

  private static Properties properties(Path dir, int port, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
    p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.put("log.dirs", dir.resolve("data").toString());
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "1");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "1");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "3");
    p.put("auto.create.topics.enable", "true");
    p.put("log.retention.hours", String.valueOf(Duration.ofDays(3650).toHours())); // a local corpus: keep it
    // the compaction map lives in the heap of the JVM that runs the pipeline too: Kafka's 128 MB default was a
    // quarter of the soak's heap after GC; 32 MB still dedupes ~1.3 million keys (feeds, articles) per pass
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(32L * 1024 * 1024));
    return p;
  }

  private static void formatIfNeeded(KafkaConfig config, Path dir) {
    if (Files.exists(dir.resolve("data").resolve("meta.properties"))) {
      return;
    }
    try {
      Files.createDirectories(dir.resolve("data"));
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
          .setNodeId(config.nodeId())
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName("CONTROLLER")
          .setMetadataLogDirectory(config.metadataLogDir())
          .setDirectories(config.logDirs())
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka storage in " + dir + ": " + e.getMessage(), e);
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      log.warn("could not delete {}: {}", root, e.toString());
    }
  }
}
