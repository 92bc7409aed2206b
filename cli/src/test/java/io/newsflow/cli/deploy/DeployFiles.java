package io.newsflow.cli.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's deployment files from the test's working directory (the cli module). */
final class DeployFiles {
  private DeployFiles() {}

  /** The repository root: the nearest ancestor holding both k8s/ and docker-compose.yml. */
  static Path repoRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("k8s")) && Files.isRegularFile(p.resolve("docker-compose.yml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no ancestor of " + Path.of("").toAbsolutePath()
        + " holds k8s/ and docker-compose.yml");
  }
}
