package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Retry policy: exponential backoff with full jitter ("AWS full jitter"): the n-th retry waits a uniform
 * random time in {@code [0, min(cap, base * 2^(n-1))]}, which spreads retries of many workers instead
 * of synchronising them.
 *
 * <p>Only {@linkplain FetchException#isTransient() transient} failures are retried, at most
 * {@code maxAttempts} times. A server {@code Retry-After} is a floor for the wait; when it exceeds
 * {@code cap} the policy gives up ({@link #shouldRetry} is false) so that a worker is never parked
 * for long; the caller should reschedule the URL instead.
 *
 * <p>Thread-safe when the given {@link Random} is (java.util.Random is). Pass a seeded Random for
 * reproducible tests.
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final int maxAttempts;
    private final Random random;

    /**
     * @param base        first ceiling (positive)
     * @param cap         largest wait ever returned (at least {@code base})
     * @param maxAttempts retries allowed, 0 or more
     * @param random      jitter source
     * @throws IllegalArgumentException on non-positive base, cap below base or negative attempts
     */
    public Backoff(Duration base, Duration cap, int maxAttempts, Random random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap and maxAttempts >= 0");
        }
        this.maxAttempts = maxAttempts;
    }

    /** 1 s base, 5 min cap, 5 retries. */
    public static Backoff defaults() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 5, new Random());
    }

    /** Upper bound of the wait before retry number {@code attempt} (1-based): min(cap, base * 2^(attempt-1)). */
    public Duration ceiling(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based: " + attempt);
        }
        int shift = Math.min(attempt - 1, 62);
        long baseNanos = base.toNanos();
        long capNanos = cap.toNanos();
        // Saturate instead of overflowing when the shift gets large.
        long ceiling = baseNanos > (capNanos >> shift) ? capNanos : Math.min(capNanos, baseNanos << shift);
        return Duration.ofNanos(ceiling);
    }

    /** Jittered wait before retry number {@code attempt} (1-based), in {@code [0, ceiling(attempt)]}. */
    public Duration delay(int attempt) {
        long ceiling = ceiling(attempt).toNanos();
        return Duration.ofNanos(ceiling == 0 ? 0 : (long) (random.nextDouble() * (ceiling + 1)));
    }

    /** Like {@link #delay(int)} but never shorter than the failure's {@code Retry-After}. */
    public Duration delay(int attempt, FetchException failure) {
        Duration jittered = delay(attempt);
        Duration floor = failure == null ? null : failure.retryAfter();
        if (floor == null) {
            return jittered;
        }
        Duration honoured = floor.compareTo(cap) > 0 ? cap : floor;
        return honoured.compareTo(jittered) > 0 ? honoured : jittered;
    }

    /** Whether retry number {@code attempt} (1-based) should happen after {@code failure}. */
    public boolean shouldRetry(int attempt, FetchException failure) {
        return failure != null && failure.isTransient() && attempt >= 1 && attempt <= maxAttempts
                && (failure.retryAfter() == null || failure.retryAfter().compareTo(cap) <= 0);
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
