package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration BASE = Duration.ofMillis(100);
    private static final Duration CAP = Duration.ofSeconds(10);

    private static Backoff backoff(long seed) {
        return new Backoff(BASE, CAP, 5, new Random(seed));
    }

    private static FetchException transientFailure(Duration retryAfter) {
        return new FetchException(FetchException.HTTP_5XX, "test", true, 503, retryAfter, null);
    }

    @Test
    void ceilingDoublesUntilCapAndNeverOverflows() {
        Backoff b = backoff(1);
        assertThat(b.ceiling(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.ceiling(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.ceiling(5)).isEqualTo(Duration.ofMillis(1600));
        assertThat(b.ceiling(8)).isEqualTo(CAP);
        assertThat(b.ceiling(1_000)).isEqualTo(CAP);
    }

    @Test
    void jitteredDelaysStayWithinCeilingAndVary() {
        Backoff b = backoff(7);
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> b.delay(4))
                .peek(d -> assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(800)))
                .distinct().count();
        assertThat(distinct).isGreaterThan(150);
    }

    @Test
    void sameSeedGivesSameDelays() {
        Backoff a = backoff(99);
        Backoff b = backoff(99);
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(a.delay(attempt)).isEqualTo(b.delay(attempt));
        }
    }

    @Test
    void retryAfterIsAFloorForTheDelay() {
        Duration delay = backoff(3).delay(1, transientFailure(Duration.ofSeconds(5)));
        assertThat(delay).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void retriesOnlyTransientFailuresWithinAttemptsAndCap() {
        Backoff b = backoff(5);
        assertThat(b.shouldRetry(1, transientFailure(null))).isTrue();
        assertThat(b.shouldRetry(5, transientFailure(null))).isTrue();
        assertThat(b.shouldRetry(6, transientFailure(null))).isFalse();
        assertThat(b.shouldRetry(1, FetchException.permanent(FetchException.HTTP_404, "x"))).isFalse();
        assertThat(b.shouldRetry(1, transientFailure(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void rejectsInvalidConfiguration() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, CAP, 1, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(CAP, BASE, 1, new Random())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff(1).delay(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
