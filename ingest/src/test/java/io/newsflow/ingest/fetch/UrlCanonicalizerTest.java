package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "HTTP://Example.COM/Path|http://example.com/Path",
            "http://example.com|http://example.com/",
            "http://example.com:80/a|http://example.com/a",
            "https://example.com:443/a|https://example.com/a",
            "https://example.com:80/a|https://example.com:80/a",
            "http://example.com:8080/a|http://example.com:8080/a",
            "http://example.com/a#frag|http://example.com/a",
            "http://example.com/a?b=2&a=1|http://example.com/a?a=1&b=2",
            "http://example.com/a?utm_source=x&id=5&utm_medium=y|http://example.com/a?id=5",
            "http://example.com/a?UTM_Campaign=x&id=5|http://example.com/a?id=5",
            "http://example.com/a?fbclid=abc|http://example.com/a",
            "http://example.com/a?gclid=1&msclkid=2&mc_eid=3&q=news|http://example.com/a?q=news",
            "http://example.com/a?&&x=1&|http://example.com/a?x=1",
            "http://example.com/a?x=2&x=1|http://example.com/a?x=1&x=2",
            "http://example.com/a/./b/../c|http://example.com/a/c",
            "http://example.com/a/b/..|http://example.com/a/",
            "http://example.com/../../a|http://example.com/a",
            "http://example.com/%7euser/%2fx|http://example.com/~user/%2Fx",
            "http://example.com/a%2e%2e/%2E%2E/b|http://example.com/b",
            "http://example.com/a b|http://example.com/a%20b",
            "http://example.com/caf\u00e9|http://example.com/caf%C3%A9",
            "http://example.com/100%|http://example.com/100%25",
            "http://user:pw@example.com/a|http://example.com/a",
            "http://example.com./a|http://example.com/a",
            "http://B\u00fccher.example/|http://xn--bcher-kva.example/",
            "http://[2001:DB8::1]:80/a|http://[2001:db8::1]/a",
            "  https://example.com/a  |https://example.com/a",
            "https://example.com/a?q=a+b|https://example.com/a?q=a+b",
            "https://example.com/2024/story.html?ref=home|https://example.com/2024/story.html?ref=home",
    })
    void canonicalizes(String input, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP://Example.COM:80/a/./b/../c?z=1&utm_source=x&a=%7e#f",
            "http://example.com/caf\u00e9 au lait?q=\u00fc&b", "http://example.com/a%2Fb/%zz?x=%41",
            "https://[::1]:8443/.././x/", "http://B\u00fccher.example./%2e/", "http://example.com/a?=&b=&c"})
    void isIdempotent(String input) {
        String once = UrlCanonicalizer.canonicalize(input);
        assertThat(UrlCanonicalizer.canonicalize(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "example.com/a", "ftp://example.com/", "mailto:a@b.c", "http:/example.com",
            "http://exa mple.com/", "http://example.com:99999/", "http://example.com:abc/", "http:///a",
            "http://[::1/a"})
    void rejectsNonUrls(String input) {
        assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(input)).isInstanceOf(IllegalArgumentException.class);
        assertThat(UrlCanonicalizer.tryCanonicalize(input)).isEmpty();
    }
}
