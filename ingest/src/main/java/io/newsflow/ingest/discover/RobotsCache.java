package io.newsflow.ingest.discover;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * robots.txt rules per origin (scheme, host, port), parsed with crawler-commons'
 * {@link SimpleRobotRulesParser} and cached for a TTL.
 *
 * <p>Failure policy (RFC 9309): a 2xx body is parsed (first 500 KiB); 4xx (including 404), too many
 * redirects or an unexpected content type mean "no robots.txt" and allow everything; 429, 5xx,
 * time-outs, connection failures, refused addresses and oversized bodies mean "unreachable" and
 * disallow everything. Unreachable results are cached for {@code min(ttl, 10 min)} so the host is
 * retried soon; successful ones for {@code ttl}. At most {@code maxHosts} origins are cached; when
 * full, expired entries are dropped first, then arbitrary ones.
 *
 * <p>A Crawl-delay above crawler-commons' maximum (5 min) makes {@link #isAllowed(String)} false
 * for the host, as crawler-commons defers such hosts.
 *
 * <p>Thread-safe; concurrent lookups of one origin share one fetch.
 */
public final class RobotsCache {
    /** RFC 9309 section 2.5: crawlers must parse at least 500 KiB. */
    static final int MAX_ROBOTS_BYTES = 500 * 1024;
    static final Duration MAX_ERROR_TTL = Duration.ofMinutes(10);

    /** Fetches a robots.txt URL; any {@link FetchException} is mapped by the failure policy above. */
    @FunctionalInterface
    public interface RobotsSource {
        FetchResult fetch(String robotsUrl) throws FetchException;
    }

    private static final class Entry {
        final FutureTask<BaseRobotRules> task;
        volatile Instant expires;

        Entry(FutureTask<BaseRobotRules> task) {
            this.task = task;
        }

        boolean isExpired(Instant now) {
            Instant at = expires;
            return at != null && !now.isBefore(at);
        }
    }

    private final RobotsSource source;
    private final List<String> agentNames;
    private final Duration ttl;
    private final int maxHosts;
    private final Clock clock;
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param source    how robots.txt is fetched
     * @param agentName our robots token, e.g. {@code newsflow} (one token, matched case-insensitively)
     * @param ttl       how long parsed rules are kept (positive)
     * @param maxHosts  bound on cached origins (positive)
     */
    public RobotsCache(RobotsSource source, String agentName, Duration ttl, int maxHosts) {
        this(source, agentName, ttl, maxHosts, Clock.systemUTC());
    }

    RobotsCache(RobotsSource source, String agentName, Duration ttl, int maxHosts, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        if (agentName == null || agentName.isBlank() || agentName.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("agentName must be a single token such as 'newsflow'");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero() || maxHosts < 1) {
            throw new IllegalArgumentException("ttl and maxHosts must be positive");
        }
        this.agentNames = List.of(agentName.toLowerCase(Locale.ROOT));
        this.ttl = ttl;
        this.maxHosts = maxHosts;
        this.clock = clock;
    }

    /** A cache fetching through {@code fetcher}, 24 h TTL, 100 000 origins. */
    public static RobotsCache using(HttpFetcher fetcher, String agentName) {
        return new RobotsCache(fetcher::fetch, agentName, Duration.ofHours(24), 100_000);
    }

    /** Whether {@code url} may be fetched; false for anything that is not an http(s) URL. */
    public boolean isAllowed(String url) {
        String origin = origin(url);
        if (origin == null) {
            return false;
        }
        BaseRobotRules rules = rules(origin);
        return !rules.isDeferVisits() && rules.isAllowed(url);
    }

    /**
     * The Crawl-delay for a host, if robots.txt sets one.
     *
     * @param hostOrUrl a URL on the host, or a bare host name (then https is assumed)
     */
    public Optional<Duration> crawlDelay(String hostOrUrl) {
        String origin = origin(hostOrUrl == null || hostOrUrl.contains("://") ? hostOrUrl : "https://" + hostOrUrl + "/");
        if (origin == null) {
            return Optional.empty();
        }
        long millis = rules(origin).getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }

    /** The sitemap URLs robots.txt announces for the host of {@code url} (empty when none). */
    public List<String> sitemaps(String url) {
        String origin = origin(url);
        return origin == null ? List.of() : List.copyOf(rules(origin).getSitemaps());
    }

    private BaseRobotRules rules(String origin) {
        Instant now = clock.instant();
        Entry entry = cache.get(origin);
        if (entry == null || entry.isExpired(now)) {
            Entry fresh = new Entry(new FutureTask<>(() -> load(origin)));
            entry = cache.compute(origin, (k, old) -> old == null || old.isExpired(now) ? fresh : old);
            if (entry == fresh) {
                evictIfFull(now);
                fresh.task.run();
            }
        }
        try {
            return entry.task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        } catch (ExecutionException e) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
        }
    }

    private BaseRobotRules load(String origin) {
        String robotsUrl = origin + "/robots.txt";
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        BaseRobotRules rules;
        Duration keep = ttl;
        try {
            FetchResult result = source.fetch(robotsUrl);
            byte[] body = result.body();
            if (body.length > MAX_ROBOTS_BYTES) {
                body = Arrays.copyOf(body, MAX_ROBOTS_BYTES);
            }
            rules = result.status() >= 200 && result.status() <= 299
                    ? parser.parseContent(result.finalUrl(), body, "text/plain", agentNames)
                    : new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        } catch (FetchException e) {
            if (meansNoRobots(e)) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
                keep = ttl.compareTo(MAX_ERROR_TTL) < 0 ? ttl : MAX_ERROR_TTL;
            }
        } catch (RuntimeException e) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            keep = ttl.compareTo(MAX_ERROR_TTL) < 0 ? ttl : MAX_ERROR_TTL;
        }
        Entry entry = cache.get(origin);
        if (entry != null) {
            entry.expires = clock.instant().plus(keep);
        }
        return rules;
    }

    private static boolean meansNoRobots(FetchException e) {
        switch (e.reason()) {
            case FetchException.HTTP_404:
            case FetchException.HTTP_410:
            case FetchException.HTTP_4XX:
            case FetchException.HTTP_3XX:
            case FetchException.TOO_MANY_REDIRECTS:
            case FetchException.BAD_CONTENT_TYPE:
                return true;
            default:
                return false;
        }
    }

    private void evictIfFull(Instant now) {
        if (cache.size() <= maxHosts) {
            return;
        }
        cache.values().removeIf(e -> e.isExpired(now));
        Iterator<String> keys = cache.keySet().iterator();
        while (cache.size() > maxHosts && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** {@code scheme://host[:port]} lower-cased, or null for non-http(s) or unparseable input. */
    static String origin(String url) {
        if (url == null || url.length() > 8192) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            String resolved = io.newsflow.ingest.fetch.UrlResolver.resolve(null, url);
            if (resolved == null) {
                return null;
            }
            uri = URI.create(resolved);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
            return null;
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
