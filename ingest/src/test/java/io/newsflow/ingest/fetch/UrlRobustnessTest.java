package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random URL-like strings: documented exceptions only, and canonical forms stay fixed points. */
class UrlRobustnessTest {
    private static final String ALPHABET = "aZ09-._~:/?#[]@!$&'()*+,;=% \t\u00e9\u4e2d\\\"<>|^`{}..";
    private static final String[] PREFIXES = {"http://", "https://", "HTTP://Ex.COM", "http://[::1]", "http://a.b:80",
            "", "//", "ftp://"};

    private static String randomUrl(Random random) {
        StringBuilder s = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void canonicalizerThrowsOnlyIllegalArgumentAndIsIdempotent() {
        Random random = new Random(20250701);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++) {
            String url = randomUrl(random);
            Optional<String> canonical = UrlCanonicalizer.tryCanonicalize(url);
            if (canonical.isPresent()) {
                accepted++;
                assertThat(UrlCanonicalizer.canonicalize(canonical.get())).as(url).isEqualTo(canonical.get());
            }
        }
        assertThat(accepted).isGreaterThan(500);
    }

    @Test
    void resolverNeverThrows() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            String resolved = UrlResolver.resolve("https://news.example/a/b", randomUrl(random));
            if (resolved != null) {
                assertThat(resolved).startsWithIgnoringCase("http");
                assertThat(java.net.URI.create(resolved).getHost()).isNotNull();
            }
        }
    }
}
