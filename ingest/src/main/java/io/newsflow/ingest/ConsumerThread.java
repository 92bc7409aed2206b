package io.newsflow.ingest;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One daemon thread that owns a Kafka consumer: it runs {@code pollOnce} until closed, then runs
 * {@code beforeClose} and closes the consumer. A consumer is not thread-safe, so everything that touches
 * it after {@link #start()} runs on this thread (rebalance listeners run inside its poll).
 *
 * <p>A failure ends the loop with an error log that says what stops working ({@code consequence});
 * {@link #isAlive()} then turns false so the owner can report itself not ready instead of idling silently.
 */
final class ConsumerThread implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ConsumerThread.class);
  private static final Duration CONSUMER_CLOSE = Duration.ofSeconds(5);

  private final Consumer<?, ?> consumer;
  private final Runnable pollOnce;
  private final Runnable beforeClose;
  private final String consequence;
  private final Duration joinTimeout;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean started;

  ConsumerThread(String name, Consumer<?, ?> consumer, Runnable pollOnce, Runnable beforeClose, String consequence,
      Duration joinTimeout) {
    this.consumer = consumer;
    this.pollOnce = pollOnce;
    this.beforeClose = beforeClose;
    this.consequence = consequence;
    this.joinTimeout = joinTimeout;
    this.thread = new Thread(this::run, name);
    this.thread.setDaemon(true);
  }

  void start() {
    started = true;
    thread.start();
  }

  /** False once the loop died of a failure (true before start and after close). */
  boolean isAlive() {
    return !started || thread.isAlive() || !running;
  }

  private void run() {
    try {
      while (running) {
        pollOnce.run();
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      log.error("{} consumer failed; {}: {}", thread.getName(), consequence, e.toString(), e);
    } finally {
      try {
        beforeClose.run();
      } finally {
        consumer.close(CONSUMER_CLOSE);
      }
    }
  }

  @Override
  public void close() {
    running = false;
    if (!started) {
      consumer.close(CONSUMER_CLOSE);
      return;
    }
    consumer.wakeup();
    try {
      thread.join(joinTimeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
