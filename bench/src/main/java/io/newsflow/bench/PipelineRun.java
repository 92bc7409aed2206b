package io.newsflow.bench;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.ids.Ids;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import io.newsflow.schemas.Topics;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.JdbcArticleStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * One end-to-end run: the synthetic site's feeds -> ingest (fetch, clean) -> embedded Kafka -> enrich ->
 * sink into SQLite (and PostgreSQL when given), wired like {@code newsflow run}, each store wrapped in
 * a {@link CommitClock}. The first {@code warmup} articles fetched are the warm-up, the next
 * {@code articles} are measured: the fetcher takes the site's feeds in whatever order their polls finish
 * (the shorter last feed often first), so page numbers do not say which articles met a cold JVM. Ends
 * when every store holds every article, or at the timeout.
 */
final class PipelineRun {
  /** What the run measured for one store. */
  record StoreResult(String store, int committed, CommitClock clock) {}

  /** Everything the report needs from the run. */
  record Result(boolean complete, long startMillis, long elapsedMillis, List<StoreResult> stores, Set<String> warmupIds,
      Map<String, Long> topicBytes, long pagesServed, long bytesServed, CpuSampler sampler, GcWatch.Summary gc,
      long quotes, long articlesInStore, AppendTimes.OnTopics appendTimes) {}

  private PipelineRun() {}

  static Result run(BenchPlan plan, PageTemplates templates, String bootstrap, Path workDir, String pgUrl,
      PrintStream progress) throws Exception {
    int total = plan.warmup() + plan.articles();
    try (SyntheticNewsSite site = new SyntheticNewsSite(templates, total, 500, plan.pagesPerSecond());
        CpuSampler sampler = new CpuSampler(200);
        GcWatch gcWatch = new GcWatch()) {
      Set<String> expected = new HashSet<>();
      for (int n = 0; n < total; n++) {
        expected.add(Ids.articleId(UrlCanonicalizer.canonicalize(site.pageUrl(n))));
      }
      Map<String, String> flags = new HashMap<>();
      flags.put("bootstrap.servers", bootstrap);
      flags.put("topic.prefix", "bench");
      flags.put("state.dir", workDir.resolve("state").toString());
      flags.put("ingest.feeds", String.join(",", site.feedUrls()));
      flags.put("ingest.allow.private.addresses", "true");
      flags.put("ingest.once", "true");
      // the synthetic site is one host: per-host politeness would measure the delay, not the pipeline
      // (ignored by an ingest without that setting; --set ingest.host.delay.ms=... puts it back)
      flags.put("ingest.host.delay.ms", "0");
      flags.put("ingest.clean.threads", String.valueOf(plan.cleanThreads()));
      flags.put("enrich.threads", String.valueOf(plan.enrichThreads()));
      flags.put("sink.batch.size", String.valueOf(plan.sinkBatch()));
      flags.put("sink.jdbc.url", "jdbc:sqlite:" + workDir.resolve("bench.db"));
      flags.putAll(plan.settings());
      Settings sqlite = Settings.of(flags);
      CommonConfig common = CommonConfig.from(sqlite);
      TopicSetup.ensureTopics(common, plan.partitions());
      Topics topics = new Topics(common.topicPrefix());
      AppendTimes.stampOnAppend(common, AppendTimes.measured(topics));

      StageRunner runner = new StageRunner();
      PrometheusMeterRegistry registry = Metrics.newRegistry();
      List<StoreResult> stores = new ArrayList<>();
      long t0 = System.currentTimeMillis();
      boolean complete = false;
      try {
        List<Stage> stages = new ArrayList<>();
        CommitClock sqliteClock = runner.own(new CommitClock(JdbcArticleStore.open(SinkConfig.from(sqlite).store())));
        stages.addAll(IngestApp.create(common, IngestConfig.from(sqlite), registry, runner));
        stages.addAll(EnrichApp.create(common, EnrichConfig.from(sqlite), registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(sqlite), sqliteClock.store(), registry, runner));
        Map<String, CommitClock> clocks = new LinkedHashMap<>();
        clocks.put("sqlite", sqliteClock);
        if (pgUrl != null) {
          Map<String, String> pgFlags = new HashMap<>(flags);
          pgFlags.put("sink.jdbc.url", pgUrl);
          pgFlags.put("sink.jdbc.user", plan.pgUser());
          pgFlags.put("sink.group.id", "newsflow-sink-pg");
          Settings pg = Settings.of(pgFlags);
          CommitClock pgClock = runner.own(new CommitClock(JdbcArticleStore.open(SinkConfig.from(pg).store())));
          stages.add(SinkApp.create(common, SinkConfig.from(pg), pgClock.store(), registry, runner));
          clocks.put("postgresql", pgClock);
        }
        gcWatch.reset(); // count the pipeline's collections only, not the set-up's
        sampler.start();
        t0 = System.currentTimeMillis();
        stages.forEach(Stage::start);
        complete = await(site, clocks, expected, total, plan.timeoutSeconds(), progress);
        sampler.sample();
        GcWatch.Summary gc = gcWatch.summary();
        for (Map.Entry<String, CommitClock> e : clocks.entrySet()) {
          stores.add(new StoreResult(e.getKey(), e.getValue().committedCount(), e.getValue()));
        }
        long elapsed = System.currentTimeMillis() - t0;
        Map<String, Long> topicBytes = topicBytes(common);
        long quotes = sqliteClock.countQuotes();
        long articles = sqliteClock.countArticles();
        Set<String> warmupIds = sqliteClock.firstFetched(plan.warmup());
        AppendTimes.OnTopics appendTimes = AppendTimes.OnTopics.read(common, topics);
        return new Result(complete, t0, elapsed, stores, warmupIds, topicBytes, site.pagesServed(), site.bytesServed(),
            sampler, gc, quotes, articles, appendTimes);
      } finally {
        progress.println("stopping the pipeline ...");
        runner.closeAll();
        registry.close();
      }
    }
  }

  private static boolean await(SyntheticNewsSite site, Map<String, CommitClock> clocks, Set<String> expected,
      int total, int timeoutSeconds, PrintStream progress) throws InterruptedException {
    long deadline = System.currentTimeMillis() + TimeUnit.SECONDS.toMillis(timeoutSeconds);
    long lastReport = 0;
    long lastProgressAt = System.currentTimeMillis();
    long lastSum = -1;
    while (System.currentTimeMillis() < deadline) {
      boolean all = clocks.values().stream().allMatch(c -> c.hasAll(expected));
      long now = System.currentTimeMillis();
      long sum = site.pagesServed();
      StringBuilder line = new StringBuilder(String.format("  pages served %d/%d", site.pagesServed(), total));
      for (Map.Entry<String, CommitClock> e : clocks.entrySet()) {
        int c = e.getValue().committedCount();
        sum += c;
        line.append(", ").append(e.getKey()).append(' ').append(c);
      }
      if (sum != lastSum) {
        lastSum = sum;
        lastProgressAt = now;
      }
      if (all) {
        progress.println(line.append(" - done"));
        return true;
      }
      if (now - lastReport >= 2000) {
        progress.println(line);
        lastReport = now;
      }
      if (now - lastProgressAt > 90_000) {
        progress.println("  no progress for 90 s - giving up (see the log above for the stage that stopped)");
        return false;
      }
      Thread.sleep(50);
    }
    progress.println("  timed out after " + timeoutSeconds + " s");
    return false;
  }

  /** Bytes on disk per topic (all partitions, after compression), from the broker's log dirs. */
  static Map<String, Long> topicBytes(CommonConfig common) throws Exception {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Admin admin = Admin.create(KafkaClients.admin(common))) {
      List<Integer> brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream()
          .map(n -> n.id()).toList();
      Map<Integer, Map<String, LogDirDescription>> dirs =
          admin.describeLogDirs(brokers).allDescriptions().get(30, TimeUnit.SECONDS);
      for (Map<String, LogDirDescription> byDir : dirs.values()) {
        for (LogDirDescription d : byDir.values()) {
          for (Map.Entry<TopicPartition, ReplicaInfo> r : d.replicaInfos().entrySet()) {
            out.merge(r.getKey().topic(), r.getValue().size(), Long::sum);
          }
        }
      }
    }
    return out;
  }
}
