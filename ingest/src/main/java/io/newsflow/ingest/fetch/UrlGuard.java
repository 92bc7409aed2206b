package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Server-side request forgery guard: refuses URLs whose host resolves to an address the crawler
 * must never reach.
 *
 * <p>Refused: loopback (127/8, ::1), the unspecified address (0/8, ::), RFC 1918 (10/8, 172.16/12,
 * 192.168/16), link-local (169.254/16 including the 169.254.169.254 metadata endpoint, fe80::/10),
 * CGNAT (100.64/10), IETF/documentation/benchmark ranges (192.0.0/24, 192.0.2/24, 198.18/15,
 * 198.51.100/24, 203.0.113/24, 2001:db8::/32), multicast and reserved (224/3 up to 255.255.255.255,
 * ff00::/8), unique-local (fc00::/7, which covers the fd00:ec2::254 metadata endpoint), site-local
 * (fec0::/10), Teredo (2001::/32), and IPv4 embedded in IPv6 (mapped, compatible, NAT64 64:ff9b::/96,
 * 6to4 2002::/16) when the embedded address is refused. Only {@code http} and {@code https} are accepted.
 *
 * <p>The check runs on every address the host name resolves to (one refused address refuses the URL),
 * and {@link HttpFetcher} repeats it on every redirect hop. Known limit: the HTTP client resolves the
 * name again when connecting, so a DNS-rebinding attacker with a very short TTL could still win the
 * race; run fetchers in a network that also blocks these ranges at egress.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UrlGuard {

    /** Host name resolution, replaceable in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final Resolver SYSTEM_RESOLVER = InetAddress::getAllByName;

    private final boolean allowLoopback;
    private final Resolver resolver;

    UrlGuard(boolean allowLoopback, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.resolver = resolver;
    }

    /** The production guard: every range listed in the class documentation is refused. */
    public static UrlGuard strict() {
        return new UrlGuard(false, SYSTEM_RESOLVER);
    }

    /**
     * Like {@link #strict()} but lets 127/8 and ::1 through (never 0.0.0.0). For tests and feeds served
     * from the same machine only.
     */
    public static UrlGuard allowingLoopback() {
        return new UrlGuard(true, SYSTEM_RESOLVER);
    }

    /**
     * Checks a URL before it is fetched.
     *
     * @throws FetchException {@code bad-url} when the scheme is not http(s) or there is no host,
     *                        {@code connect-failed} (transient) when the host does not resolve,
     *                        {@code ssrf-blocked} when any resolved address is refused
     */
    public void check(URI uri) throws FetchException {
        if (uri == null) {
            throw FetchException.permanent(FetchException.BAD_URL, "null URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.permanent(FetchException.BAD_URL, "scheme not allowed: " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw FetchException.permanent(FetchException.BAD_URL, "no host: " + uri);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            throw FetchException.transientFailure(FetchException.CONNECT_FAILED, "cannot resolve " + host, e);
        }
        if (addresses == null || addresses.length == 0) {
            throw FetchException.transientFailure(FetchException.CONNECT_FAILED, "no address for " + host, null);
        }
        for (InetAddress address : addresses) {
            if (isBlocked(address)) {
                throw FetchException.permanent(FetchException.SSRF_BLOCKED,
                        host + " resolves to refused address " + address.getHostAddress());
            }
        }
    }

    /** True when this guard refuses connections to {@code address}. */
    public boolean isBlocked(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return blockedV4(b, 0);
        }
        if (address instanceof Inet6Address) {
            return blockedV6(b);
        }
        return true;
    }

    private boolean blockedV4(byte[] b, int off) {
        int a0 = b[off] & 0xff;
        int a1 = b[off + 1] & 0xff;
        int a2 = b[off + 2] & 0xff;
        if (a0 == 127) {
            return !allowLoopback;
        }
        return a0 == 0                                   // "this network", includes 0.0.0.0
                || a0 == 10                              // RFC 1918
                || (a0 == 100 && (a1 & 0xC0) == 64)      // CGNAT 100.64/10
                || (a0 == 169 && a1 == 254)              // link-local, cloud metadata
                || (a0 == 172 && (a1 & 0xF0) == 16)      // RFC 1918
                || (a0 == 192 && a1 == 168)              // RFC 1918
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)) // IETF assignments, TEST-NET-1
                || (a0 == 198 && (a1 & 0xFE) == 18)      // benchmarking 198.18/15
                || (a0 == 198 && a1 == 51 && a2 == 100)  // TEST-NET-2
                || (a0 == 203 && a1 == 0 && a2 == 113)   // TEST-NET-3
                || a0 >= 224;                            // multicast, reserved, broadcast
    }

    private boolean blockedV6(byte[] b) {
        if (allZero(b, 0, 16)) {
            return true;                                  // :: unspecified
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return !allowLoopback;                        // ::1
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return blockedV4(b, 12);                      // ::ffff:a.b.c.d mapped
        }
        if (allZero(b, 0, 12)) {
            return blockedV4(b, 12);                      // ::a.b.c.d compatible (deprecated)
        }
        int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (w0 == 0x0064 && w1 == 0xff9b && allZero(b, 4, 12)) {
            return blockedV4(b, 12);                      // NAT64 well-known prefix
        }
        if (w0 == 0x2002) {
            return blockedV4(b, 2);                       // 6to4 embeds the IPv4 address
        }
        if (w0 == 0x2001 && (w1 == 0x0db8 || w1 == 0x0000)) {
            return true;                                  // documentation, Teredo
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return (first & 0xFE) == 0xFC                     // fc00::/7 unique-local (fd00:ec2::254)
                || (first == 0xFE && (second & 0xC0) == 0x80)  // fe80::/10 link-local
                || (first == 0xFE && (second & 0xC0) == 0xC0)  // fec0::/10 site-local
                || first == 0xFF;                         // multicast
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
