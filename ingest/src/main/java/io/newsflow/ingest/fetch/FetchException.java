package io.newsflow.ingest.fetch;

import java.time.Duration;

/**
 * A failed fetch, classified once so callers can decide between retry and dead letter.
 *
 * <p>{@link #reason()} is one of the constants below (stable strings, usable as metric tags and
 * dead-letter reasons). {@link #isTransient()} is true for {@code timeout}, {@code connect-failed},
 * {@code io-error}, {@code interrupted}, {@code http-408}, {@code http-429} and {@code http-5xx};
 * everything else is permanent. {@link #retryAfter()} carries the server's {@code Retry-After} on
 * 429/503 (null when absent or unparseable).
 */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final String TOO_LARGE = "too-large";
    public static final String TIMEOUT = "timeout";
    public static final String SSRF_BLOCKED = "ssrf-blocked";
    public static final String HTTP_404 = "http-404";
    public static final String HTTP_408 = "http-408";
    public static final String HTTP_410 = "http-410";
    public static final String HTTP_429 = "http-429";
    /** Any other 4xx (401, 403, 451, ...). */
    public static final String HTTP_4XX = "http-4xx";
    public static final String HTTP_5XX = "http-5xx";
    /** A 3xx that is not a followable redirect, or a redirect without a usable Location. */
    public static final String HTTP_3XX = "http-3xx";
    public static final String TOO_MANY_REDIRECTS = "too-many-redirects";
    public static final String BAD_CONTENT_TYPE = "bad-content-type";
    /** Unsupported or corrupt Content-Encoding. */
    public static final String BAD_CONTENT_ENCODING = "bad-content-encoding";
    public static final String DECOMPRESSION_BOMB = "decompression-bomb";
    /** Connection refused/reset before a response, or the host name did not resolve. */
    public static final String CONNECT_FAILED = "connect-failed";
    /** I/O failure after the response started. */
    public static final String IO_ERROR = "io-error";
    public static final String INTERRUPTED = "interrupted";
    public static final String BAD_URL = "bad-url";

    private final String reason;
    private final boolean transientFailure;
    private final int status;
    private final transient Duration retryAfter;

    FetchException(String reason, String message, boolean transientFailure, int status, Duration retryAfter,
                   Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
        this.transientFailure = transientFailure;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    static FetchException permanent(String reason, String message) {
        return new FetchException(reason, message, false, 0, null, null);
    }

    static FetchException transientFailure(String reason, String message, Throwable cause) {
        return new FetchException(reason, message, true, 0, null, cause);
    }

    /** Classifies a final (non-redirect, non-success) HTTP status. */
    static FetchException forStatus(int status, String url, Duration retryAfter) {
        String message = "HTTP " + status + " for " + url;
        if (status == 404) {
            return new FetchException(HTTP_404, message, false, status, null, null);
        }
        if (status == 410) {
            return new FetchException(HTTP_410, message, false, status, null, null);
        }
        if (status == 408) {
            return new FetchException(HTTP_408, message, true, status, null, null);
        }
        if (status == 429) {
            return new FetchException(HTTP_429, message, true, status, retryAfter, null);
        }
        if (status >= 500 && status <= 599) {
            return new FetchException(HTTP_5XX, message, true, status, status == 503 ? retryAfter : null, null);
        }
        if (status >= 300 && status <= 399) {
            return new FetchException(HTTP_3XX, message, false, status, null, null);
        }
        return new FetchException(HTTP_4XX, message, false, status, null, null);
    }

    /** Stable failure label, one of the constants of this class. */
    public String reason() {
        return reason;
    }

    /** True when retrying later may succeed. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** The HTTP status when the failure came from a response, else 0. */
    public int status() {
        return status;
    }

    /** Server-requested wait from {@code Retry-After} on 429/503; null when none was given. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
