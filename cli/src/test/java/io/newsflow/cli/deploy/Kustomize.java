package io.newsflow.cli.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize} into YAML trees. Without kubectl the
 * calling test is skipped, except under CI ({@code CI=true}), where it fails: CI must validate the manifests.
 */
final class Kustomize {
  private static final YAMLMapper YAML = new YAMLMapper();

  private Kustomize() {}

  static Path kubectl() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/kubectl"), Path.of("/usr/local/bin/kubectl")));
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        candidates.add(Path.of(dir, "kubectl"));
      }
    }
    for (Path c : candidates) {
      if (Files.isExecutable(c)) {
        return c;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("kubectl is required under CI to render k8s/; install it (e.g. apt-get install kubectl)");
    }
    assumeTrue(false, "kubectl not found - skipping the Kubernetes manifest checks");
    return null;
  }

  /** Every object {@code kubectl kustomize dir} renders, in order. */
  static List<JsonNode> render(Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(kubectl().toString(), "kustomize", dir.toString())
        .redirectErrorStream(false).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errPump = new Thread(() -> copy(p.getErrorStream(), err));
    errPump.start();
    copy(p.getInputStream(), out);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("kubectl kustomize " + dir + " did not finish within 60 s");
    }
    errPump.join();
    if (p.exitValue() != 0) {
      throw new AssertionError("kubectl kustomize " + dir + " failed (" + p.exitValue() + "): "
          + err.toString(StandardCharsets.UTF_8));
    }
    List<JsonNode> docs = new ArrayList<>();
    for (JsonNode d : YAML.readValues(YAML.createParser(out.toByteArray()), JsonNode.class).readAll()) {
      if (d != null && !d.isMissingNode() && !d.isNull()) {
        docs.add(d);
      }
    }
    return docs;
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try (in) {
      in.transferTo(out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
