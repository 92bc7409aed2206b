package io.newsflow.cli;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.ConfigDocs;
import io.newsflow.common.config.ConfigKey;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.sink.SinkConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code newsflow config}: prints every configuration key with its environment variable and default. */
@Command(name = "config", mixinStandardHelpOptions = true,
    description = {"List every configuration key (Markdown table): name, environment variable, default, meaning.",
        "Set a key by --set KEY=VALUE, by its environment variable, or in a --config properties file."})
public final class ConfigCommand implements Callable<Integer> {

  /** Every key of every stage, in the order the README lists them. */
  static List<ConfigKey<?>> allKeys() {
    List<ConfigKey<?>> keys = new ArrayList<>(CommonConfig.KEYS);
    keys.addAll(IngestConfig.KEYS);
    keys.addAll(EnrichConfig.KEYS);
    keys.addAll(SinkConfig.KEYS);
    keys.addAll(RunCommand.KEYS);
    return keys;
  }

  @Override
  public Integer call() {
    System.out.print(ConfigDocs.markdownTable(allKeys()));
    return 0;
  }
}
