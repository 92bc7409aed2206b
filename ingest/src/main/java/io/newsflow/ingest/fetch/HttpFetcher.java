package io.newsflow.ingest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches one URL with {@link java.net.http.HttpClient} under {@link FetchLimits} and a {@link UrlGuard}.
 *
 * <p>Contract:
 * <ul>
 *   <li>The guard checks the URL and again every redirect target before any connection is made to it;
 *       redirects (301, 302, 303, 307, 308) are followed by this class, never by the client, at most
 *       {@code maxRedirects} times.</li>
 *   <li>Each hop has a hard deadline of {@code readTimeout} covering headers and body, so one fetch
 *       takes at most {@code (maxRedirects + 1) * readTimeout} plus name resolution (the guard's DNS
 *       lookup uses the system resolver and its timeouts).</li>
 *   <li>Content-Type is checked on the headers ({@link AcceptedContentTypes}); a refused type, or a
 *       declared Content-Length above {@code maxBodyBytes}, fails without reading the body.</li>
 *   <li>Bodies are capped at {@code maxBodyBytes} on the wire and again after gzip/deflate decoding;
 *       decoding also stops at {@code maxDecompressionRatio}.</li>
 *   <li>2xx and 304 return a {@link FetchResult}; every other outcome is a {@link FetchException} with
 *       a stable reason and a transient/permanent classification.</li>
 *   <li>Proxies are never used (a proxy would bypass the address check).</li>
 * </ul>
 * Thread-safe; share one instance per process. {@link #close()} stops its worker threads; later
 * fetches throw {@link IllegalStateException}.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_HEADERS = 200;
    /** Error and redirect bodies up to this size are drained so the connection stays reusable. */
    private static final long DRAIN_LIMIT_BYTES = 64 * 1024;
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "application/rss+xml;q=0.9,application/atom+xml;q=0.9,application/feed+json;q=0.9,*/*;q=0.5";
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Threads of the HTTP client's executor (selector callbacks, body delivery), whatever the fetch concurrency. */
    static final int CLIENT_THREADS = 4;

    private final FetchLimits limits;
    private final UrlGuard guard;
    private final AcceptedContentTypes accepted;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client;
    private volatile boolean closed;

    /** A fetcher accepting {@link AcceptedContentTypes#defaults()}. */
    public HttpFetcher(FetchLimits limits, UrlGuard guard) {
        this(limits, guard, AcceptedContentTypes.defaults());
    }

    public HttpFetcher(FetchLimits limits, UrlGuard guard, AcceptedContentTypes accepted) {
        this(limits, guard, accepted, Clock.systemUTC());
    }

    HttpFetcher(FetchLimits limits, UrlGuard guard, AcceptedContentTypes accepted, Clock clock) {
        this.limits = limits;
        this.guard = guard;
        this.accepted = accepted;
        this.clock = clock;
        // the client's executor only runs short callbacks (our fetch threads block in send()): a fixed pool
        // instead of the JDK default's cached one, which grew by a thread at each new peak of concurrency
        // (13 -> 15 threads within a 30-minute soak) and idled them out a minute later
        ThreadPoolExecutor pool = new ThreadPoolExecutor(CLIENT_THREADS, CLIENT_THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "newsflow-http-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.prestartAllCoreThreads();
        this.executor = pool;
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
    }

    /** Unconditional GET. */
    public FetchResult fetch(String url) throws FetchException {
        return fetch(url, null, null);
    }

    /**
     * Conditional GET: sends {@code If-None-Match}/{@code If-Modified-Since} when given (nullable), and
     * returns a 304 result with an empty body when the server says the copy is current.
     */
    public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
        if (closed) {
            throw new IllegalStateException("HttpFetcher is closed");
        }
        URI current = LenientUris.parse(url);
        if (current == null || !current.isAbsolute()) {
            throw FetchException.permanent(FetchException.BAD_URL, "unparseable URL: " + abbreviate(url));
        }
        guard.check(current);
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(current, etag, lastModified);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                URI next = redirectTarget(current, response);
                if (hop >= limits.maxRedirects()) {
                    throw FetchException.permanent(FetchException.TOO_MANY_REDIRECTS,
                            "more than " + limits.maxRedirects() + " redirects from " + abbreviate(url));
                }
                guard.check(next);
                current = next;
                continue;
            }
            if ((status >= 200 && status <= 299) || status == 304) {
                return toResult(url, current, response);
            }
            throw FetchException.forStatus(status, current.toString(),
                    RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null), clock.instant()));
        }
    }

    private HttpResponse<byte[]> send(URI uri, String etag, String lastModified) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(limits.readTimeout())
                .header("User-Agent", limits.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate")
                .GET();
        if (isHeaderSafe(etag)) {
            request.header("If-None-Match", etag);
        }
        if (isHeaderSafe(lastModified)) {
            request.header("If-Modified-Since", lastModified);
        }
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(request.build(), this::subscriberFor);
        } catch (IllegalArgumentException e) {
            throw FetchException.permanent(FetchException.BAD_URL, "rejected by HTTP client: " + uri);
        }
        try {
            return future.get(limits.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw FetchException.transientFailure(FetchException.TIMEOUT,
                    "no complete response within " + limits.readTimeout() + " from " + uri, null);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure(FetchException.INTERRUPTED, "interrupted fetching " + uri, e);
        } catch (ExecutionException e) {
            throw classify(e.getCause(), uri);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> subscriberFor(HttpResponse.ResponseInfo info) {
        int status = info.statusCode();
        if (status < 200 || status > 299) {
            return LimitedBodySubscriber.discarding(DRAIN_LIMIT_BYTES);
        }
        String contentType = info.headers().firstValue("content-type").orElse(null);
        if (!accepted.accepts(contentType)) {
            return LimitedBodySubscriber.rejecting(FetchException.permanent(FetchException.BAD_CONTENT_TYPE,
                    "refused Content-Type " + abbreviate(contentType)));
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1L);
        if (declared > limits.maxBodyBytes()) {
            return LimitedBodySubscriber.rejecting(FetchException.permanent(FetchException.TOO_LARGE,
                    "declared Content-Length " + declared + " exceeds " + limits.maxBodyBytes()));
        }
        return LimitedBodySubscriber.collecting(limits.maxBodyBytes(), declared);
    }

    private static FetchException classify(Throwable failure, URI uri) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodySubscriber.Rejected) {
                return ((LimitedBodySubscriber.Rejected) t).failure;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return FetchException.transientFailure(FetchException.TIMEOUT, "timed out: " + uri, failure);
            }
            if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
                return FetchException.transientFailure(FetchException.CONNECT_FAILED, "cannot connect: " + uri, failure);
            }
        }
        if (failure instanceof IllegalArgumentException) {
            return new FetchException(FetchException.BAD_URL, "rejected by HTTP client: " + uri, false, 0, null,
                    failure);
        }
        String detail = failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return FetchException.transientFailure(FetchException.IO_ERROR, detail + " for " + uri,
                failure instanceof IOException ? failure : null);
    }

    private static URI redirectTarget(URI current, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("location").orElse(null);
        URI relative = LenientUris.parse(location);
        if (relative == null) {
            throw FetchException.permanent(FetchException.HTTP_3XX,
                    "redirect " + response.statusCode() + " without usable Location from " + current);
        }
        try {
            URI next = LenientUris.resolve(current, relative);
            // A fragment is client-side only; keep the request line clean.
            String text = next.toString();
            int hash = text.indexOf('#');
            return hash < 0 ? next : new URI(text.substring(0, hash));
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            throw FetchException.permanent(FetchException.BAD_URL, "bad redirect target " + abbreviate(location));
        }
    }

    private FetchResult toResult(String requested, URI finalUri, HttpResponse<byte[]> response) throws FetchException {
        Map<String, String> headers = flatten(response.headers());
        byte[] body = response.statusCode() == 304 ? new byte[0]
                : ContentDecoder.decode(response.body(), headers.get("content-encoding"), limits.maxBodyBytes(),
                        limits.maxDecompressionRatio());
        return new FetchResult(requested, finalUri.toString(), response.statusCode(), headers.get("content-type"),
                headers, body, clock.instant());
    }

    private static Map<String, String> flatten(HttpHeaders headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            if (out.size() >= MAX_HEADERS) {
                break;
            }
            out.merge(e.getKey().toLowerCase(Locale.ROOT), String.join(", ", e.getValue()), (a, b) -> a + ", " + b);
        }
        return out;
    }

    private static boolean isHeaderSafe(String value) {
        return value != null && !value.isBlank() && value.length() <= 1024
                && value.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** Stops the worker threads; in-flight fetches fail. Idempotent. */
    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
