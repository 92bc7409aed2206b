package io.newsflow.common.deadletter;

/**
 * Thrown by a processing step for input it refuses on purpose (e.g. a page with no article text);
 * the {@link #reason()} becomes the dead letter's reason and the metric's tag.
 */
public final class RejectedInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String reason;

  public RejectedInput(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
