package io.newsflow.common.kafka;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the newsflow topics that are missing. Partitions bound the parallelism of each stage
 * (scale = partitions x instances); the broker's default replication factor is used. Each accepts
 * records up to {@link KafkaClients#TOPIC_MAX_MESSAGE_BYTES}, so only the producer's own limit
 * refuses an oversized record (topics created earlier keep their setting).
 */
public final class TopicSetup {
  private TopicSetup() {}

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

  public static void ensureTopics(CommonConfig config, int partitions) {
    Topics topics = new Topics(config.topicPrefix());
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<String, ?> t : topics.all()) {
        if (!existing.contains(t.name())) {
          NewTopic nt = new NewTopic(t.name(), java.util.Optional.of(partitions), java.util.Optional.empty());
          Map<String, String> configs = new java.util.HashMap<>();
          configs.put("max.message.bytes", String.valueOf(KafkaClients.TOPIC_MAX_MESSAGE_BYTES));
          if (t == topics.pages()) {
            configs.putAll(Map.of("compression.type", "zstd", "retention.ms", "-1"));
          } else if (t == topics.feeds()) {
            configs.put("cleanup.policy", "compact");
          }
          nt.configs(configs);
          missing.add(nt);
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
      }
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
