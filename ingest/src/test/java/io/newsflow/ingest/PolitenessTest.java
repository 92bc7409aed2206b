package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.discover.RobotsCache;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HostThrottle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolitenessTest {
  private static Politeness politeness(String robots, Duration defaultDelay) {
    RobotsCache cache = new RobotsCache(url -> new FetchResult(url, url, 200, "text/plain", Map.of(),
        robots.getBytes(StandardCharsets.UTF_8), Instant.now()), "newsflow", Duration.ofHours(1), 100);
    return new Politeness(cache, new HostThrottle(defaultDelay, Duration.ofSeconds(60), 100), defaultDelay);
  }

  @Test
  void robotsRulesDecideWhatMayBeFetched() {
    Politeness p = politeness("User-agent: *\nDisallow: /private/\n", Duration.ZERO);
    assertThat(p.allowed("https://news.example/private/x")).isFalse();
    assertThat(p.allowed("https://news.example/public/x")).isTrue();
  }

  @Test
  void aLargerCrawlDelaySpacesTheHostsRequests() {
    Politeness p = politeness("User-agent: *\nCrawl-delay: 5\n", Duration.ofMillis(100));
    assertThat(p.reserve("https://news.example/a")).isEqualTo(Duration.ZERO);
    Duration second = p.reserve("https://news.example/b");
    assertThat(second).isGreaterThan(Duration.ofMillis(4900)).isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(p.reserve("https://other.example:8080/a")).as("another host is independent").isEqualTo(Duration.ZERO);
  }

  @Test
  void retryAfterHoldsBackTheWholeHost() {
    Politeness p = politeness("", Duration.ZERO);
    p.reserve("https://news.example/a");
    p.backOff("https://news.example/a", Duration.ofSeconds(30));
    assertThat(p.reserve("https://news.example/b")).isGreaterThan(Duration.ofSeconds(29));
  }

  @Test
  void aRequestLateForItsSlotDoesNotPullTheNextOneCloserThanTheDelay() {
    Politeness p = politeness("", Duration.ofSeconds(5));
    // two requests booked their slots long ago; both are only now about to be sent
    assertThat(p.holdOff("https://news.example/a")).isEqualTo(Duration.ZERO);
    Duration hold = p.holdOff("https://news.example/b");
    assertThat(hold).as("the second waits out the delay after the first was actually sent")
        .isGreaterThan(Duration.ofMillis(4900)).isLessThanOrEqualTo(Duration.ofSeconds(5));
    assertThat(p.holdOff("https://other.example/a")).as("another host is independent").isEqualTo(Duration.ZERO);
  }

  @Test
  void hostsIncludeTheirPort() {
    assertThat(Politeness.hostKey("http://127.0.0.1:8080/x")).isEqualTo("127.0.0.1:8080");
    assertThat(Politeness.hostKey("https://News.Example/x")).isEqualTo("news.example");
  }
}
