package io.newsflow.common.cli;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every stage command accepts (a picocli mixin). Named options are shortcuts for config
 * keys; {@code --set key=value} sets any key; {@code --config FILE} reads a properties file;
 * environment variables {@code NEWSFLOW_<KEY>} apply when no flag is given.
 */
public final class CommonOptions {
  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
      description = "Kafka bootstrap servers (key bootstrap.servers; env NEWSFLOW_BOOTSTRAP_SERVERS; default localhost:9092).")
  String bootstrapServers;

  @Option(names = "--http-port", paramLabel = "PORT",
      description = "Port for /metrics, /healthz, /readyz (key http.port; default 8080; 0 = any free port).")
  Integer httpPort;

  @Option(names = "--config", paramLabel = "FILE", description = "Java properties file with config keys.")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "Set any config key, e.g. --set bad.input=skip or --set kafka.security.protocol=SSL. Repeatable.")
  Map<String, String> set = new LinkedHashMap<>();

  public Settings settings() {
    return settings(Map.of());
  }

  /** Settings with a command's own named options (given as key/value) over --set values. */
  public Settings settings(Map<String, String> commandFlags) {
    Map<String, String> flags = new LinkedHashMap<>(set);
    flags.putAll(commandFlags);
    if (bootstrapServers != null) {
      flags.put(CommonConfig.BOOTSTRAP_SERVERS.name(), bootstrapServers);
    }
    if (httpPort != null) {
      flags.put(CommonConfig.HTTP_PORT.name(), String.valueOf(httpPort));
    }
    return Settings.load(flags, configFile);
  }
}
