package io.newsflow.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.config.Settings;
import io.newsflow.common.testing.Await;
import io.newsflow.common.testing.TemporaryKafka;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TopicSetupTest {
  @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();
  @TempDir static Path tmp;

  @Test
  void createsMissingTopicsAndRaisesALowerLimitOfAnExistingOneButNeverLowersOne() throws Exception {
    CommonConfig config = CommonConfig.from(Settings.of(Map.of("bootstrap.servers", kafka.bootstrapServers(),
        "topic.prefix", "setup", "state.dir", tmp.toString())));
    Topics topics = new Topics("setup");
    try (Admin admin = Admin.create(KafkaClients.admin(config))) {
      // as an older version (or an operator with the broker default) left them
      admin.createTopics(List.of(
          withLimit(topics.articles().name(), 1_048_588),
          withLimit(topics.quotes().name(), 64 * 1024 * 1024))).all().get(30, TimeUnit.SECONDS);

      TopicSetup.ensureTopics(config, 2);

      assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
          .containsAll(topics.all().stream().map(Topic::name).toList());
      // a config change is acknowledged once the controller committed it; the broker applies it a moment later
      assertThat(Await.until(Duration.ofSeconds(30),
          () -> limitOf(admin, topics.articles().name()) == KafkaClients.TOPIC_MAX_MESSAGE_BYTES))
          .as("max.message.bytes of the existing articles topic raised to %s", KafkaClients.TOPIC_MAX_MESSAGE_BYTES).isTrue();
      assertThat(limitOf(admin, topics.pages().name())).isEqualTo(KafkaClients.TOPIC_MAX_MESSAGE_BYTES);
      assertThat(limitOf(admin, topics.quotes().name())).as("a higher limit is kept").isEqualTo(64L * 1024 * 1024);

      assertThat(TopicSetup.raiseMessageLimits(admin, List.of(topics.articles().name(), topics.quotes().name())))
          .as("nothing left to raise on a second start").isEmpty();
    }
  }

  private static NewTopic withLimit(String name, long bytes) {
    return new NewTopic(name, Optional.of(1), Optional.empty())
        .configs(Map.of(TopicSetup.MAX_MESSAGE_BYTES, String.valueOf(bytes)));
  }

  private static long limitOf(Admin admin, String topic) {
    ConfigResource r = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try {
      return Long.parseLong(admin.describeConfigs(List.of(r)).all().get(30, TimeUnit.SECONDS).get(r)
          .get(TopicSetup.MAX_MESSAGE_BYTES).value());
    } catch (Exception e) {
      throw new IllegalStateException("cannot describe " + topic, e);
    }
  }
}
