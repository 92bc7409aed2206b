package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal IPs only: no DNS lookups and never any connection. */
class UrlGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0",
            "224.0.0.1", "239.255.255.250", "255.255.255.255", "192.0.2.10", "198.18.0.1", "[::1]", "[::]",
            "[fd00::1]", "[fd00:ec2::254]", "[fc00::5]", "[fe80::1]", "[ff02::1]", "[::ffff:127.0.0.1]",
            "[::ffff:169.254.169.254]", "[64:ff9b::a00:1]", "[2002:c0a8:101::1]", "[2001:db8::1]"})
    void strictGuardRefusesInternalAddresses(String host) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> UrlGuard.strict().check(URI.create("http://" + host + "/path")));
        assertThat(e).as(host).isNotNull();
        assertThat(e.reason()).isEqualTo(FetchException.SSRF_BLOCKED);
        assertThat(e.isTransient()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "1.1.1.1", "[2606:4700:4700::1111]", "[::ffff:93.184.216.34]"})
    void strictGuardAllowsPublicAddresses(String host) {
        assertThatCode(() -> UrlGuard.strict().check(URI.create("https://" + host + ":8443/a?b=c")))
                .as(host).doesNotThrowAnyException();
    }

    @Test
    void loopbackGuardAllowsOnlyLoopbackExtra() throws Exception {
        UrlGuard guard = UrlGuard.allowingLoopback();
        guard.check(URI.create("http://127.0.0.1:8080/"));
        guard.check(URI.create("http://[::1]/"));
        for (String blocked : new String[] {"http://0.0.0.0/", "http://10.1.1.1/", "http://169.254.169.254/",
                "http://[fd00:ec2::254]/", "http://192.168.0.1/"}) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> guard.check(URI.create(blocked)));
            assertThat(e).as(blocked).isNotNull();
            assertThat(e.reason()).isEqualTo(FetchException.SSRF_BLOCKED);
        }
    }

    @Test
    void refusesNonHttpSchemesAndMissingHost() {
        for (String url : new String[] {"ftp://93.184.216.34/", "file:///etc/passwd", "gopher://93.184.216.34/",
                "http:///nohost", "mailto:a@b.c"}) {
            FetchException e = catchThrowableOfType(FetchException.class, () -> UrlGuard.strict().check(URI.create(url)));
            assertThat(e).as(url).isNotNull();
            assertThat(e.reason()).isEqualTo(FetchException.BAD_URL);
        }
    }

    @Test
    void refusesHostWhenAnyResolvedAddressIsInternal() throws Exception {
        // A name with one public and one private record must be refused (DNS answers can be mixed on purpose).
        UrlGuard guard = new UrlGuard(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")});
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> guard.check(URI.create("https://news.example/")));
        assertThat(e.reason()).isEqualTo(FetchException.SSRF_BLOCKED);
    }

    @Test
    void unresolvableHostIsTransientConnectFailure() {
        UrlGuard guard = new UrlGuard(false, host -> {
            throw new UnknownHostException(host);
        });
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> guard.check(URI.create("https://no-such-host.example/")));
        assertThat(e.reason()).isEqualTo(FetchException.CONNECT_FAILED);
        assertThat(e.isTransient()).isTrue();
    }
}
