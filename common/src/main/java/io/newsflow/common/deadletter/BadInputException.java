package io.newsflow.common.deadletter;

/** Thrown under the {@code fail} bad-input policy to stop a stage. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }
}
