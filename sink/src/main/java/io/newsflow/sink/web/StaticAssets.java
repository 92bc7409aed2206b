package io.newsflow.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serves the web page's files from the jar ({@code io/newsflow/sink/web/}): a fixed list read once at start, so
 * no request can name any other resource. {@code /} is {@code index.html}; anything else is a plain 404.
 */
final class StaticAssets implements HttpHandler {

    private static final String BASE = "/io/newsflow/sink/web/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "speaker.html", "text/html; charset=utf-8",
            "article.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "style.css", "text/css; charset=utf-8");
    /** Everything the page needs comes from this server; inline scripts and other origins are refused. */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private record Asset(String contentType, byte[] bytes) {}

    private final Map<String, Asset> assets = new LinkedHashMap<>();

    StaticAssets() {
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + f.getKey())) {
                if (in == null) {
                    throw new IllegalStateException("web asset missing from the jar: " + BASE + f.getKey());
                }
                assets.put("/" + f.getKey(), new Asset(f.getValue(), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assets.put("/", assets.get("/index.html"));
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            ex.getResponseHeaders().set("Allow", "GET, HEAD");
            plain(ex, 405, "only GET and HEAD are allowed\n");
            return;
        }
        Asset asset = assets.get(ex.getRequestURI().getRawPath());
        if (asset == null) {
            plain(ex, 404, "not found; the page is at /\n");
            return;
        }
        ex.getResponseHeaders().set("Content-Type", asset.contentType());
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if ("HEAD".equals(method)) {
            ex.sendResponseHeaders(200, -1);
            return;
        }
        ex.sendResponseHeaders(200, asset.bytes().length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(asset.bytes());
        }
    }

    private static void plain(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
