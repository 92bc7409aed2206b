package io.newsflow.ingest.discover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

    @Test
    void parsesAllValueKinds() throws Exception {
        Object value = MiniJson.parse(" {\"s\": \"a\\n\\u00e9\\/\", \"n\": -1.5e2, \"t\": true, \"f\": false,"
                + " \"z\": null, \"a\": [1, [], {}]} ");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(map.get("s")).isEqualTo("a\n\u00e9/");
        assertThat(map.get("n")).isEqualTo(-150.0);
        assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(map.containsKey("z")).isTrue();
        assertThat(map.get("z")).isNull();
        assertThat((List<?>) map.get("a")).hasSize(3);
    }

    @Test
    void rejectsMalformedInput() {
        for (String bad : new String[] {"", "{", "{\"a\" 1}", "[1,]x", "{\"a\":tru}", "\"unterminated", "[1 2]",
                "{\"a\":\"\\x\"}", "{} {}", "\"tab\there\""}) {
            assertThatThrownBy(() -> MiniJson.parse(bad)).as(bad).isInstanceOf(MiniJson.JsonException.class);
        }
    }

    @Test
    void boundsNestingDepthInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> MiniJson.parse(deep)).isInstanceOf(MiniJson.JsonException.class)
                .hasMessageContaining("nesting");
    }
}
