package io.newsflow.common.config;

/** A configuration value is missing or invalid; the message says which and how to fix it. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
