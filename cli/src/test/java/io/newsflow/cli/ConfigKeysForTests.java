package io.newsflow.cli;

import io.newsflow.common.config.ConfigKey;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test-only window on {@link ConfigCommand#allKeys()} for tests in other packages (deployment checks). */
public final class ConfigKeysForTests {
  private ConfigKeysForTests() {}

  /** Environment variable name to key, for every key {@code newsflow config} lists. */
  public static Map<String, ConfigKey<?>> byEnvName() {
    Map<String, ConfigKey<?>> out = new LinkedHashMap<>();
    ConfigCommand.allKeys().forEach(k -> out.put(k.envName(), k));
    return out;
  }
}
