package io.newsflow.cli.faults;

import io.newsflow.cli.Newsflow;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline as separate processes on loopback: the embedded broker ({@link BrokerMain}) and
 * {@code newsflow ingest}, {@code enrich} and {@code sink}, each a child JVM with its own state dir,
 * reading the {@link FaultSite} and writing to one PostgreSQL schema. Optionally a second enrich and
 * sink instance (same group) for the rebalance scenario.
 */
final class FaultPipeline implements AutoCloseable {
  static final String PREFIX = "faults";

  private final Path dir;
  private final int port;
  private final Map<String, ChildJvm> processes = new LinkedHashMap<>();

  FaultPipeline(Path dir, FaultSite site, String jdbcUrl, boolean secondInstances) throws IOException {
    this.dir = dir;
    this.port = freePortPair();
    processes.put("broker", new ChildJvm("broker", dir, BrokerMain.class.getName(),
        List.of(dir.resolve("kafka").toString(), String.valueOf(port))));
    processes.put("sink", stage("sink", List.of("--set", "sink.jdbc.url=" + jdbcUrl, "--set", "sink.jdbc.user=postgres",
        "--set", "sink.retry.backoff.ms=500", "--set", "sink.batch.size=100")));
    processes.put("enrich", stage("enrich", List.of()));
    List<String> ingest = new ArrayList<>(List.of("--once", "--set", "ingest.host.delay.ms=0",
        "--set", "ingest.allow.private.addresses=true", "--set", "ingest.sources.topic=false",
        "--set", "ingest.retry.base.ms=200", "--set", "ingest.retry.max.ms=2000"));
    for (String feed : site.feedUrls()) {
      ingest.add("--feed");
      ingest.add(feed);
    }
    processes.put("ingest", stage("ingest", ingest));
    if (secondInstances) {
      processes.put("enrich-2", stage("enrich-2", List.of()));
      processes.put("sink-2", stage("sink-2", List.of("--set", "sink.jdbc.url=" + jdbcUrl,
          "--set", "sink.jdbc.user=postgres", "--set", "sink.retry.backoff.ms=500", "--set", "sink.batch.size=100")));
    }
  }

  private ChildJvm stage(String name, List<String> extra) {
    String command = name.replace("-2", "");
    List<String> args = new ArrayList<>(List.of(command, "--bootstrap-servers", "localhost:" + port,
        "--http-port", "0", "--set", "topic.prefix=" + PREFIX, "--set", "state.dir=" + dir.resolve("state-" + name)));
    args.addAll(extra);
    return new ChildJvm(name, dir, Newsflow.class.getName(), args);
  }

  /** A one-shot {@code newsflow replay enrich} of everything in articles, beside the live stages. */
  ChildJvm replay() {
    return processes.computeIfAbsent("replay", n -> new ChildJvm(n, dir, Newsflow.class.getName(),
        List.of("replay", "enrich", "--bootstrap-servers", "localhost:" + port, "--http-port", "0",
            "--set", "topic.prefix=" + PREFIX, "--set", "state.dir=" + dir.resolve("state-replay"))));
  }

  ChildJvm process(String name) {
    ChildJvm p = processes.get(name);
    if (p == null) {
      throw new IllegalArgumentException("no process " + name);
    }
    return p;
  }

  /** Starts the broker, waits for it, then the stages (consumers first). */
  void start() throws IOException, InterruptedException {
    startBroker();
    for (ChildJvm p : processes.values()) {
      if (!p.name().equals("broker")) {
        p.start();
      }
    }
  }

  void startBroker() throws IOException, InterruptedException {
    ChildJvm broker = process("broker");
    broker.start();
    if (!broker.awaitLog("READY", 120)) {
      throw new IllegalStateException("the broker did not start; see " + broker.log());
    }
  }

  /** Names of processes that died on their own (a stage must survive every scenario's fault). */
  List<String> deadProcesses() {
    return processes.values().stream().filter(p -> !p.name().equals("replay") && !p.isAlive())
        .map(ChildJvm::name).toList();
  }

  Path dir() {
    return dir;
  }

  /** A free port p with p + 1 free too (an embedded broker listens on both: client and controller). */
  static int freePortPair() throws IOException {
    for (int i = 0; i < 50; i++) {
      int p;
      try (ServerSocket s = new ServerSocket(0)) {
        p = s.getLocalPort();
      }
      try (ServerSocket s = new ServerSocket(p + 1)) {
        return p;
      } catch (IOException taken) {
        // try another pair
      }
    }
    throw new IOException("no two consecutive free ports");
  }

  @Override
  public void close() throws InterruptedException {
    List<ChildJvm> reversed = new ArrayList<>(processes.values());
    java.util.Collections.reverse(reversed);
    for (ChildJvm p : reversed) {
      if (!p.name().equals("broker")) {
        p.stop(20);
      }
    }
    process("broker").stop(30);
  }
}
