package io.newsflow.common.lifecycle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages until SIGTERM/SIGINT (or until all have finished), then closes them in reverse order
 * of start: consumers stop before the broker they read from.
 */
public final class StageRunner {
  private static final Logger log = LoggerFactory.getLogger(StageRunner.class);

  private final List<AutoCloseable> resources = new ArrayList<>();
  private final CountDownLatch stop = new CountDownLatch(1);

  /** Registers something to close on shutdown (closed in reverse registration order). */
  public <T extends AutoCloseable> T own(T resource) {
    resources.add(resource);
    return resource;
  }

  /** Blocks until a shutdown signal or until every given stage reports finished. */
  public void runUntilStopped(List<? extends Stage> stages) throws InterruptedException {
    Thread hook = new Thread(() -> {
      stop.countDown();
      closeAll();
    }, "newsflow-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    while (!stop.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      if (!stages.isEmpty() && stages.stream().allMatch(Stage::isFinished)) {
        break;
      }
    }
    closeAll();
  }

  public synchronized void closeAll() {
    List<AutoCloseable> reversed = new ArrayList<>(resources);
    Collections.reverse(reversed);
    resources.clear();
    for (AutoCloseable r : reversed) {
      try {
        r.close();
      } catch (Exception e) {
        log.warn("error while closing {}: {}", r, e.toString());
      }
    }
  }
}
