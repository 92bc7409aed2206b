package io.newsflow.common.config;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One configuration key, declared once with its type, default and documentation (Kafka's
 * {@code ConfigDef} idea). Settable, in order of precedence, by command-line flag
 * ({@code --set name=value} or the command's named option), environment variable
 * ({@link #envName()}), config file ({@code --config FILE}, Java properties) and the default.
 *
 * @param <T> the parsed type
 */
public final class ConfigKey<T> {
  private final String name;
  private final String defaultValue;
  private final String doc;
  private final Function<String, T> parser;
  private final String typeName;

  private ConfigKey(String name, String typeName, String defaultValue, String doc, Function<String, T> parser) {
    this.name = Objects.requireNonNull(name);
    this.typeName = typeName;
    this.defaultValue = defaultValue;
    this.doc = Objects.requireNonNull(doc);
    this.parser = parser;
  }

  public static ConfigKey<String> string(String name, String defaultValue, String doc) {
    return new ConfigKey<>(name, "string", defaultValue, doc, s -> s);
  }

  public static ConfigKey<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
    return new ConfigKey<>(name, "int", String.valueOf(defaultValue), doc, s -> {
      int v = parseNumber(s, Integer::parseInt);
      if (v < min || v > max) {
        throw new IllegalArgumentException("must be between " + min + " and " + max);
      }
      return v;
    });
  }

  public static ConfigKey<Long> longValue(String name, long defaultValue, long min, String doc) {
    return new ConfigKey<>(name, "long", String.valueOf(defaultValue), doc, s -> {
      long v = parseNumber(s, Long::parseLong);
      if (v < min) {
        throw new IllegalArgumentException("must be at least " + min);
      }
      return v;
    });
  }

  public static ConfigKey<Boolean> bool(String name, boolean defaultValue, String doc) {
    return new ConfigKey<>(name, "boolean", String.valueOf(defaultValue), doc, s -> {
      String v = s.strip().toLowerCase(Locale.ROOT);
      if (!v.equals("true") && !v.equals("false")) {
        throw new IllegalArgumentException("must be true or false");
      }
      return Boolean.parseBoolean(v);
    });
  }

  public static <E extends Enum<E>> ConfigKey<E> enumValue(String name, Class<E> type, E defaultValue, String doc) {
    return new ConfigKey<>(name, "enum", defaultValue.name().toLowerCase(Locale.ROOT).replace('_', '-'), doc,
        s -> {
          try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
          } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
              allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw new IllegalArgumentException("must be one of " + allowed);
          }
        });
  }

  private static <N> N parseNumber(String s, Function<String, N> parser) {
    try {
      return parser.apply(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a whole number");
    }
  }

  public String name() { return name; }
  public String doc() { return doc; }
  public String defaultValue() { return defaultValue; }
  public String typeName() { return typeName; }

  /** NEWSFLOW_ plus the upper-cased name with dots and dashes as underscores. */
  public String envName() {
    return "NEWSFLOW_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  T parse(String raw) {
    return parser.apply(raw);
  }
}
