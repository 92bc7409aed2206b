package io.newsflow.common.config;

import java.util.List;

/** Renders key declarations as the Markdown table the README carries (a test keeps them equal). */
public final class ConfigDocs {
  private ConfigDocs() {}

  public static String markdownTable(List<ConfigKey<?>> keys) {
    StringBuilder sb = new StringBuilder("| key | environment | default | description |\n|---|---|---|---|\n");
    for (ConfigKey<?> k : keys) {
      sb.append("| `").append(k.name()).append("` | `").append(k.envName()).append("` | ")
          .append(k.defaultValue() == null ? "" : "`" + k.defaultValue() + "`").append(" | ")
          .append(k.doc().replace("|", "\\|")).append(" |\n");
    }
    return sb.toString();
  }
}
