package io.newsflow.ingest.fetch;

import java.util.List;
import java.util.Locale;

/**
 * Which {@code Content-Type} values {@link HttpFetcher} will download; anything else fails with
 * {@code bad-content-type} before the body is read.
 *
 * <p>The default accepts HTML/XHTML, XML and every {@code +xml} type (RSS, Atom, sitemaps), JSON and
 * JSON Feed, plain text (robots.txt, text sitemaps) and gzip archives (compressed sitemaps). A missing
 * Content-Type is accepted because many feed servers omit it; the parsers sniff the bytes anyway.
 */
public final class AcceptedContentTypes {
    private final List<String> mediaTypes;
    private final boolean acceptMissing;

    private AcceptedContentTypes(List<String> mediaTypes, boolean acceptMissing) {
        this.mediaTypes = mediaTypes;
        this.acceptMissing = acceptMissing;
    }

    /** HTML, XML, {@code *+xml}, JSON, feed JSON, plain text, gzip; missing header accepted. */
    public static AcceptedContentTypes defaults() {
        return new AcceptedContentTypes(List.of("text/html", "application/xhtml+xml", "text/xml",
                "application/xml", "+xml", "application/json", "application/feed+json", "text/plain",
                "application/gzip", "application/x-gzip"), true);
    }

    /**
     * Exactly the given media types ({@code type/subtype}, lower case; an entry starting with {@code +}
     * matches a structured-syntax suffix such as {@code +xml}).
     */
    public static AcceptedContentTypes of(boolean acceptMissing, String... mediaTypes) {
        return new AcceptedContentTypes(List.of(mediaTypes), acceptMissing);
    }

    /** Whether a raw {@code Content-Type} header value (parameters allowed, may be null) is accepted. */
    public boolean accepts(String contentTypeHeader) {
        String mime = mediaType(contentTypeHeader);
        if (mime.isEmpty()) {
            return acceptMissing;
        }
        for (String accepted : mediaTypes) {
            if (accepted.startsWith("+") ? mime.endsWith(accepted) : mime.equals(accepted)) {
                return true;
            }
        }
        return false;
    }

    /** The bare, lower-cased media type of a header value, or "" when absent. */
    static String mediaType(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return "";
        }
        int semicolon = contentTypeHeader.indexOf(';');
        String mime = semicolon >= 0 ? contentTypeHeader.substring(0, semicolon) : contentTypeHeader;
        return mime.trim().toLowerCase(Locale.ROOT);
    }
}
