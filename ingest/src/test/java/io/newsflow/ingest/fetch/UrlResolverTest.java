package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlResolverTest {

    /** Cases from RFC 3986 section 5.4 plus the in-the-wild ones feeds and redirects produce. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "http://a/b/c/d;p?q|g|http://a/b/c/g",
            "http://a/b/c/d;p?q|./g|http://a/b/c/g",
            "http://a/b/c/d;p?q|g/|http://a/b/c/g/",
            "http://a/b/c/d;p?q|/g|http://a/g",
            "http://a/b/c/d;p?q|//g|http://g",
            "http://a/b/c/d;p?q|?y|http://a/b/c/d;p?y",
            "http://a/b/c/d;p?q|g?y|http://a/b/c/g?y",
            "http://a/b/c/d;p?q|#s|http://a/b/c/d;p?q",
            "http://a/b/c/d;p?q|g#s|http://a/b/c/g",
            "http://a/b/c/d;p?q|..|http://a/b/",
            "http://a/b/c/d;p?q|../..|http://a/",
            "http://a/b/c/d;p?q|../../../g|http://a/g",
            "http://a/b/c/d;p?q|../../../../g|http://a/g",
            "http://a/b/c/d;p?q|/./g|http://a/g",
            "https://news.example|story.html|https://news.example/story.html",
            "https://news.example|?page=2|https://news.example/?page=2",
            "https://news.example/feed|https://other.example/a b|https://other.example/a%20b",
            "https://news.example/feed|/caf\u00e9|https://news.example/caf%C3%A9",
            "https://news.example/feed|mailto:desk@news.example|NULL",
            "https://news.example/feed|javascript:void(0)|NULL",
            "NULL|/relative|NULL",
            "https://news.example/feed|NULL|NULL",
    })
    void resolvesLikeRfc3986(String base, String reference, String expected) {
        assertThat(UrlResolver.resolve(base, reference)).isEqualTo(expected);
    }
}
