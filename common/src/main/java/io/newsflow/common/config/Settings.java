package io.newsflow.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Raw configuration values from flags, environment and an optional properties file; typed access
 * through {@link ConfigKey}s. Invalid values fail at start-up with a message naming the key, the
 * value, where it came from and what is allowed.
 */
public final class Settings {
  private final Map<String, String> flags;
  private final Map<String, String> env;
  private final Map<String, String> file;

  public Settings(Map<String, String> flags, Map<String, String> env, Map<String, String> file) {
    this.flags = Map.copyOf(flags);
    this.env = Map.copyOf(env);
    this.file = Map.copyOf(file);
  }

  /** Flags over the process environment over the file (if given) over defaults. */
  public static Settings load(Map<String, String> flags, Path configFile) {
    return new Settings(flags, System.getenv(), configFile == null ? Map.of() : readFile(configFile));
  }

  public static Settings of(Map<String, String> flags) {
    return new Settings(flags, Map.of(), Map.of());
  }

  public <T> T get(ConfigKey<T> key) {
    String source;
    String raw;
    if (flags.containsKey(key.name())) {
      source = "flag --set " + key.name();
      raw = flags.get(key.name());
    } else if (env.containsKey(key.envName())) {
      source = "environment variable " + key.envName();
      raw = env.get(key.envName());
    } else if (file.containsKey(key.name())) {
      source = "config file key " + key.name();
      raw = file.get(key.name());
    } else {
      source = "default of " + key.name();
      raw = key.defaultValue();
    }
    if (raw == null) {
      return null;
    }
    try {
      return key.parse(raw);
    } catch (RuntimeException e) {
      throw new ConfigException("invalid value '" + raw + "' for " + key.name() + " (from " + source + "): "
          + e.getMessage() + ". " + key.doc());
    }
  }

  /** All raw values whose names start with {@code prefix}, prefix removed (e.g. Kafka client pass-through). */
  public Map<String, String> withPrefix(String prefix) {
    Map<String, String> out = new TreeMap<>();
    collect(file, prefix, out, false);
    String envPrefix = "NEWSFLOW_" + prefix.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (e.getKey().startsWith(envPrefix)) {
        out.put(e.getKey().substring(envPrefix.length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), e.getValue());
      }
    }
    collect(flags, prefix, out, true);
    return out;
  }

  private static void collect(Map<String, String> src, String prefix, Map<String, String> out, boolean override) {
    for (Map.Entry<String, String> e : src.entrySet()) {
      if (e.getKey().startsWith(prefix) && (override || !out.containsKey(e.getKey()))) {
        out.put(e.getKey().substring(prefix.length()), e.getValue());
      }
    }
  }

  private static Map<String, String> readFile(Path path) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + path + ": " + e.getMessage()
          + ". Pass an existing Java properties file to --config.");
    }
    Map<String, String> m = new HashMap<>();
    p.forEach((k, v) -> m.put(k.toString(), v.toString()));
    return m;
  }
}
