package io.newsflow.bench;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import io.newsflow.enrich.EnrichApp;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestApp;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.store.JdbcArticleStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/**
 * The soak: the {@link SoakNewsSite} keeps publishing, and ingest (polling its feed every 1-2 s, as a
 * long-running {@code newsflow run} would) -> embedded Kafka -> enrich -> sink into SQLite run in this
 * JVM for the whole time. Phases: calibrate (saturated: the site stays {@code backlog} pages ahead of
 * the store; the store rate over the window is the maximum), drain, soak (the site publishes at the soak
 * rate), final drain. A sampler thread takes a {@link SoakSample} every {@code sampleEvery} and prints it
 * as a progress line.
 */
final class SoakRun {
  private static final long TICK_MILLIS = 200;

  /** What the soak measured. {@code maxRate} is NaN when the rate was given. */
  record Result(double maxRate, double soakRate, long soakStartMillis, long soakEndMillis, List<SoakSample> samples,
      long published, long storedAfterDrain, long finalDrainMillis, boolean drained) {}

  private final SoakPlan plan;
  private final PrintStream progress;
  private final List<SoakSample> samples = Collections.synchronizedList(new ArrayList<>());
  private volatile String phase = "start";
  private long startMillis;
  /** When a sample last forced a full GC (the sampler thread; the final sample only after it stopped). */
  private long lastLiveMillis = Long.MIN_VALUE / 2;

  private SoakRun(SoakPlan plan, PrintStream progress) {
    this.plan = plan;
    this.progress = progress;
  }

  static Result run(SoakPlan plan, PageTemplates templates, String bootstrap, Path workDir, PrintStream progress)
      throws Exception {
    return new SoakRun(plan, progress).run(templates, bootstrap, workDir);
  }

  private Result run(PageTemplates templates, String bootstrap, Path workDir) throws Exception {
    try (SoakNewsSite site = new SoakNewsSite(templates, SoakPlan.FEED_WINDOW)) {
      Settings settings = Settings.of(flags(site, bootstrap, workDir));
      CommonConfig common = CommonConfig.from(settings);
      TopicSetup.ensureTopics(common, plan.partitions());
      StageRunner runner = new StageRunner();
      PrometheusMeterRegistry registry = Metrics.newRegistry();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "soak-sampler");
        t.setDaemon(true);
        return t;
      });
      try (Admin admin = Admin.create(KafkaClients.admin(common))) {
        JdbcArticleStore store = runner.own(JdbcArticleStore.open(SinkConfig.from(settings).store()));
        List<Stage> stages = new ArrayList<>();
        stages.addAll(IngestApp.create(common, IngestConfig.from(settings), registry, runner));
        stages.addAll(EnrichApp.create(common, EnrichConfig.from(settings), registry, runner));
        stages.add(SinkApp.create(common, SinkConfig.from(settings), store, registry, runner));
        SoakProbe probe = runner.own(new SoakProbe(new ConsumerLag(admin), site::published, store::countArticles));
        startMillis = System.currentTimeMillis();
        stages.forEach(Stage::start);
        long every = plan.sampleEvery().toMillis();
        sampler.scheduleAtFixedRate(() -> sample(probe), every, every, TimeUnit.MILLISECONDS);

        double maxRate = Double.NaN;
        if (plan.calibrates()) {
          maxRate = calibrate(site, store);
          phase = "drain";
          if (!drain(site, store)) {
            throw new IllegalStateException("the pipeline did not catch up within " + plan.drainTimeout()
                + " after the calibration; see the log above");
          }
        }
        double rate = plan.calibrates() ? plan.loadFraction() * maxRate : plan.soakRate();
        if (rate * 2 >= SoakPlan.FEED_WINDOW) {
          throw new IllegalStateException(String.format(Locale.ROOT, "soak rate %.0f/s publishes more than the feed's "
              + "%d items between two polls", rate, SoakPlan.FEED_WINDOW));
        }
        progress.printf(Locale.ROOT, "soaking at %.1f articles/s for %s (%s)%n", rate, plan.duration(),
            plan.calibrates() ? String.format(Locale.ROOT, "%.0f%% of %.1f/s", 100 * plan.loadFraction(), maxRate)
                : "--soak-rate");
        long soakStart = System.currentTimeMillis();
        phase = "soak";
        publishAt(site, rate, soakStart);
        long soakEnd = System.currentTimeMillis();
        phase = "final drain";
        boolean drained = drain(site, store);
        long drainMillis = System.currentTimeMillis() - soakEnd;
        sampler.shutdown();
        sampler.awaitTermination(30, TimeUnit.SECONDS);
        sample(probe);
        List<SoakSample> all;
        synchronized (samples) {
          all = List.copyOf(samples);
        }
        return new Result(maxRate, rate, soakStart, soakEnd, all, site.published(), store.countArticles(), drainMillis,
            drained);
      } finally {
        sampler.shutdownNow();
        progress.println("stopping the pipeline ...");
        runner.closeAll();
        registry.close();
      }
    }
  }

  private Map<String, String> flags(SoakNewsSite site, String bootstrap, Path workDir) {
    Map<String, String> flags = new HashMap<>();
    flags.put("bootstrap.servers", bootstrap);
    flags.put("topic.prefix", "soak");
    flags.put("state.dir", workDir.resolve("state").toString());
    flags.put("ingest.feeds", site.feedUrl());
    flags.put("ingest.allow.private.addresses", "true");
    // a long-running ingest that polls the feed as often as the configuration allows
    flags.put("ingest.poll.seconds", "1");
    flags.put("ingest.poll.min.seconds", "1");
    flags.put("ingest.poll.max.seconds", "2");
    // one host: per-host politeness would measure the delay, not the pipeline
    flags.put("ingest.host.delay.ms", "0");
    flags.put("ingest.clean.threads", String.valueOf(plan.cleanThreads()));
    flags.put("enrich.threads", String.valueOf(plan.enrichThreads()));
    flags.put("sink.jdbc.url", "jdbc:sqlite:" + workDir.resolve("soak.db"));
    flags.putAll(plan.settings());
    return flags;
  }

  /** Saturated: keeps the site {@code backlog} pages ahead of the store; returns the store rate over the window. */
  private double calibrate(SoakNewsSite site, JdbcArticleStore store) throws InterruptedException {
    phase = "calibrate";
    progress.printf("calibrating: %s saturated warm-up, then a %s window (the site stays %d pages ahead of the "
        + "store)%n", plan.calibrationWarmup(), plan.calibration(), plan.backlog());
    long windowStart = System.currentTimeMillis() + plan.calibrationWarmup().toMillis();
    long windowEnd = windowStart + plan.calibration().toMillis();
    long storedAtStart = -1;
    long startedAt = 0;
    while (true) {
      long now = System.currentTimeMillis();
      long stored = store.countArticles();
      if (storedAtStart < 0 && now >= windowStart) {
        storedAtStart = stored;
        startedAt = now;
      }
      if (now >= windowEnd) {
        double rate = (stored - storedAtStart) * 1000.0 / Math.max(1, now - startedAt);
        progress.printf(Locale.ROOT, "calibration: %,d articles stored in %.0f s = %.1f articles/s%n",
            stored - storedAtStart, (now - startedAt) / 1000.0, rate);
        if (rate <= 0) {
          throw new IllegalStateException("the pipeline stored nothing during the calibration window");
        }
        return rate;
      }
      site.publishUpTo(stored + plan.backlog());
      Thread.sleep(TICK_MILLIS);
    }
  }

  /** Publishes {@code rate} pages per second on top of what was published, for the plan's duration. */
  private void publishAt(SoakNewsSite site, double rate, long from) throws InterruptedException {
    long base = site.published();
    long end = from + plan.duration().toMillis();
    long now;
    while ((now = System.currentTimeMillis()) < end) {
      site.publishUpTo(base + (long) (rate * (now - from) / 1000.0));
      Thread.sleep(TICK_MILLIS);
    }
    site.publishUpTo(base + (long) (rate * plan.duration().toMillis() / 1000.0));
  }

  /** Waits until the store holds every published page, or the drain timeout; true when it caught up. */
  private boolean drain(SoakNewsSite site, JdbcArticleStore store) throws InterruptedException {
    long deadline = System.currentTimeMillis() + plan.drainTimeout().toMillis();
    progress.printf("%s: waiting for the store to hold all %,d published pages ...%n", phase, site.published());
    while (System.currentTimeMillis() < deadline) {
      if (store.countArticles() >= site.published()) {
        return true;
      }
      Thread.sleep(TICK_MILLIS * 5);
    }
    progress.printf("%s: gave up after %s with %,d of %,d stored%n", phase, plan.drainTimeout(), store.countArticles(),
        site.published());
    return false;
  }

  private void sample(SoakProbe probe) {
    try {
      long now = System.currentTimeMillis();
      boolean live = now - lastLiveMillis >= plan.liveHeapEvery().toMillis() - plan.sampleEvery().toMillis() / 2;
      SoakSample s = probe.sample(phase, live);
      if (live) {
        lastLiveMillis = now;
      }
      samples.add(s);
      progress.println(SoakReport.progressLine(s, startMillis));
    } catch (Exception e) {
      progress.println("  sample failed: " + e); // keep sampling: one slow admin call is no reason to stop
    }
  }
}
