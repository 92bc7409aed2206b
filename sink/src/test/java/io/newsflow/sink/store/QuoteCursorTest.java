package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class QuoteCursorTest {

    @Test
    void encodedCursorDecodesToTheSamePositionAndIsUrlSafe() {
        QuoteCursor cursor = new QuoteCursor(Instant.parse("2024-03-01T10:15:30.123456Z"), "id|with/odd+chars ü");

        String token = cursor.encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(QuoteCursor.decode(token)).isEqualTo(cursor);
    }

    @Test
    void tokensNotProducedByEncodeAreRejected() {
        String wrongVersion = Base64.getUrlEncoder().encodeToString("2|2024-03-01T00:00:00Z|x".getBytes(StandardCharsets.UTF_8));
        String badTime = Base64.getUrlEncoder().encodeToString("1|yesterday|x".getBytes(StandardCharsets.UTF_8));
        String noId = Base64.getUrlEncoder().encodeToString("1|2024-03-01T00:00:00Z|".getBytes(StandardCharsets.UTF_8));
        for (String token : new String[] {"", "not base64!", wrongVersion, badTime, noId, "A".repeat(600)}) {
            assertThatThrownBy(() -> QuoteCursor.decode(token)).as(token).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
