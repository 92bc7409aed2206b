package io.newsflow.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateParsingTest {
    @Test
    void convertsOffsetsToUtc() {
        assertThat(DateParsing.parse("2019-11-19T10:48:00+0100")).isEqualTo(Instant.parse("2019-11-19T09:48:00Z"));
        assertThat(DateParsing.parse("2019-11-19T10:48:00.123-05:00")).isEqualTo(Instant.parse("2019-11-19T15:48:00Z"));
        assertThat(DateParsing.parse("2019-11-19")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
    }

    @Test
    void readsRfc1123EpochAndEnglishText() {
        assertThat(DateParsing.parse("Tue, 19 Nov 2019 10:48:00 GMT")).isEqualTo(Instant.parse("2019-11-19T10:48:00Z"));
        assertThat(DateParsing.parse("1574160480")).isEqualTo(Instant.parse("2019-11-19T10:48:00Z"));
        assertThat(DateParsing.parse("Updated November 19, 2019 6:03 PM EST")).isEqualTo(Instant.parse("2019-11-19T23:03:00Z"));
        assertThat(DateParsing.parse("19 Nov 2019")).isEqualTo(Instant.parse("2019-11-19T00:00:00Z"));
    }

    @Test
    void returnsNullForNonsense() {
        assertThat(DateParsing.parse("yesterday-ish")).isNull();
        assertThat(DateParsing.parse("2019-13-45")).isNull();
        assertThat(DateParsing.parse(null)).isNull();
    }
}
