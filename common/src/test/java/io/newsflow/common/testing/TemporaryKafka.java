package io.newsflow.common.testing;

import io.newsflow.broker.EmbeddedKafka;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real KRaft broker on a free port with a temporary data dir, started once per test class:
 * {@code @RegisterExtension static final TemporaryKafka kafka = new TemporaryKafka();}
 */
public final class TemporaryKafka implements BeforeAllCallback, AfterAllCallback {
  private EmbeddedKafka broker;

  @Override
  public void beforeAll(ExtensionContext context) {
    broker = EmbeddedKafka.startTemporary();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (broker != null) {
      broker.close();
      broker = null;
    }
  }

  public String bootstrapServers() {
    return broker().bootstrapServers();
  }

  public Path dataDir() {
    return broker().dataDir();
  }

  public void createTopics(List<String> names, int partitions) {
    broker().createTopics(names, partitions);
  }

  public EmbeddedKafka broker() {
    if (broker == null) {
      throw new IllegalStateException("the broker runs only while the test class runs");
    }
    return broker;
  }
}
