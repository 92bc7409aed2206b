package io.newsflow.ingest.discover;

/**
 * A document that could not be read as a feed or sitemap. {@link #reason()} is one of the constants
 * below (stable strings for metrics and dead letters). Always permanent: the same bytes will fail again.
 */
public final class DiscoveryException extends Exception {
    private static final long serialVersionUID = 1L;

    public static final String EMPTY = "empty";
    public static final String TOO_LARGE = "too-large";
    public static final String MALFORMED_FEED = "malformed-feed";
    public static final String MALFORMED_SITEMAP = "malformed-sitemap";
    public static final String BAD_URL = "bad-url";
    /** A WARC record or its HTTP message that cannot be read. */
    public static final String MALFORMED_WARC = "malformed-warc";

    private final String reason;

    DiscoveryException(String reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
