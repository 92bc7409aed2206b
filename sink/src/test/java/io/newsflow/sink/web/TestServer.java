package io.newsflow.sink.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.common.http.HttpEndpoints;
import io.newsflow.sink.store.ArticleStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An {@link HttpEndpoints} on a free loopback port with {@link SinkWeb} over a store, and a small client. */
final class TestServer implements AutoCloseable {

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final HttpEndpoints http;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(ArticleStore store) {
        http = new HttpEndpoints("127.0.0.1", 0, registry);
        new SinkWeb(store, registry).addTo(http);
        http.start();
    }

    String base() {
        return "http://127.0.0.1:" + http.port();
    }

    Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Override
    public void close() {
        http.close();
        registry.close();
    }
}
