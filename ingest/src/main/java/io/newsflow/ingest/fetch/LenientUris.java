package io.newsflow.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** Parses URLs as found in the wild (spaces, non-ASCII, stray '%') into {@link URI}s. */
final class LenientUris {
    static final int MAX_URL_CHARS = 8192;

    private LenientUris() {
    }

    /** The URI, or null when it cannot be parsed even after escaping. */
    static URI parse(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_URL_CHARS) {
            return null;
        }
        try {
            return new URI(escapeIllegal(trimmed));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * RFC 3986 reference resolution, patching three places where {@link URI#resolve(URI)} follows the
     * older RFC 2396: an empty base path ({@code http://a} + {@code b} must give {@code http://a/b}),
     * query-only references ({@code ?q} keeps the whole base path), and leading {@code ..} segments
     * that climb above the root (they are dropped).
     *
     * @throws IllegalArgumentException when the combination is not a valid URI
     */
    static URI resolve(URI base, URI ref) {
        if (ref.isAbsolute()) {
            return dropLeadingDotDot(ref.normalize());
        }
        URI effectiveBase = base;
        if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
            effectiveBase = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/"
                    + (base.getRawQuery() == null ? "" : "?" + base.getRawQuery()));
        }
        String refText = ref.toString();
        if (refText.isEmpty() || refText.startsWith("#")) {
            return stripFragment(effectiveBase);
        }
        if (refText.startsWith("?")) {
            String baseText = stripFragment(effectiveBase).toString();
            int question = baseText.indexOf('?');
            return URI.create((question >= 0 ? baseText.substring(0, question) : baseText) + refText);
        }
        return dropLeadingDotDot(effectiveBase.resolve(ref).normalize());
    }

    private static URI stripFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private static URI dropLeadingDotDot(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/..") || uri.getRawAuthority() == null) {
            return uri;
        }
        String fixed = path;
        while (fixed.equals("/..") || fixed.startsWith("/../")) {
            fixed = fixed.length() == 3 ? "/" : fixed.substring(3);
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + fixed
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
    }

    /**
     * Percent-encodes (UTF-8) characters that may never appear raw in a URI, and '%' not followed by
     * two hex digits; drops tabs and line breaks as browsers do. Leaves valid escapes and delimiters alone.
     */
    static String escapeIllegal(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean keep = c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^'
                    && c != '`' && c != '{' && c != '|' && c != '}'
                    && (c != '%' || (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
            for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                appendEscape(out, b);
            }
            i = end - 1;
        }
        return out == null ? s : out.toString();
    }

    static void appendEscape(StringBuilder out, byte b) {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
