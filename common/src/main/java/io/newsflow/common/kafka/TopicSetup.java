package io.newsflow.common.kafka;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the newsflow topics that are missing. Partitions bound the parallelism of each stage
 * (scale = partitions x instances); the broker's default replication factor is used. Each accepts
 * records up to {@link KafkaClients#TOPIC_MAX_MESSAGE_BYTES}, so only the producer's own limit
 * refuses an oversized record. Existing topics whose limit is lower (created by an older version or by
 * hand with the broker default of 1 MB) are raised to it; a limit is never lowered.
 */
public final class TopicSetup {
  private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
  static final String MAX_MESSAGE_BYTES = "max.message.bytes";

  private TopicSetup() {}

  /**
   * Raises {@code max.message.bytes} of the named existing topics to the newsflow limit where it is
   * lower, so a large page accepted by one version is not refused by the broker after an upgrade. A
   * refusal (e.g. no ALTER_CONFIGS permission on a secured cluster) is a warning that says what to do,
   * not a failure: the stages still run, and oversized records become dead letters.
   *
   * @return the topics whose limit was raised
   */
  static List<String> raiseMessageLimits(Admin admin, Collection<String> names)
      throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
    if (names.isEmpty()) {
      return List.of();
    }
    List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs;
    try {
      configs = admin.describeConfigs(resources).all().get(60, TimeUnit.SECONDS);
    } catch (ExecutionException refused) { // e.g. no DESCRIBE_CONFIGS right: the same warning, not a failure
      log.warn("cannot read {} of the newsflow topics ({}); records above a topic's limit become dead letters",
          MAX_MESSAGE_BYTES, refused.getCause().toString());
      return List.of();
    }
    Map<ConfigResource, Collection<AlterConfigOp>> raises = new java.util.LinkedHashMap<>();
    for (Map.Entry<ConfigResource, Config> e : configs.entrySet()) {
      ConfigEntry limit = e.getValue().get(MAX_MESSAGE_BYTES);
      if (limit != null && limit.value() != null && Long.parseLong(limit.value()) < KafkaClients.TOPIC_MAX_MESSAGE_BYTES) {
        raises.put(e.getKey(), List.of(new AlterConfigOp(
            new ConfigEntry(MAX_MESSAGE_BYTES, String.valueOf(KafkaClients.TOPIC_MAX_MESSAGE_BYTES)), AlterConfigOp.OpType.SET)));
      }
    }
    List<String> raised = new ArrayList<>();
    for (Map.Entry<ConfigResource, KafkaFuture<Void>> e : admin.incrementalAlterConfigs(raises).values().entrySet()) {
      String topic = e.getKey().name();
      try {
        e.getValue().get(60, TimeUnit.SECONDS);
        raised.add(topic);
        log.info("raised {} of topic {} to {} bytes", MAX_MESSAGE_BYTES, topic, KafkaClients.TOPIC_MAX_MESSAGE_BYTES);
      } catch (ExecutionException refused) {
        log.warn("topic {} keeps a lower {} ({}); records above it become dead letters. Raise it with: "
            + "kafka-configs.sh --alter --entity-type topics --entity-name {} --add-config {}={}", topic, MAX_MESSAGE_BYTES,
            refused.getCause().toString(), topic, MAX_MESSAGE_BYTES, KafkaClients.TOPIC_MAX_MESSAGE_BYTES);
      }
    }
    return raised;
  }

  /**
   * Waits until every partition of the new topics has a leader. Producing earlier gets
   * NOT_LEADER_OR_FOLLOWER for the first batch; an idempotent producer whose later batches were
   * accepted meanwhile then retries that batch with an out-of-order sequence until it times out.
   */
  static void awaitLeaders(Admin admin, List<String> names)
      throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      boolean ready;
      try {
        ready = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
            .flatMap(d -> d.partitions().stream())
            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException)) {
          throw e;
        }
        ready = false; // created, but the metadata has not reached the broker we asked yet
      }
      if (ready) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("partitions of " + names + " have no leader after 60 s");
  }

  /**
   * The settings a topic is created with, the same as the deployment manifests declare (k8s/base/topics.yaml,
   * docker-compose.yml): pages are kept forever (the re-clean source), articles compacted to the newest clean
   * per article (the re-enrich source), feeds compacted to the newest settings per source.
   */
  public static Map<String, String> configsOf(Topic<String, ?> t, Topics topics) {
    Map<String, String> configs = new java.util.HashMap<>();
    configs.put(MAX_MESSAGE_BYTES, String.valueOf(KafkaClients.TOPIC_MAX_MESSAGE_BYTES));
    if (t == topics.feeds()) {
      configs.put("cleanup.policy", "compact");
      return configs; // small JSON values: not worth compressing
    }
    configs.put("compression.type", "zstd");
    if (t == topics.pages()) {
      configs.put("retention.ms", "-1");
    } else if (t == topics.articles()) {
      configs.put("cleanup.policy", "compact");
    }
    return configs;
  }

  public static void ensureTopics(CommonConfig config, int partitions) {
    Topics topics = new Topics(config.topicPrefix());
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<String, ?> t : topics.all()) {
        if (!existing.contains(t.name())) {
          NewTopic nt = new NewTopic(t.name(), java.util.Optional.of(partitions), java.util.Optional.empty());
          nt.configs(configsOf(t, topics));
          missing.add(nt);
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
      }
      raiseMessageLimits(admin, topics.all().stream().map(Topic::name).filter(existing::contains).toList());
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) { // another instance created them first: fine
        throw new IllegalStateException("cannot create topics on " + config.bootstrapServers() + ": " + e.getCause(), e);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Kafka at " + config.bootstrapServers()
          + " did not answer within 60 s; check --bootstrap-servers and that the broker runs", e);
    }
  }
}
