package io.newsflow.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.cli.CommonOptions;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.ids.Ids;
import io.newsflow.common.streams.ReplayRun;
import io.newsflow.common.streams.StreamsSettings;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.ingest.ArticleMapper;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.CleanTopology;
import io.newsflow.schemas.Topics;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow replay enrich --bootstrap-servers kafka:9092}: re-runs the cleaner over
 * {@code pages} or the extractors over {@code articles} with the current code, beside the live
 * pipeline, so the store converges to the newest extractor version.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Reprocess the corpus with the current extractors without stopping the live pipeline.",
        "  clean  : re-clean every page in <prefix>.pages into <prefix>.articles (then enrich and sink follow)",
        "  enrich : re-enrich every article in <prefix>.articles into <prefix>.articles.enriched and .quotes",
        "Runs under its own application id, prints progress, and exits when it has processed what the topic",
        "held at its start. The sink keeps the newest extractor version of each article."})
public final class ReplayCommand implements Callable<Integer> {
  enum Step { clean, enrich }

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "clean|enrich", description = "What to replay: ${COMPLETION-CANDIDATES}.")
  Step step;

  @Option(names = "--from-time", paramLabel = "ISO-8601",
      description = "Replay records written at or after this time (e.g. 2026-11-01T00:00:00Z); default: from the beginning.")
  String fromTime;

  @Option(names = "--ids", split = ",", paramLabel = "ID",
      description = "Only these article ids (for clean: also canonical URLs).")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    CommonConfig c = CommonConfig.from(common.settings());
    Instant from = parseTime(fromTime);
    Topics topics = new Topics(c.topicPrefix());
    String appId = "newsflow-replay-" + step + "-" + System.currentTimeMillis();
    Predicate<String> keys = keyFilter();
    SimpleMeterRegistry registry = new SimpleMeterRegistry(); // a one-shot job: failures are logged
    DeadLetters deadLetters = new DeadLetters(step == Step.clean ? "ingest" : "enrich", c.badInput(),
        null, topics.deadLetters(), registry);
    var props = StreamsSettings.of(c, appId, c.stateDir().resolve(appId), 1,
        step == Step.clean ? StreamsSettings.PAGE_RECORDS_BUFFERED : StreamsSettings.ARTICLE_RECORDS_BUFFERED);
    var topology = step == Step.clean
        ? CleanTopology.build(topics, new ArticleMapper(new ArticleCleaner())::toArticle, deadLetters, keys)
        : EnrichTopology.build(topics, new ArticleEnricher(), deadLetters, keys);
    String source = step == Step.clean ? topics.pages().name() : topics.articles().name();
    long n = new ReplayRun(c, System.err).run(appId, source, topology, props, from);
    System.err.printf("replay %s done: %d records reprocessed%n", step, n);
    return 0;
  }

  private Predicate<String> keyFilter() {
    if (ids == null || ids.isEmpty()) {
      return k -> true;
    }
    Set<String> wanted = Set.copyOf(ids);
    return step == Step.clean ? k -> k != null && (wanted.contains(k) || wanted.contains(Ids.articleId(k)))
        : k -> k != null && wanted.contains(k);
  }

  private static Instant parseTime(String s) {
    if (s == null) {
      return null;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--from-time '" + s + "' is not an ISO-8601 instant such as 2026-11-01T00:00:00Z");
    }
  }
}
