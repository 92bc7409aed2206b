package io.newsflow.common.lifecycle;

/**
 * Gives the JDK's common fork-join pool at least two threads, before anything uses it.
 *
 * <p>Why: with fewer than three CPUs (a 2-vCPU machine, a container limited to 1 or 2 CPUs) the common
 * pool's parallelism is 1 or 0, and {@code CompletableFuture}'s default async executor is then a new
 * thread per task. The JDK's HttpClient passes every {@code sendAsync} response through that executor
 * once (so that the caller's dependent stages do not run on the client's threads): the fetcher started
 * one short-lived "Thread-N" per fetched page (JFR {@code jdk.ThreadStart} during a 2-vCPU soak: 394
 * thread starts in 5 s, all from {@code CompletableFuture$ThreadPerTaskExecutor}).
 */
public final class CommonPoolParallelism {
  static final String PROPERTY = "java.util.concurrent.ForkJoinPool.common.parallelism";
  static final int MIN = 2;

  private CommonPoolParallelism() {}

  /**
   * Call first thing in {@code main}: the JDK reads the property once, when the pool is created. An
   * operator's own {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism} is left alone.
   */
  public static void ensureAtLeastTwo() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, String.valueOf(Math.max(MIN, Runtime.getRuntime().availableProcessors() - 1)));
    }
  }
}
