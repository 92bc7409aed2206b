package io.newsflow.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesAllValueKinds() throws Exception {
    Object value = Json.parse(" {\"s\": \"a\\n\\u00e9\\/\", \"n\": -1.5e2, \"i\": 7, \"t\": true, \"f\": false,"
        + " \"z\": null, \"a\": [1, [], {}]} ");
    assertThat(value).isInstanceOf(Map.class);
    Map<?, ?> map = (Map<?, ?>) value;
    assertThat(map.get("s")).isEqualTo("a\n\u00e9/");
    assertThat(((Number) map.get("n")).doubleValue()).isEqualTo(-150.0);
    assertThat(((Number) map.get("i")).intValue()).isEqualTo(7);
    assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
    assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
    assertThat(map.containsKey("z")).isTrue();
    assertThat(map.get("z")).isNull();
    assertThat((List<?>) map.get("a")).hasSize(3);
    assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("s", "n", "i", "t", "f", "z", "a")); // document order kept
  }

  @Test
  void strictParseRejectsMalformedInput() {
    for (String bad : new String[] {"", "  ", "{", "{\"a\" 1}", "[1,]", "{\"a\":tru}", "\"unterminated", "[1 2]",
        "{\"a\":\"\\x\"}", "{} {}", "\"tab\there\"", "// c\n{}", "{'a': 1}"}) {
      assertThatThrownBy(() -> Json.parse(bad)).as(bad).isInstanceOf(Json.JsonException.class);
    }
  }

  @Test
  void boundsNestingDepthInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> Json.parse(deep)).isInstanceOf(Json.JsonException.class)
        .hasMessageContaining("nesting");
    assertThat(Json.parseLenient(deep)).isNull();
    String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertThat(Json.parseLenient(ok)).isInstanceOf(List.class);
  }

  @Test
  void lenientParseReadsWhatWebPagesEmbed() {
    Map<?, ?> ld = (Map<?, ?>) Json.parseLenient(
        "{\"headline\": \"Line one\nline two\", /* CMS comment */ \"author\": ['A', 'B',],} trailing junk");
    assertThat(ld.get("headline")).isEqualTo("Line one\nline two");
    assertThat(ld.get("author")).isEqualTo(List.of("A", "B"));
    assertThat(Json.parseLenient("{\"a\": ")).isNull();
    assertThat(Json.parseLenient("not json at all")).isNull();
    assertThat(Json.parseLenient(null)).isNull();
  }

  @Test
  void objectNamesTheProblem() {
    assertThat(Json.object("{\"id\": \"x\"}")).containsEntry("id", "x");
    assertThatThrownBy(() -> Json.object("[1]")).hasMessageContaining("expected a JSON object, found an array");
    assertThatThrownBy(() -> Json.object("{\"id\"")).hasMessageStartingWith("not JSON");
  }

  @Test
  void writesStringsThatRoundTripAndStayOnOneLine() throws Exception {
    String nasty = "quote \" backslash \\ nl \n cr \r tab \t nul \u0000 ls \u2028 ps \u2029 é 😀";
    String quoted = Json.quote(nasty);
    assertThat(quoted).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0000");
    assertThat(Json.parse(quoted)).isEqualTo(nasty);
    assertThat(Json.quote(null)).isEqualTo("null");
    String array = Json.stringArray(List.of("Sergey Lavrov", "Lavrov", "O'Brien \"Jr\""));
    assertThat(Json.parse(array)).isEqualTo(List.of("Sergey Lavrov", "Lavrov", "O'Brien \"Jr\""));
    assertThat(Json.stringArray(List.of())).isEqualTo("[]");
    assertThat(Json.parseStringArray(array)).containsExactly("Sergey Lavrov", "Lavrov", "O'Brien \"Jr\"");
    assertThat(Json.parseStringArray("[\"\\uZZZZ\"")).isEmpty();
    assertThat(Json.parseStringArray(null)).isEmpty();
  }
}
