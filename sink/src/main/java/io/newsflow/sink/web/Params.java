package io.newsflow.sink.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query parameters of one API request, validated against the names an endpoint allows. Every failure is an
 * {@link ApiError#badRequest} naming the parameter and what is allowed: unknown names, repeated names, values
 * over {@value #MAX_VALUE_LENGTH} characters, malformed numbers, dates and percent-encoding. Empty values count
 * as absent, so a form that submits every field works.
 */
final class Params {

    static final int MAX_VALUE_LENGTH = 500;
    static final int MAX_QUERY_LENGTH = 8_192;

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    static Params parse(String rawQuery, List<String> allowed) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new Params(values);
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            throw ApiError.badRequest(null, "the query string is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), name);
            if (!allowed.contains(name)) {
                throw ApiError.badRequest(shorten(name), "unknown parameter '" + shorten(name) + "'; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
            if (!seen.add(name)) {
                throw ApiError.badRequest(name, name + " is given more than once; give it at most once");
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw ApiError.badRequest(name, name + " is longer than " + MAX_VALUE_LENGTH + " characters");
            }
            String trimmed = value.strip();
            if (!trimmed.isEmpty()) {
                values.put(name, trimmed);
            }
        }
        return new Params(values);
    }

    /** The value, or null when absent or empty. */
    String text(String name) {
        return values.get(name);
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw ApiError.badRequest(name, name + " must be an integer from " + min + " to " + max + ", got '"
                + shorten(v) + "'");
    }

    /**
     * A time bound: an ISO-8601 instant ({@code 2024-03-01T10:00:00Z}) or a date ({@code 2024-03-01}, UTC). A
     * date means the start of that day, or with {@code endOfDay} the start of the next day, so that
     * {@code to=2024-03-01} includes all of March 1st.
     */
    Instant time(String name, boolean endOfDay) {
        String v = values.get(name);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name, name + " must be a date like 2024-03-01 or an instant like"
                    + " 2024-03-01T10:00:00Z, got '" + shorten(v) + "'");
        }
    }

    private static String decode(String s, String name) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name, "malformed percent-encoding in the query string");
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
