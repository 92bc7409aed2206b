package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceSpecTest {
  @TempDir Path tmp;

  @Test
  void settingsRoundTripThroughTheTopicJson() {
    SourceSpec spec = new SourceSpec("https://example.org/sitemap.xml", SourceType.SITEMAP, Duration.ofSeconds(600));

    assertThat(spec.toJson()).isEqualTo("{\"type\":\"sitemap\",\"pollSeconds\":600}");
    assertThat(SourceSpec.fromJson(spec.location(), spec.toJson())).isEqualTo(spec);
  }

  @Test
  void unknownFieldsAreIgnoredAndAMissingTypeIsInferred() {
    SourceSpec spec = SourceSpec.fromJson("https://example.org/news.warc.gz", "{\"owner\":\"desk\"}");
    assertThat(spec.type()).isEqualTo(SourceType.WARC);
    assertThat(spec.pollInterval()).isNull();
  }

  @Test
  void badSettingsAreRefusedWithAReason() {
    assertThatThrownBy(() -> SourceSpec.fromJson("https://x.example/", "not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SourceSpec.fromJson("https://x.example/", "[1]"))
        .hasMessageContaining("JSON object");
    assertThatThrownBy(() -> SourceSpec.fromJson("https://x.example/", "{\"type\":\"gopher\"}"))
        .hasMessageContaining("unknown source type");
    assertThatThrownBy(() -> SourceSpec.fromJson("https://x.example/", "{\"type\":\"rss\",\"pollSeconds\":0}"))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> SourceSpec.fromJson(" ", "{}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void typeIsInferredFromTheLocation() {
    assertThat(SourceSpec.infer("https://example.org/feed.xml").type()).isEqualTo(SourceType.RSS);
    assertThat(SourceSpec.infer("https://example.org/news-sitemap.xml").type()).isEqualTo(SourceType.SITEMAP);
    assertThat(SourceSpec.infer("/data/CC-NEWS-2024.warc.gz").type()).isEqualTo(SourceType.WARC);
    assertThat(SourceSpec.infer("urls.txt").type()).isEqualTo(SourceType.URLS);
    assertThat(SourceSpec.infer("https://example.org/robots.txt").type()).isEqualTo(SourceType.SITEMAP);
    assertThat(SourceSpec.infer(tmp.toString()).type()).isEqualTo(SourceType.HTML_DIR);
    assertThat(SourceType.of("Atom")).isEqualTo(SourceType.RSS);
  }
}
