package io.newsflow.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-host politeness: requests to one host are spaced by at least its delay (the robots.txt
 * Crawl-delay, or the default), while different hosts proceed independently.
 *
 * <p>{@link #reserve(String, Duration)} books the host's next slot and returns how long the caller
 * must wait before sending; callers that cannot wait should requeue the URL for that long instead.
 * Delays are clamped to {@code [0, maxDelay]} so a hostile Crawl-delay cannot stall a host forever.
 * At most {@code maxHosts} hosts are tracked: when full, hosts whose slot is already past are forgotten
 * (they impose no wait); if every host still has a pending slot, the map may grow past the bound until
 * slots pass. Thread-safe.
 */
public final class HostThrottle {
    private final Duration defaultDelay;
    private final Duration maxDelay;
    private final int maxHosts;
    private final Clock clock;
    private final ConcurrentHashMap<String, Instant> nextSlot = new ConcurrentHashMap<>();

    /**
     * @param defaultDelay spacing when no host-specific delay is given (zero or positive)
     * @param maxDelay     largest spacing ever applied (at least {@code defaultDelay})
     * @param maxHosts     soft bound on tracked hosts (positive)
     * @throws IllegalArgumentException on negative delays, {@code maxDelay < defaultDelay} or {@code maxHosts < 1}
     */
    public HostThrottle(Duration defaultDelay, Duration maxDelay, int maxHosts) {
        this(defaultDelay, maxDelay, maxHosts, Clock.systemUTC());
    }

    HostThrottle(Duration defaultDelay, Duration maxDelay, int maxHosts, Clock clock) {
        this.defaultDelay = Objects.requireNonNull(defaultDelay, "defaultDelay");
        this.maxDelay = Objects.requireNonNull(maxDelay, "maxDelay");
        if (defaultDelay.isNegative() || maxDelay.compareTo(defaultDelay) < 0 || maxHosts < 1) {
            throw new IllegalArgumentException("need 0 <= defaultDelay <= maxDelay and maxHosts >= 1");
        }
        this.maxHosts = maxHosts;
        this.clock = clock;
    }

    /** 1 s default spacing, 60 s maximum, 100 000 hosts. */
    public static HostThrottle defaults() {
        return new HostThrottle(Duration.ofSeconds(1), Duration.ofSeconds(60), 100_000);
    }

    /** {@link #reserve(String, Duration)} with the default delay. */
    public Duration reserve(String host) {
        return reserve(host, null);
    }

    /**
     * Books the next request to {@code host}.
     *
     * @param host  host name (case-insensitive); callers decide whether ports count as separate hosts
     * @param delay spacing after this request, e.g. the robots Crawl-delay; null means the default
     * @return how long to wait before sending (zero when the host is free now)
     */
    public Duration reserve(String host, Duration delay) {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        Duration spacing = clamp(delay == null ? defaultDelay : delay);
        Instant now = clock.instant();
        Instant[] slot = new Instant[1];
        nextSlot.compute(key, (k, next) -> {
            Instant start = next == null || next.isBefore(now) ? now : next;
            slot[0] = start;
            return start.plus(spacing);
        });
        if (nextSlot.size() > maxHosts) {
            nextSlot.values().removeIf(next -> !next.isAfter(now));
        }
        return Duration.between(now, slot[0]);
    }

    private Duration clamp(Duration delay) {
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
