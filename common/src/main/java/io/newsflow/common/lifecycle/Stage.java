package io.newsflow.common.lifecycle;

/**
 * A running stage: started once, ready only when really processing, closed cleanly (on SIGTERM via
 * {@link StageRunner}). Implementations are the ingest/enrich/sink services.
 */
public interface Stage extends AutoCloseable {
  /** Starts the stage's threads; returns once started (not necessarily ready). */
  void start();

  /** True when the stage is processing: consumers assigned, Streams RUNNING, store reachable. */
  boolean isReady();

  /** True when the stage stopped by itself, e.g. on a fatal error or a finished one-shot job. */
  default boolean isFinished() {
    return false;
  }

  String name();

  @Override
  void close();
}
