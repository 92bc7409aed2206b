package io.newsflow.common.cli;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.common.lifecycle.StageRunner;
import io.newsflow.common.metrics.Metrics;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages the same way for every command: topics ensured, one HTTP server with /metrics,
 * /healthz, /readyz (ready when every stage is), stages started, everything closed on SIGTERM.
 */
public final class StageCommands {
  private static final Logger log = LoggerFactory.getLogger(StageCommands.class);
  /** Partitions of topics this process creates; scale = partitions x instances. */
  public static final int DEFAULT_PARTITIONS = 6;

  private StageCommands() {}

  /** Creates the stages of one process. */
  @FunctionalInterface
  public interface StageFactory {
    List<Stage> create(MeterRegistry registry, StageRunner runner) throws Exception;
  }

  /** Hook to add routes (the sink's API) to the HTTP server before it starts. */
  @FunctionalInterface
  public interface Routes {
    void addTo(HttpEndpoints endpoints);
  }

  public static int run(CommonConfig config, StageFactory factory) throws Exception {
    return run(config, new StageRunner(), factory, e -> { });
  }

  public static int run(CommonConfig config, StageRunner runner, StageFactory factory, Routes routes)
      throws Exception {
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    try {
      TopicSetup.ensureTopics(config, DEFAULT_PARTITIONS);
      List<Stage> stages = factory.create(registry, runner);
      HttpEndpoints http = runner.own(new HttpEndpoints("0.0.0.0", config.httpPort(), registry));
      for (Stage s : stages) {
        http.addReadiness(s.name(), s::isReady);
      }
      routes.addTo(http);
      http.start();
      for (Stage s : stages) {
        s.start();
      }
      log.info("started {}; metrics and health on http://localhost:{}/metrics", 
          stages.stream().map(Stage::name).toList(), http.port());
      runner.runUntilStopped(stages);
      return 0;
    } finally {
      runner.closeAll();
      registry.close();
    }
  }
}
