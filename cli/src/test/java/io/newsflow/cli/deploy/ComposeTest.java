package io.newsflow.cli.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml gives a working pipeline: the broker, the database, the three stages configured
 * by real config variables, topics created first, health checks everywhere (issue #8). When Debian's
 * {@code docker-compose} is installed, its own validation runs too (it needs no Docker engine).
 */
class ComposeTest {
  private static final Path ROOT = DeployFiles.repoRoot();
  private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");
  private static final Map<String, String> STAGES = Map.of("ingest", "ingest", "enrich", "enrich", "sink", "sink");

  private static JsonNode services() throws Exception {
    JsonNode root = new YAMLMapper().readTree(COMPOSE.toFile());
    return root.path("services");
  }

  @Test
  void hasTheBrokerTheDatabaseAndEachStageAsItsOwnService() throws Exception {
    JsonNode services = services();
    assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
    assertThat(services.path("kafka").path("environment").path("KAFKA_PROCESS_ROLES").asText())
        .as("KRaft, no ZooKeeper").contains("controller");
    assertThat(services.path("postgres").path("image").asText()).startsWith("postgres:");
    STAGES.forEach((service, command) -> {
      JsonNode s = services.path(service);
      assertThat(s.path("command").get(0).asText()).as("command of %s", service).isEqualTo(command);
      assertThat(s.path("environment").path("NEWSFLOW_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
      assertThat(s.path("depends_on").path("kafka-init").path("condition").asText())
          .as("%s starts after the topics exist", service).isEqualTo("service_completed_successfully");
    });
    assertThat(services.path("sink").path("environment").path("NEWSFLOW_SINK_JDBC_URL").asText())
        .startsWith("jdbc:postgresql://postgres:");
    assertThat(services.path("sink").path("depends_on").path("postgres").path("condition").asText())
        .isEqualTo("service_healthy");
    assertThat(services.path("prometheus").path("profiles").toString()).contains("monitoring");
  }

  @Test
  void everyNewsflowVariableIsARealConfigKey() throws Exception {
    JsonNode services = services();
    SoftAssertions soft = new SoftAssertions();
    List<String> newsflowServices = new ArrayList<>(STAGES.keySet());
    newsflowServices.add("cli");
    for (String service : newsflowServices) {
      JsonNode env = services.path(service).path("environment");
      assertThat(env.isObject()).as("environment of %s is a map", service).isTrue();
      env.fieldNames().forEachRemaining(name -> soft.assertThat(EnvNames.problem(name))
          .as("%s environment", service).isNull());
    }
    soft.assertAll();
  }

  @Test
  void everyLongRunningServiceHasAHealthCheck() throws Exception {
    JsonNode services = services();
    SoftAssertions soft = new SoftAssertions();
    services.fieldNames().forEachRemaining(name -> {
      JsonNode s = services.path(name);
      boolean oneShot = name.equals("kafka-init") || s.path("profiles").toString().contains("tools");
      if (!oneShot) {
        soft.assertThat(s.path("healthcheck").path("test").isArray()).as("health check of %s", name).isTrue();
      }
    });
    for (String stage : STAGES.keySet()) {
      soft.assertThat(services.path(stage).path("healthcheck").path("test").toString())
          .as("%s is healthy when ready", stage).contains("/readyz");
    }
    soft.assertAll();
  }

  @Test
  void initServiceCreatesEverySixTopic() throws Exception {
    JsonNode services = services();
    String prefix = services.path("enrich").path("environment").path("NEWSFLOW_TOPIC_PREFIX").asText(Topics.DEFAULT_PREFIX);
    String script = services.path("kafka-init").path("command").toString();
    Topics topics = new Topics(prefix);
    for (Topic<String, ?> t : topics.all()) {
      assertThat(script).as("kafka-init creates %s", t.name()).containsPattern("topic " + t.name().replace(".", "\\.") + "\\b(?!\\.)");
      String line = script.substring(script.indexOf("topic " + t.name() + " "));
      line = line.substring(0, line.indexOf("\\n"));
      for (Map.Entry<String, String> c : TopicSetup.configsOf(t, topics).entrySet()) {
        assertThat(line).as("kafka-init creates %s as the stages would", t.name())
            .contains("--config " + c.getKey() + "=" + c.getValue());
      }
    }
    assertThat(script).contains("--if-not-exists");
  }

  @Test
  void dockerComposeAcceptsTheFile() throws Exception {
    Path binary = Set.of("/usr/bin/docker-compose", "/usr/local/bin/docker-compose").stream().map(Path::of)
        .filter(Files::isExecutable).findFirst().orElse(null);
    if (binary == null && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("docker-compose is required under CI (apt-get install docker-compose)");
    }
    assumeTrue(binary != null, "docker-compose not installed - skipping its validation");
    Path err = Files.createTempFile("compose", ".err");
    try {
      Process p = new ProcessBuilder(binary.toString(), "-f", COMPOSE.toString(),
          "--profile", "monitoring", "--profile", "tools", "config", "-q")
          .directory(ROOT.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("docker-compose config finishes").isTrue();
      assertThat(p.exitValue()).as("docker-compose config -q: %s", Files.readString(err, StandardCharsets.UTF_8))
          .isZero();
    } finally {
      Files.deleteIfExists(err);
    }
  }

  @Test
  void dockerfileRunsTheJarOnAJreAsANonRootUserWithContainerAwareMemory() throws Exception {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
    List<String> lines = dockerfile.lines().map(String::strip).toList();
    String lastFrom = lines.stream().filter(l -> l.startsWith("FROM ")).reduce((a, b) -> b).orElseThrow();
    assertThat(lastFrom).as("runtime base").containsPattern("-jre\\b");
    String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
    assertThat(user.substring(5).strip()).as("numeric non-root user, verifiable by runAsNonRoot").matches("[1-9][0-9]*(:[0-9]+)?");
    assertThat(dockerfile).contains("MaxRAMPercentage").contains("HEALTHCHECK").contains("/healthz");
    assertThat(new File(ROOT.toFile(), "Dockerfile")).exists();
  }
}
