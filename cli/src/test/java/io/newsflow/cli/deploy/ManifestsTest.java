package io.newsflow.cli.deploy;

import static io.newsflow.cli.deploy.Rendered.name;
import static io.newsflow.cli.deploy.Rendered.selects;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.kafka.TopicSetup;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders every Kubernetes overlay with {@code kubectl kustomize} and checks what a cluster would
 * only reveal at run time: probes, resources, selectors, config variable names, topics, autoscalers
 * (issue #8). Skipped without kubectl, except under CI.
 */
class ManifestsTest {
  private static final Path K8S = DeployFiles.repoRoot().resolve("k8s");
  private static final Set<String> STAGES = Set.of("ingest", "enrich", "sink");
  /** Secrets the prod overlay expects to exist already (README: created out of band, never committed). */
  private static final Set<String> EXTERNAL_SECRETS = Set.of("newsflow-db");
  /** Secrets written by the Strimzi operators for the KafkaUser "newsflow" and the cluster "newsflow". */
  private static final Set<String> STRIMZI_SECRETS = Set.of("newsflow", "newsflow-cluster-ca-cert");

  /** kubectl takes a second per render: each kustomization is rendered once per run. */
  private static final Map<String, Rendered> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Rendered render(String dir) throws Exception {
    Rendered r = RENDERED.get(dir);
    if (r == null) {
      r = new Rendered(dir, Kustomize.render(K8S.resolve(dir)));
      RENDERED.put(dir, r);
    }
    return r;
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void everyStageRunsAsADeploymentWithResourcesProbesAndMatchingSelectors(String overlay) throws Exception {
    Rendered r = render(overlay);
    List<JsonNode> deployments = r.ofKind("Deployment");
    assertThat(deployments.stream().map(d -> stage(d)).collect(Collectors.toSet()))
        .as("stages run by the Deployments of %s", overlay).containsExactlyInAnyOrderElementsOf(STAGES);
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode d : deployments) {
      String n = name(d);
      JsonNode pod = d.path("spec").path("template");
      soft.assertThat(selects(d.path("spec").path("selector").path("matchLabels"), pod.path("metadata").path("labels")))
          .as("%s: selector matches the pod template labels", n).isTrue();
      soft.assertThat(pod.path("spec").path("securityContext").path("runAsNonRoot").asBoolean())
          .as("%s runs as non-root", n).isTrue();
      for (JsonNode c : pod.path("spec").path("containers")) {
        JsonNode res = c.path("resources");
        for (String kind : List.of("requests", "limits")) {
          for (String what : List.of("cpu", "memory")) {
            soft.assertThat(res.path(kind).hasNonNull(what)).as("%s: resources.%s.%s", n, kind, what).isTrue();
          }
        }
        soft.assertThat(probe(c, "livenessProbe")).as("%s liveness probe", n).isEqualTo("/healthz:8080");
        soft.assertThat(probe(c, "readinessProbe")).as("%s readiness probe", n).isEqualTo("/readyz:8080");
      }
    }
    soft.assertThat(r.configValue("NEWSFLOW_HTTP_PORT", "8080")).as("the port the probes use").isEqualTo("8080");
    soft.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void everyDeploymentHasAPodDisruptionBudgetAndAServiceThatSelectIt(String overlay) throws Exception {
    Rendered r = render(overlay);
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode pdb : r.ofKind("PodDisruptionBudget")) {
      soft.assertThat(matching(r, pdb.path("spec").path("selector").path("matchLabels")))
          .as("Deployments selected by PodDisruptionBudget %s", name(pdb)).hasSize(1);
    }
    for (JsonNode d : r.ofKind("Deployment")) {
      JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
      soft.assertThat(r.ofKind("PodDisruptionBudget"))
          .as("a PodDisruptionBudget for %s", name(d))
          .anyMatch(p -> selects(p.path("spec").path("selector").path("matchLabels"), labels));
      soft.assertThat(r.ofKind("Service"))
          .as("a Service on port http/8080 for %s", name(d))
          .anyMatch(s -> selects(s.path("spec").path("selector"), labels)
              && s.path("spec").path("ports").findValuesAsText("targetPort").contains("http"));
    }
    JsonNode monitor = r.ofKind("ServiceMonitor").get(0);
    for (JsonNode s : r.ofKind("Service")) {
      soft.assertThat(selects(monitor.path("spec").path("selector").path("matchLabels"), s.path("metadata").path("labels")))
          .as("ServiceMonitor scrapes Service %s", name(s)).isTrue();
    }
    soft.assertThat(monitor.path("spec").path("endpoints").findValuesAsText("path")).containsOnly("/metrics");
    soft.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod", "jobs/replay", "jobs/replay-clean"})
  void everyEnvironmentVariableIsAConfigKeyOrAKafkaClientSetting(String dir) throws Exception {
    Rendered r = render(dir);
    boolean standalone = dir.startsWith("jobs/"); // applied after an overlay: its ConfigMap lives in the cluster
    SoftAssertions soft = new SoftAssertions();
    for (JsonNode cm : r.ofKind("ConfigMap")) {
      cm.path("data").fieldNames().forEachRemaining(k -> soft.assertThat(EnvNames.problem(k))
          .as("ConfigMap %s key %s", name(cm), k).isNull());
    }
    for (JsonNode s : r.ofKind("Secret")) {
      Set<String> keys = new HashSet<>();
      s.path("data").fieldNames().forEachRemaining(keys::add);
      s.path("stringData").fieldNames().forEachRemaining(keys::add);
      if (referencedByEnvFrom(r, name(s))) {
        keys.forEach(k -> soft.assertThat(EnvNames.problem(k)).as("Secret %s key %s", name(s), k).isNull());
      }
    }
    List<JsonNode> workloads = new ArrayList<>(r.ofKind("Deployment"));
    workloads.addAll(r.ofKind("Job"));
    assertThat(workloads).as("workloads of %s", dir).isNotEmpty();
    for (JsonNode w : workloads) {
      for (JsonNode c : w.path("spec").path("template").path("spec").path("containers")) {
        for (JsonNode e : c.path("env")) {
          soft.assertThat(EnvNames.problem(e.path("name").asText())).as("%s env", name(w)).isNull();
        }
        for (JsonNode from : c.path("envFrom")) {
          String cm = from.path("configMapRef").path("name").asText(null);
          String secret = from.path("secretRef").path("name").asText(null);
          if (cm != null && !standalone) {
            soft.assertThat(r.find("ConfigMap", cm)).as("%s reads ConfigMap %s", name(w), cm).isPresent();
          }
          if (secret != null && !(standalone || dir.endsWith("prod") && EXTERNAL_SECRETS.contains(secret))) {
            soft.assertThat(r.find("Secret", secret)).as("%s reads Secret %s", name(w), secret).isPresent();
          }
        }
      }
    }
    soft.assertAll();
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void kafkaTopicsDeclareEverySixTopicWithRoomToScale(String overlay) throws Exception {
    Rendered r = render(overlay);
    Topics topics = new Topics(r.configValue("NEWSFLOW_TOPIC_PREFIX", Topics.DEFAULT_PREFIX));
    Map<String, JsonNode> declared = kafkaTopics(r);
    assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(
        topics.all().stream().map(Topic::name).toList());
    int maxReplicas = 0;
    for (JsonNode so : r.ofKind("ScaledObject")) {
      maxReplicas = Math.max(maxReplicas, so.path("spec").path("maxReplicaCount").asInt());
    }
    for (JsonNode hpa : r.ofKind("HorizontalPodAutoscaler")) {
      maxReplicas = Math.max(maxReplicas, hpa.path("spec").path("maxReplicas").asInt());
    }
    for (JsonNode t : declared.values()) {
      assertThat(t.path("spec").path("partitions").asInt())
          .as("partitions of %s: at least 6 and at least the largest autoscaler maximum", t.path("spec").path("topicName"))
          .isGreaterThanOrEqualTo(Math.max(6, maxReplicas));
      assertThat(t.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isNotEmpty();
    }
    for (Topic<String, ?> t : topics.all()) {
      JsonNode config = declared.get(t.name()).path("spec").path("config");
      TopicSetup.configsOf(t, topics).forEach((key, value) -> assertThat(config.path(key).asText())
          .as("%s of %s: what the stages create it with when it is missing", key, t.name()).isEqualTo(value));
    }
    JsonNode pages = declared.get(topics.pages().name()).path("spec").path("config");
    assertThat(pages.path("compression.type").asText()).isEqualTo("zstd");
    assertThat(pages.path("retention.ms").asLong()).as("pages are kept forever: the re-clean source").isEqualTo(-1);
    assertThat(declared.get(topics.feeds().name()).path("spec").path("config").path("cleanup.policy").asText())
        .isEqualTo("compact");
  }

  @ParameterizedTest
  @ValueSource(strings = {"overlays/dev", "overlays/prod"})
  void autoscalersWatchTheRightGroupsAndTopics(String overlay) throws Exception {
    Rendered r = render(overlay);
    Topics topics = new Topics(r.configValue("NEWSFLOW_TOPIC_PREFIX", Topics.DEFAULT_PREFIX));
    String sinkGroup = r.configValue(SinkConfig.GROUP_ID.envName(), SinkConfig.GROUP_ID.defaultValue());
    Map<String, List<String>> expected = Map.of(
        "enrich", List.of(EnrichTopology.APPLICATION_ID, topics.articles().name()),
        "sink", List.of(sinkGroup, topics.enriched().name()));
    Map<String, JsonNode> declared = kafkaTopics(r);
    Set<String> scaledStages = new HashSet<>();
    for (JsonNode so : r.ofKind("ScaledObject")) {
      JsonNode target = r.find("Deployment", so.path("spec").path("scaleTargetRef").path("name").asText())
          .orElseThrow(() -> new AssertionError("ScaledObject " + name(so) + " targets no rendered Deployment"));
      String stage = stage(target);
      scaledStages.add(stage);
      assertThat(target.path("spec").has("replicas")).as("%s leaves replicas to KEDA", name(target)).isFalse();
      JsonNode trigger = so.path("spec").path("triggers").get(0);
      assertThat(trigger.path("type").asText()).isEqualTo("kafka");
      JsonNode meta = trigger.path("metadata");
      assertThat(List.of(meta.path("consumerGroup").asText(), meta.path("topic").asText()))
          .as("group and topic of the %s trigger", stage).isEqualTo(expected.get(stage));
      assertThat(declared).containsKey(meta.path("topic").asText());
      assertThat(meta.path("bootstrapServers").asText()).isEqualTo(r.configValue("NEWSFLOW_BOOTSTRAP_SERVERS", ""));
      assertThat(so.path("spec").path("maxReplicaCount").asInt())
          .isLessThanOrEqualTo(declared.get(meta.path("topic").asText()).path("spec").path("partitions").asInt());
    }
    assertThat(scaledStages).containsExactlyInAnyOrder("enrich", "sink");
    JsonNode hpa = r.ofKind("HorizontalPodAutoscaler").get(0);
    JsonNode hpaTarget = r.find("Deployment", hpa.path("spec").path("scaleTargetRef").path("name").asText()).orElseThrow();
    assertThat(stage(hpaTarget)).isEqualTo("ingest");
    assertThat(hpa.path("spec").path("metrics").findValuesAsText("name")).contains("cpu");
    assertThat(hpaTarget.path("spec").path("template").path("spec").path("containers").get(0).path("envFrom")
        .findValuesAsText("name")).as("the autoscaled cleaner fetches nothing: every fetcher fetches every source")
        .doesNotContain("newsflow-ingest-sources");
  }

  @Test
  void prodPassesKafkaTlsAndSaslToEveryClientAndToKeda() throws Exception {
    Rendered r = render("overlays/prod");
    assertThat(r.configValue("NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "")).isEqualTo("SASL_SSL");
    assertThat(r.configValue("NEWSFLOW_KAFKA_SASL_MECHANISM", "")).isEqualTo("SCRAM-SHA-512");
    String truststore = r.configValue("NEWSFLOW_KAFKA_SSL_TRUSTSTORE_LOCATION", "");
    for (JsonNode d : r.ofKind("Deployment")) {
      JsonNode c = d.path("spec").path("template").path("spec").path("containers").get(0);
      JsonNode jaas = null;
      for (JsonNode e : c.path("env")) {
        if (e.path("name").asText().equals("NEWSFLOW_KAFKA_SASL_JAAS_CONFIG")) {
          jaas = e.path("valueFrom").path("secretKeyRef");
        }
      }
      assertThat(jaas).as("%s: SASL login from a Secret", name(d)).isNotNull();
      assertThat(STRIMZI_SECRETS).contains(jaas.path("name").asText());
      assertThat(c.path("volumeMounts").findValuesAsText("mountPath"))
          .as("%s mounts the CA the truststore setting names", name(d))
          .anyMatch(truststore::startsWith);
    }
    for (JsonNode so : r.ofKind("ScaledObject")) {
      String auth = so.path("spec").path("triggers").get(0).path("authenticationRef").path("name").asText();
      assertThat(r.find("TriggerAuthentication", auth)).as("KEDA authentication of %s", name(so)).isPresent();
    }
    assertThat(r.ofKind("Secret")).as("no credential is committed in prod")
        .noneMatch(s -> s.path("data").has("password") || s.path("stringData").has("NEWSFLOW_SINK_JDBC_PASSWORD")
            || s.path("data").has("NEWSFLOW_SINK_JDBC_PASSWORD"));
  }

  @Test
  void replayJobsRunReplayEnrichAndCleanOnce() throws Exception {
    for (String step : List.of("enrich", "clean")) {
      Rendered r = render(step.equals("enrich") ? "jobs/replay" : "jobs/replay-clean");
      JsonNode job = r.ofKind("Job").get(0);
      JsonNode spec = job.path("spec").path("template").path("spec");
      List<String> args = new ArrayList<>();
      spec.path("containers").get(0).path("args").forEach(a -> args.add(a.asText()));
      assertThat(args).startsWith("replay", step);
      assertThat(spec.path("restartPolicy").asText()).isEqualTo("Never");
      assertThat(spec.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    }
  }

  private static Map<String, JsonNode> kafkaTopics(Rendered r) {
    Map<String, JsonNode> byTopic = new HashMap<>();
    for (JsonNode t : r.ofKind("KafkaTopic")) {
      String topic = t.path("spec").path("topicName").asText(name(t));
      assertThat(byTopic.put(topic, t)).as("KafkaTopic %s declared once", topic).isNull();
    }
    return byTopic;
  }

  private static List<JsonNode> matching(Rendered r, JsonNode matchLabels) {
    return r.ofKind("Deployment").stream()
        .filter(d -> selects(matchLabels, d.path("spec").path("template").path("metadata").path("labels"))).toList();
  }

  private static boolean referencedByEnvFrom(Rendered r, String secret) {
    return r.ofKind("Deployment").stream().anyMatch(d -> d.path("spec").path("template").path("spec")
        .path("containers").findValues("secretRef").stream().anyMatch(s -> secret.equals(s.path("name").asText())));
  }

  /** The newsflow command a Deployment runs (its first argument). */
  private static String stage(JsonNode deployment) {
    return deployment.path("spec").path("template").path("spec").path("containers").get(0).path("args").get(0).asText();
  }

  /** "path:port" of an HTTP probe, a named port resolved through the container's ports. */
  private static String probe(JsonNode container, String probe) {
    JsonNode get = container.path(probe).path("httpGet");
    if (get.isMissingNode()) {
      return "none";
    }
    JsonNode port = get.path("port");
    String resolved = port.asText();
    if (!port.isInt()) {
      for (JsonNode p : container.path("ports")) {
        if (p.path("name").asText().equals(port.asText())) {
          resolved = p.path("containerPort").asText();
        }
      }
    }
    return get.path("path").asText() + ":" + resolved;
  }
}
