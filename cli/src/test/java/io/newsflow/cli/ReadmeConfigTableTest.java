package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.config.ConfigDocs;
import io.newsflow.common.config.ConfigKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's configuration table is the one generated from the key declarations. */
class ReadmeConfigTableTest {
  @Test
  void readmeCarriesTheGeneratedConfigTable() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .as("README config table is stale: paste the output of `newsflow config`")
        .contains(ConfigDocs.markdownTable(ConfigCommand.allKeys()));
  }

  @Test
  void everyKeyIsDocumentedAndUnique() {
    Set<String> names = new HashSet<>();
    for (ConfigKey<?> k : ConfigCommand.allKeys()) {
      assertThat(k.doc()).as(k.name()).hasSizeGreaterThan(15);
      assertThat(names.add(k.name())).as("duplicate key %s", k.name()).isTrue();
    }
  }
}
