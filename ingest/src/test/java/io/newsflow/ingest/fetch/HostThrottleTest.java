package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2025-07-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), Duration.ofSeconds(30), 1000, clock);

    @Test
    void spacesRequestsToOneHostAndLeavesOthersFree() {
        assertThat(throttle.reserve("news.example")).isZero();
        assertThat(throttle.reserve("NEWS.example")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.reserve("news.example")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.reserve("other.example")).isZero();
    }

    @Test
    void freesTheHostOnceTheSlotHasPassed() {
        throttle.reserve("news.example");
        clock.now = clock.now.plusSeconds(5);
        assertThat(throttle.reserve("news.example")).isZero();
    }

    @Test
    void appliesHostSpecificDelayClampedToMaximum() {
        throttle.reserve("slow.example", Duration.ofSeconds(10));
        assertThat(throttle.reserve("slow.example", Duration.ofHours(5))).isEqualTo(Duration.ofSeconds(10));
        assertThat(throttle.reserve("slow.example")).isEqualTo(Duration.ofSeconds(40));
    }
}
