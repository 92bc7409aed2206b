package io.newsflow.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses {@code Retry-After}: delta-seconds or an HTTP-date (RFC 9110 10.2.3). */
final class RetryAfter {
    /** Longer waits are clamped: a hostile header must not produce absurd values. */
    static final Duration MAX = Duration.ofDays(1);

    private RetryAfter() {
    }

    /** The wait, clamped to [0, 1 day]; null when the header is absent or unparseable. */
    static Duration parse(String header, Instant now) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (value.isEmpty() || value.length() > 64) {
            return null;
        }
        if (value.chars().allMatch(Character::isDigit)) {
            if (value.length() > 9) {
                return MAX;
            }
            return clamp(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return clamp(Duration.between(now, at));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration clamp(Duration d) {
        if (d.isNegative()) {
            return Duration.ZERO;
        }
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
