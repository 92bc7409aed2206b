package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.streams.StreamsSettings;
import io.newsflow.common.streams.StreamsStage;
import io.newsflow.enrich.topics.Stems;
import io.newsflow.schemas.Topics;
import java.util.List;

/** Assembles the enrich stage. */
public final class EnrichApp {
  static final String STAGE = "enrich";

  private EnrichApp() {}

  public static List<Stage> create(CommonConfig common, EnrichConfig config, MeterRegistry registry,
      StageRunner runner) {
    Topics topics = new Topics(common.topicPrefix());
    Stems.limit(config.stemMemoWords());
    DeadLetters deadLetters = new DeadLetters(STAGE, common.badInput(), null, topics.deadLetters(), registry);
    return List.of(runner.own(new StreamsStage("enrich",
        EnrichTopology.build(topics, new MeteredEnricher(new ArticleEnricher(), registry), deadLetters),
        StreamsSettings.of(common, EnrichTopology.APPLICATION_ID, common.stateDir().resolve("enrich"),
            config.threads(), StreamsSettings.ARTICLE_RECORDS_BUFFERED),
        registry)));
  }
}
