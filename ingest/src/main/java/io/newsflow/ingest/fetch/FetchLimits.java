package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds applied by {@link HttpFetcher} to every fetch.
 *
 * @param connectTimeout        TCP/TLS connect timeout per hop (default 10 s)
 * @param readTimeout           deadline for one hop, from sending the request to the last body byte (default 30 s);
 *                              a slow-drip server cannot hold a worker longer than this per hop
 * @param maxBodyBytes          cap on both the bytes on the wire and the decoded body (default 5 MiB); over it the
 *                              fetch fails with {@code too-large}
 * @param maxRedirects          redirects followed before {@code too-many-redirects} (default 5, at most 20)
 * @param maxDecompressionRatio decoded/compressed ratio above which a gzip/deflate body is a
 *                              {@code decompression-bomb} (default 100)
 * @param userAgent             User-Agent header, also the robots.txt agent token source
 * @throws IllegalArgumentException on non-positive durations or sizes, a ratio below 1, or a blank/multi-line agent
 */
public record FetchLimits(Duration connectTimeout, Duration readTimeout, long maxBodyBytes,
                          int maxRedirects, double maxDecompressionRatio, String userAgent) {

    /** Largest body a Java byte array can hold safely. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16L;

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
        }
        if (readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("readTimeout must be positive: " + readTimeout);
        }
        if (maxBodyBytes <= 0 || maxBodyBytes > MAX_ARRAY_BYTES) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > 20) {
            throw new IllegalArgumentException("maxRedirects must be in [0, 20]: " + maxRedirects);
        }
        if (!(maxDecompressionRatio >= 1.0)) {
            throw new IllegalArgumentException("maxDecompressionRatio must be >= 1: " + maxDecompressionRatio);
        }
        if (userAgent.isBlank() || userAgent.indexOf('\r') >= 0 || userAgent.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("userAgent must be a single non-blank line");
        }
    }

    /** 10 s connect, 30 s read, 5 MiB body, 5 redirects, ratio 100, agent {@code newsflow/0.1 (+https://github.com/newsflow)}. */
    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, 100.0,
                "newsflow/0.1 (+https://github.com/newsflow)");
    }

    /** A copy with other timeouts. */
    public FetchLimits withTimeouts(Duration connect, Duration read) {
        return new FetchLimits(connect, read, maxBodyBytes, maxRedirects, maxDecompressionRatio, userAgent);
    }

    /** A copy with another body cap. */
    public FetchLimits withMaxBodyBytes(long bytes) {
        return new FetchLimits(connectTimeout, readTimeout, bytes, maxRedirects, maxDecompressionRatio, userAgent);
    }

    /** A copy with another redirect limit. */
    public FetchLimits withMaxRedirects(int redirects) {
        return new FetchLimits(connectTimeout, readTimeout, maxBodyBytes, redirects, maxDecompressionRatio, userAgent);
    }
}
