package io.newsflow.common.config;

/** What a stage does with input it cannot process (Debezium's failure-handling mode). */
public enum BadInputPolicy {
  /** Write a dead letter with the reason and the original bytes, count it, go on. */
  DEAD_LETTER,
  /** Count it and go on. */
  SKIP,
  /** Stop the stage with an error. */
  FAIL
}
