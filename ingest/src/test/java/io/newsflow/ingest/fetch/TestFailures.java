package io.newsflow.ingest.fetch;

import java.time.Duration;

/** Builds classified {@link FetchException}s for tests in other packages. */
public final class TestFailures {
    private TestFailures() {
    }

    /** The exception HttpFetcher raises for an HTTP status, e.g. "404" or "503". */
    public static FetchException of(String status) {
        int code = Integer.parseInt(status);
        return FetchException.forStatus(code, "https://test.example/robots.txt", code == 503 ? Duration.ofSeconds(5) : null);
    }
}
