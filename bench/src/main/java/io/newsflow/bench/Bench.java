package io.newsflow.bench;

import io.newsflow.broker.EmbeddedKafka;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.ingest.ArticleMapper;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.schemas.Topics;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.sink.store.StoreSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** Runs the ceilings, then the pipeline, and turns both into one {@link Report}. */
final class Bench {
  static final String PIPELINE = "pipeline";
  static final String CPU = "CPU per article";
  static final String MEMORY = "memory";
  static final String TOPICS = "bytes per article";
  static final String CEILING = "ceiling (1 thread)";
  static final String COMPARE = "comparison";
  static final String HOPS = "latency per hop";
  private static final double MIB = 1024.0 * 1024.0;
  private static final List<String> CPU_ORDER = List.of("fetch", "clean", "enrich", "sink sqlite", "sink postgresql",
      "sink kafka clients", "broker and other threads", JvmThreadCpu.GC, JvmThreadCpu.JIT, CpuSampler.OTHER,
      "bench harness (site, sampler)",
      "process total");

  private Bench() {}

  /** Sample records built from one copy of each template, as the pipeline would build them. */
  record Samples(List<String> originals, List<byte[]> bodies, List<FetchedPage> pages, List<Article> articles,
      List<EnrichedArticle> enriched, List<byte[]> pageRecords, List<byte[]> enrichedRecords) {

    static Samples of(PageTemplates templates) {
      ArticleMapper mapper = new ArticleMapper(new ArticleCleaner());
      ArticleEnricher enricher = new ArticleEnricher();
      Topics topics = new Topics("bench");
      List<byte[]> bodies = new ArrayList<>();
      List<FetchedPage> pages = new ArrayList<>();
      List<Article> articles = new ArrayList<>();
      List<EnrichedArticle> enriched = new ArrayList<>();
      List<byte[]> pageRecords = new ArrayList<>();
      List<byte[]> enrichedRecords = new ArrayList<>();
      for (int n = 0; n < templates.size(); n++) {
        String url = "http://127.0.0.1:1/news/" + n + ".html";
        byte[] body = templates.page(n, url).getBytes(StandardCharsets.UTF_8);
        bodies.add(body);
        FetchedPage page = FetchedPage.newBuilder().setUrl(url).setFinalUrl(url).setStatus(200)
            .setContentType("text/html; charset=UTF-8").setHeaders(Map.of("content-type", "text/html; charset=UTF-8"))
            .setBody(ByteBuffer.wrap(body)).setSource("http://127.0.0.1:1/feed/0.xml")
            .setFetchedAt(Instant.ofEpochMilli(System.currentTimeMillis())).build();
        pages.add(page);
        pageRecords.add(topics.pages().valueSerde().serializer().serialize(topics.pages().name(), page));
        Article a = mapper.toArticle(page);
        articles.add(a);
        EnrichedArticle e = enricher.enrich(a);
        enriched.add(e);
        enrichedRecords.add(topics.enriched().valueSerde().serializer().serialize(topics.enriched().name(), e));
      }
      return new Samples(templates.originals(), bodies, pages, articles, enriched, pageRecords, enrichedRecords);
    }
  }

  static Report run(BenchPlan plan, Path dataDir, String postgresUrl, PrintStream progress) throws Exception {
    Path html = dataDir.resolve("article-extraction").resolve("html");
    if (!Files.isDirectory(html)) {
      throw new IllegalArgumentException("pages not found at " + html.toAbsolutePath()
          + "; pass --data DIR (the shared data folder, e.g. ../shared/data)");
    }
    Report report = new Report();
    machine(report, plan);
    progress.println("preparing the synthetic site from " + html + " ...");
    PageTemplates templates = PageTemplates.load(html, new ArticleCleaner());
    Samples samples = Samples.of(templates);
    report.meta("pagesRead", templates.pagesRead());
    report.meta("pagesUsed", templates.size());
    progress.printf("  %d of %d pages usable as templates%n", templates.size(), templates.pagesRead());

    String pid = String.valueOf(ProcessHandle.current().pid());
    Postgres pg = postgresUrl == null ? null : Postgres.connect(postgresUrl, plan.pgUser(), progress);
    Path work = Files.createTempDirectory("newsflow-bench-");
    try (EmbeddedKafka kafka = EmbeddedKafka.startTemporary()) {
      Map<String, String> flags = new HashMap<>(plan.settings());
      flags.put("bootstrap.servers", kafka.bootstrapServers());
      CommonConfig common = CommonConfig.from(Settings.of(flags));
      if (plan.ceilings()) {
        ceilings(report, plan, samples, common, work, pg == null ? null : pg.schema("bench_store_" + pid), progress);
      }
      progress.printf("running the pipeline: %d warm-up + %d measured articles%s ...%n", plan.warmup(),
          plan.articles(), plan.pagesPerSecond() > 0 ? " at " + plan.pagesPerSecond() + " pages/s" : "");
      PipelineRun.Result result = PipelineRun.run(plan, templates, kafka.bootstrapServers(), work,
          pg == null ? null : pg.schema("bench_pipeline_" + pid), progress);
      pipeline(report, plan, result, samples);
      compare(report);
    } finally {
      if (pg != null) {
        pg.dropAll();
      }
      deleteRecursively(work);
    }
    report.meta("ceilingChecksum", Ceilings.consumed());
    return report;
  }

  private static void ceilings(Report report, BenchPlan plan, Samples s, CommonConfig common, Path work,
      String pgUrl, PrintStream progress) throws Exception {
    double secs = plan.ceilingSeconds();
    progress.println("measuring the ceilings (" + secs + " s each, single thread) ...");
    rate(report, "Jsoup.parse", Ceilings.jsoupParse(s.originals(), secs), "pages/s", progress);
    rate(report, "ArticleCleaner.clean", Ceilings.cleaner(s.bodies(), secs), "pages/s", progress);
    rate(report, "clean stage work (ArticleMapper)", Ceilings.mapper(s.pages(), secs), "pages/s", progress);
    rate(report, "QuoteExtractor.extract", Ceilings.quotes(s.articles(), secs), "articles/s", progress);
    rate(report, "keyphrases+entities+category", Ceilings.topics(s.articles(), secs), "articles/s", progress);
    rate(report, "enrich stage work (ArticleEnricher)", Ceilings.enricher(s.articles(), secs), "articles/s", progress);
    int n = plan.ceilingRecords();
    Ceilings.BrokerRates pages = Ceilings.broker(common, "bench.ceiling.pages", s.pageRecords(), n, plan.partitions(),
        progress);
    broker(report, "page", pages);
    Ceilings.BrokerRates enriched = Ceilings.broker(common, "bench.ceiling.enriched", s.enrichedRecords(), n,
        plan.partitions(), progress);
    broker(report, "enriched", enriched);
    Ceilings.Rate sqlite = Ceilings.storeUpserts(new StoreSettings("jdbc:sqlite:" + work.resolve("ceiling.db"), "", ""),
        s.enriched(), n, plan.sinkBatch());
    report.add(CEILING, "SQLite upsert (JdbcArticleStore.write)", sqlite.perSecond(), "articles/s",
        "batches of " + plan.sinkBatch());
    progress.printf("  SQLite upsert: %.0f articles/s%n", sqlite.perSecond());
    if (pgUrl != null) {
      Ceilings.Rate pg = Ceilings.storeUpserts(new StoreSettings(pgUrl, plan.pgUser(), pgPassword()), s.enriched(), n,
          plan.sinkBatch());
      report.add(CEILING, "PostgreSQL upsert (JdbcArticleStore.write)", pg.perSecond(), "articles/s",
          "batches of " + plan.sinkBatch());
      progress.printf("  PostgreSQL upsert: %.0f articles/s%n", pg.perSecond());
    }
  }

  private static void rate(Report report, String name, Ceilings.Rate r, String unit, PrintStream progress) {
    report.add(CEILING, name, r.perSecond(), unit, r.ops() + " ops");
    progress.printf("  %s: %.0f %s%n", name, r.perSecond(), unit);
  }

  private static void broker(Report report, String kind, Ceilings.BrokerRates r) {
    String note = String.format(java.util.Locale.ROOT, "%.1f KiB records, %.1f MiB/s", r.meanRecordBytes() / 1024,
        r.produce().perSecond() * r.meanRecordBytes() / MIB);
    report.add(CEILING, "broker produce, " + kind + " records", r.produce().perSecond(), "records/s", note);
    report.add(CEILING, "broker consume, " + kind + " records", r.consume().perSecond(), "records/s",
        String.format(java.util.Locale.ROOT, "%.1f MiB/s", r.consume().perSecond() * r.meanRecordBytes() / MIB));
  }

  private static void pipeline(Report report, BenchPlan plan, PipelineRun.Result r, Samples samples) {
    report.completed(r.complete());
    report.add(PIPELINE, "articles measured (after warm-up)", plan.articles(), "articles",
        plan.warmup() + " warm-up first; " + plan.partitions() + " partitions");
    Stats.Window sqliteWindow = null;
    for (PipelineRun.StoreResult store : r.stores()) {
      List<CommitClock.Batch> batches = store.clock().batches();
      batches.sort(Comparator.comparingLong(CommitClock.Batch::committedAtMillis));
      long[] times = batches.stream().mapToLong(CommitClock.Batch::committedAtMillis).toArray();
      int[] counts = batches.stream().mapToInt(CommitClock.Batch::newArticles).toArray();
      List<CommitClock.Commit> commits = store.clock().commits();
      long firstFetch = commits.stream().mapToLong(CommitClock.Commit::fetchedAtMillis).min().orElse(0);
      Stats.Window w = Stats.afterWarmup(times, counts, plan.warmup(), firstFetch);
      if (sqliteWindow == null) {
        sqliteWindow = w;
      }
      long[] latencies = commits.stream().filter(c -> !r.warmupIds().contains(c.articleId()))
          .mapToLong(c -> c.committedAtMillis() - c.fetchedAtMillis()).toArray();
      String name = store.store();
      report.add(PIPELINE, "sustained rate into " + name, w.perSecond(), "articles/s",
          w.articles() + " articles in " + (w.toMillis() - w.fromMillis()) + " ms, " + batches.size() + " batches"
              + (w.steady() ? "" : "; no steady window: rate over the whole run"));
      report.add(PIPELINE, "latency fetch->row p50, " + name, Stats.percentile(latencies, 50), "ms",
          latencies.length + " articles");
      report.add(PIPELINE, "latency fetch->row p99, " + name, Stats.percentile(latencies, 99), "ms",
          plan.pagesPerSecond() > 0 ? "site paced at " + plan.pagesPerSecond() + " pages/s"
              : "saturated: includes queueing behind the slowest stage");
      report.add(PIPELINE, "articles in " + name, store.committed(), "articles",
          r.complete() ? "complete" : "INCOMPLETE");
    }
    report.add(PIPELINE, "quotes per article", Stats.ratio(r.quotes(), r.articlesInStore()), "quotes",
        r.quotes() + " quotes in SQLite");
    AppendTimes.OnTopics times = r.appendTimes();
    for (PipelineRun.StoreResult store : r.stores()) {
      HopLatency.Breakdown b = HopLatency.of(store.clock().commits(), r.warmupIds(), times.pages(), times.articles(),
          times.enriched(), store.store());
      HopLatency.addTo(report, HOPS, b, store == r.stores().get(0));
    }
    if (sqliteWindow != null && sqliteWindow.articles() > 0) {
      // CPU over the whole run (start of the stages to the last SQLite commit) per article, warm-up
      // included: stages work on different articles at the same moment (the fetcher may be done before
      // the sink starts), so a window after the warm-up would charge some stages nothing
      long from = r.startMillis();
      long to = sqliteWindow.toMillis();
      int total = plan.warmup() + plan.articles();
      Map<String, Long> cpu = r.sampler().cpuByCategory(from, to, classifier(r));
      for (String cat : CPU_ORDER) {
        Long nanos = cpu.get(cat);
        if (nanos != null) {
          report.add(CPU, cat, nanos / 1e6 / total, "ms/article", "thread CPU, whole run incl. warm-up");
        }
      }
      Stats.Window w = sqliteWindow;
      Map<String, Long> steady = r.sampler().cpuByCategory(w.fromMillis(), w.toMillis(), classifier(r));
      double windowSeconds = (w.toMillis() - w.fromMillis()) / 1000.0;
      report.add(CPU, "cores busy after the warm-up", steady.getOrDefault("process total", 0L) / 1e9 / windowSeconds,
          "cores", Runtime.getRuntime().availableProcessors() + " available");
      // JIT compilation is front-loaded: over a short run it weighs on the whole-run figures above
      for (String cat : List.of(JvmThreadCpu.GC, JvmThreadCpu.JIT)) {
        report.add(CPU, cat + " after the warm-up", steady.getOrDefault(cat, 0L) / 1e6 / w.articles(), "ms/article",
            "measured window only: " + w.articles() + " articles");
      }
    }
    report.add(MEMORY, "peak heap used (sampled)", r.sampler().peakHeapUsed() / MIB, "MiB",
        "max heap " + Math.round(Runtime.getRuntime().maxMemory() / MIB) + " MiB; whole JVM incl. broker");
    gc(report, r.gc(), plan.warmup() + plan.articles());
    report.add(MEMORY, "peak RSS (VmHWM)", ProcessMemory.peakRssBytes() / MIB, "MiB", "whole process incl. ceilings");
    report.add(MEMORY, "RSS at end (VmRSS)", ProcessMemory.rssBytes() / MIB, "MiB", "");
    int total = plan.warmup() + plan.articles();
    for (Map.Entry<String, Long> t : r.topicBytes().entrySet()) {
      if (t.getKey().startsWith("bench.ceiling")) {
        continue;
      }
      report.add(TOPICS, t.getKey(), (double) t.getValue() / total, "bytes",
          "on disk, compressed; " + Math.round(t.getValue() / MIB) + " MiB total");
    }
    report.add(TOPICS, "page record, uncompressed", mean(samples.pageRecords()), "bytes", "Avro FetchedPage");
    report.add(TOPICS, "enriched record, uncompressed", mean(samples.enrichedRecords()), "bytes", "Avro EnrichedArticle");
    report.add(TOPICS, "HTML served per page", (double) r.bytesServed() / Math.max(1, r.pagesServed()), "bytes",
        r.pagesServed() + " pages served");
  }

  private static void gc(Report report, GcWatch.Summary gc, int articles) {
    String note = "pipeline run incl. warm-up";
    report.add(MEMORY, "heap after GC, peak", gc.peakHeapAfterBytes() / MIB, "MiB", "live data + what G1 kept; " + note);
    report.add(MEMORY, "heap after GC, last", gc.lastHeapAfterBytes() / MIB, "MiB", "growth check: compare with the peak");
    report.add(MEMORY, "GC pauses", gc.collections(), "pauses", note + "; by cause " + gc.byCause());
    int humongous = gc.causedBy(GcWatch.HUMONGOUS);
    report.add(MEMORY, "GC pauses started by humongous allocations", humongous, "pauses",
        String.format(java.util.Locale.ROOT, "%.0f%% of pauses", 100.0 * Stats.ratio(humongous, gc.collections())));
    report.add(MEMORY, "GC pause time per article", (double) gc.totalMillis() / articles, "ms/article",
        gc.totalMillis() + " ms in all");
  }

  /** Pipeline rate vs the slowest of the ceilings (Jsoup, broker, store) and vs the stages' own work. */
  private static void compare(Report report) {
    double pipeline = report.value(PIPELINE, "sustained rate into sqlite");
    String[] ceilings = {"Jsoup.parse", "broker produce, page records", "broker consume, page records",
        "broker produce, enriched records", "broker consume, enriched records", "SQLite upsert (JdbcArticleStore.write)"};
    String slowest = null;
    double slowestValue = Double.POSITIVE_INFINITY;
    for (String c : ceilings) {
      double v = report.value(CEILING, c);
      if (Double.isFinite(v) && v < slowestValue) {
        slowestValue = v;
        slowest = c;
      }
    }
    if (slowest != null) {
      report.add(COMPARE, "pipeline / slowest ceiling", Stats.ratio(pipeline, slowestValue), "x",
          "slowest: " + slowest + " at " + Report.format(slowestValue) + "/s; issue target >= 0.5");
    }
    double clean = report.value(CEILING, "clean stage work (ArticleMapper)");
    double enrich = report.value(CEILING, "enrich stage work (ArticleEnricher)");
    if (Double.isFinite(clean) && Double.isFinite(enrich)) {
      double serial = 1 / (1 / clean + 1 / enrich);
      int cores = Runtime.getRuntime().availableProcessors();
      report.add(COMPARE, "clean+enrich work, 1 core", serial, "articles/s", "1/(1/clean + 1/enrich)");
      report.add(COMPARE, "pipeline / clean+enrich work on all cores", Stats.ratio(pipeline, serial * cores), "x",
          cores + " cores; 1.0 = no overhead beyond the extractors");
    }
  }

  private static BiFunction<String, Long, String> classifier(PipelineRun.Result r) {
    return (name, id) -> {
      for (PipelineRun.StoreResult s : r.stores()) {
        if (s.clock().writerThreads().contains(id)) {
          return "sink " + s.store();
        }
      }
      if (name.startsWith("newsflow-fetch") || name.startsWith("newsflow-http") || name.contains("newsflow-ingest-fetch")) {
        return "fetch";
      }
      if (name.contains("newsflow-clean")) {
        return "clean";
      }
      if (name.contains("newsflow-enrich")) {
        return "enrich";
      }
      if (name.contains("newsflow-sink")) {
        return "sink kafka clients";
      }
      if (name.startsWith("bench-") || name.startsWith("HTTP-Dispatcher")) {
        return "bench harness (site, sampler)";
      }
      return "broker and other threads";
    };
  }

  private static double mean(List<byte[]> records) {
    return records.stream().mapToInt(b -> b.length).average().orElse(Double.NaN);
  }

  private static void machine(Report report, BenchPlan plan) {
    report.meta("startedAt", Instant.now().toString());
    report.meta("plan", plan);
    report.meta("cores", Runtime.getRuntime().availableProcessors());
    report.meta("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
    report.meta("memTotal", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
    report.meta("loadAverageAtStart", readQuietly(Path.of("/proc/loadavg")));
    report.meta("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    report.meta("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
    report.meta("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  private static String firstValue(Path file, String key) {
    String text = readQuietly(file);
    for (String line : text.split("\n")) {
      if (line.startsWith(key)) {
        int colon = line.indexOf(':');
        return colon < 0 ? line.strip() : line.substring(colon + 1).strip();
      }
    }
    return "unknown";
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static String pgPassword() {
    String p = System.getenv("PGPASSWORD");
    return p == null ? "" : p;
  }

  /** Removes a run's temporary folder (broker data, SQLite file), best effort. */
  static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // temp files: best effort
    }
  }

}
