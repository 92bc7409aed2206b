package io.newsflow.common.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the evaluation data ({@code <repo>/../shared/data}; surefire passes it as the system
 * property {@code newsflow.shared.data}). Tests that need it skip with a message when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path dir() {
    String p = System.getProperty("newsflow.shared.data", "../shared/data");
    return Path.of(p);
  }

  public static Path require(String relative) {
    Path p = dir().resolve(relative);
    assumeTrue(Files.exists(p), "evaluation data not found at " + p.toAbsolutePath() + " - skipping");
    return p;
  }
}
