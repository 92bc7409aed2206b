package io.newsflow.sink.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Objects;

/**
 * Position after the last quote of a page in the order {@code quoteTime DESC, id DESC}. Keyset pagination: the
 * next page starts strictly after this (time, id) pair, so rows written between two requests never shift a page
 * and every row is returned once. {@link #encode} gives an opaque URL-safe token; {@link #decode} reads it back.
 */
public record QuoteCursor(Instant quoteTime, String quoteId) {

    /** Longest token {@link #decode} accepts (ids are at most 256 characters). */
    public static final int MAX_TOKEN_LENGTH = 512;

    private static final String VERSION = "1";

    public QuoteCursor {
        Objects.requireNonNull(quoteTime, "quoteTime");
        Objects.requireNonNull(quoteId, "quoteId");
    }

    public String encode() {
        String plain = VERSION + '|' + quoteTime + '|' + quoteId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not produced by {@link #encode} */
    public static QuoteCursor decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw new IllegalArgumentException("not a cursor returned by this API");
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int first = plain.indexOf('|');
            int second = first < 0 ? -1 : plain.indexOf('|', first + 1);
            if (second < 0 || !VERSION.equals(plain.substring(0, first)) || second == plain.length() - 1) {
                throw new IllegalArgumentException("not a cursor returned by this API");
            }
            return new QuoteCursor(Instant.parse(plain.substring(first + 1, second)), plain.substring(second + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor returned by this API", e);
        }
    }
}
