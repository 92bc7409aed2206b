package io.newsflow.ingest.fetch;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful fetch (2xx, or 304 for a conditional request).
 *
 * @param url         the URL as requested
 * @param finalUrl    the URL after redirects (equal to {@code url} when none were followed)
 * @param status      the final HTTP status
 * @param contentType the {@code Content-Type} header, or null when absent
 * @param headers     response headers of the final hop, names lower-cased, repeated values joined by {@code ", "}
 * @param body        the decoded body (gzip/deflate removed), empty for 304/204; the array is not copied,
 *                    callers must not modify it
 * @param fetchedAt   when the final response was received
 */
public record FetchResult(String url, String finalUrl, int status, String contentType, Map<String, String> headers,
                          byte[] body, Instant fetchedAt) {

    public FetchResult {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** True for a 304 answer to a conditional request: the caller's copy is still current. */
    public boolean isNotModified() {
        return status == 304;
    }

    /** A header of the final response by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The {@code ETag} to send as {@code If-None-Match} next time, or null. */
    public String etag() {
        return header("etag");
    }

    /**
     * The {@code charset} parameter of the Content-Type header, when present and known to the JVM.
     * Empty means "sniff the body" (BOM, XML prolog, HTML meta), not "UTF-8".
     */
    public Optional<Charset> declaredCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "").replace("'", "");
                try {
                    return name.isEmpty() ? Optional.empty() : Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The {@code Last-Modified} to send as {@code If-Modified-Since} next time, or null. */
    public String lastModified() {
        return header("last-modified");
    }
}
