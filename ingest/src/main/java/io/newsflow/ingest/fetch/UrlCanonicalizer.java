package io.newsflow.ingest.fetch;

import java.net.IDN;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical form of an http(s) URL, used as the de-duplication key of an article.
 *
 * <p>Rules, in order: strip surrounding whitespace and embedded tabs/line breaks; lower-case scheme and
 * host; drop user info, a trailing dot on the host and the default port (80/443); convert an IDN host
 * to its ASCII (punycode) form; percent-encode characters that are illegal in URLs (UTF-8), decode
 * escapes of unreserved characters and upper-case the hex of the others; remove dot segments; use
 * {@code /} for an empty path; drop the fragment; drop empty query parameters and tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code msclkid}, ... names compared case-insensitively);
 * sort the remaining parameters by name, then by value. The result is idempotent:
 * {@code canonicalize(canonicalize(u)).equals(canonicalize(u))}.
 *
 * <p>Deliberately not done, because it can change which resource is meant: path case, trailing
 * slashes, {@code www.} removal, {@code index.html} removal, {@code +}/{@code %20} unification.
 */
public final class UrlCanonicalizer {
    private static final int MAX_URL_CHARS = LenientUris.MAX_URL_CHARS;
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
            "igshid", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "vero_id",
            "vero_conv", "oly_anon_id", "oly_enc_id", "rb_clickid", "s_kwcid", "ef_id", "__s", "wt.mc_id",
            "spm", "sc_cid", "cmpid_src");

    private UrlCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException when {@code url} is null, longer than 8192 characters, not an
     *                                  absolute http(s) URL, or has an invalid host or port
     */
    public static String canonicalize(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url is null");
        }
        String s = url.strip();
        if (s.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException("url longer than " + MAX_URL_CHARS + " characters");
        }
        int colon = s.indexOf(':');
        String scheme = colon > 0 ? s.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + abbreviate(s));
        }
        if (!s.startsWith("//", colon + 1)) {
            throw new IllegalArgumentException("no authority: " + abbreviate(s));
        }
        int authorityStart = colon + 3;
        int authorityEnd = indexOfAny(s, authorityStart, "/?#");
        String authority = s.substring(authorityStart, authorityEnd);
        int pathEnd = indexOfAny(s, authorityEnd, "?#");
        int queryEnd = indexOfAny(s, pathEnd, "#");
        String path = s.substring(authorityEnd, pathEnd);
        String query = pathEnd < queryEnd ? s.substring(pathEnd + 1, queryEnd) : "";

        StringBuilder out = new StringBuilder(s.length());
        out.append(scheme).append("://");
        appendAuthority(out, authority, scheme);
        String canonicalPath = removeDotSegments(normalizePercent(LenientUris.escapeIllegal(path)));
        out.append(canonicalPath.isEmpty() ? "/" : canonicalPath);
        String canonicalQuery = canonicalQuery(query);
        if (!canonicalQuery.isEmpty()) {
            out.append('?').append(canonicalQuery);
        }
        return out.toString();
    }

    /** {@link #canonicalize(String)} without the exception: empty for anything it would reject. */
    public static Optional<String> tryCanonicalize(String url) {
        try {
            return Optional.of(canonicalize(url));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the query parameter name is a known click/campaign tracker. */
    static boolean isTrackingParam(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("utm_") || TRACKING_PARAMS.contains(lower);
    }

    private static void appendAuthority(StringBuilder out, String authority, String scheme) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        String port = "";
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unterminated IPv6 host: " + abbreviate(authority));
            }
            host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
            String rest = hostPort.substring(close + 1);
            if (!rest.isEmpty()) {
                if (rest.charAt(0) != ':') {
                    throw new IllegalArgumentException("bad authority: " + abbreviate(authority));
                }
                port = rest.substring(1);
            }
        } else {
            int portColon = hostPort.lastIndexOf(':');
            host = portColon >= 0 ? hostPort.substring(0, portColon) : hostPort;
            port = portColon >= 0 ? hostPort.substring(portColon + 1) : "";
            host = asciiHost(host);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("empty host: " + abbreviate(authority));
        }
        out.append(host);
        String canonicalPort = canonicalPort(port, scheme);
        if (!canonicalPort.isEmpty()) {
            out.append(':').append(canonicalPort);
        }
    }

    private static String asciiHost(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean ascii = host.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid internationalised host: " + abbreviate(rawHost), e);
            }
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            if (!ok) {
                throw new IllegalArgumentException("invalid host: " + abbreviate(rawHost));
            }
        }
        return host;
    }

    private static String canonicalPort(String port, String scheme) {
        if (port.isEmpty()) {
            return "";
        }
        if (port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("invalid port: " + abbreviate(port));
        }
        int number = Integer.parseInt(port);
        if (number > 65535) {
            throw new IllegalArgumentException("port out of range: " + number);
        }
        boolean isDefault = (number == 80 && scheme.equals("http")) || (number == 443 && scheme.equals("https"));
        return isDefault ? "" : Integer.toString(number);
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        String query = normalizePercent(LenientUris.escapeIllegal(rawQuery));
        List<String[]> kept = new ArrayList<>();
        for (String param : query.split("&")) {
            if (param.isEmpty() || param.equals("=")) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = eq >= 0 ? param.substring(0, eq) : param;
            if (isTrackingParam(name)) {
                continue;
            }
            kept.add(new String[] {name, param});
        }
        kept.sort((a, b) -> {
            int byName = a[0].compareTo(b[0]);
            return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
        StringBuilder out = new StringBuilder(query.length());
        for (String[] param : kept) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(param[1]);
        }
        return out.toString();
    }

    /** Decodes escapes of unreserved characters; upper-cases the hex digits of the rest. */
    static String normalizePercent(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && LenientUris.isHex(s.charAt(i + 1))
                    && LenientUris.isHex(s.charAt(i + 2))) {
                int value = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (isUnreserved(value)) {
                    out.append((char) value);
                } else {
                    LenientUris.appendEscape(out, (byte) value);
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3986 section 5.2.4 for an absolute path. */
    static String removeDotSegments(String path) {
        if (path.indexOf('.') < 0 || !path.startsWith("/")) {
            return path;
        }
        String[] segments = path.split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        boolean trailingSlash = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                trailingSlash = last;
            } else if (segment.equals("..")) {
                kept.pollLast();
                trailingSlash = last;
            } else {
                kept.addLast(segment);
                trailingSlash = false;
            }
        }
        StringBuilder out = new StringBuilder(path.length());
        for (String segment : kept) {
            out.append('/').append(segment);
        }
        if (trailingSlash || out.length() == 0) {
            out.append('/');
        }
        return out.toString();
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
