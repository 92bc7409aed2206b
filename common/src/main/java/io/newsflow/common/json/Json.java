package io.newsflow.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one JSON reader and string writer for plain values: feeds, JSON-LD blocks, evaluation files, stored alias
 * lists. Values come back as {@link java.util.LinkedHashMap} objects, {@link java.util.ArrayList} arrays,
 * {@link String}, {@link Number}, {@link Boolean} or {@code null}.
 *
 * <p>Two readers, because the inputs differ: {@link #parse} is strict RFC 8259 (a JSON Feed that is not JSON is
 * a broken feed, and the user should hear so); {@link #parseLenient} reads what web pages actually embed in
 * {@code <script type="application/ld+json">} — raw newlines in strings, trailing commas, comments, junk after
 * the value — and answers {@code null} instead of throwing. Both bound nesting to {@value #MAX_DEPTH} levels and
 * string length to {@value #MAX_STRING_CHARS} characters, so a hostile document cannot overflow the stack or
 * the heap.
 */
public final class Json {
  public static final int MAX_DEPTH = 64;
  public static final int MAX_STRING_CHARS = 16 * 1024 * 1024;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_CHARS).build();
  private static final ObjectMapper STRICT = JsonMapper.builder(factory())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final ObjectMapper LENIENT = JsonMapper.builder(factory())
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private Json() {}

  private static JsonFactory factory() {
    JsonFactory factory = new JsonFactory();
    factory.setStreamReadConstraints(LIMITS);
    factory.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return factory;
  }

  /** Thrown by {@link #parse} for malformed input; the message says what and where. */
  public static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Strict RFC 8259 parse of one complete document. */
  public static Object parse(String text) throws JsonException {
    if (text == null || text.isBlank()) {
      throw new JsonException("empty document", null);
    }
    try {
      return STRICT.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new JsonException(e.getOriginalMessage() + location(e), e);
    }
  }

  /** Lenient parse of the first value in {@code text}; {@code null} when there is none or it is malformed. */
  public static Object parseLenient(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LENIENT.readValue(text, Object.class);
    } catch (JsonProcessingException | RuntimeException malformed) {
      // malformed JSON-LD is common on the web: the caller treats it as absent
      return null;
    }
  }

  /**
   * One line of a JSONL file that must hold an object; the exception names the problem so an evaluation run
   * can say which line of which file is broken.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String line) {
    Object value;
    try {
      value = parse(line);
    } catch (JsonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
    }
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("expected a JSON object, found " + kind(value));
  }

  /** {@code s} as a JSON string literal; control characters and U+2028/U+2029 escaped, so JSONL stays one line. */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendQuoted(out, s);
    return out.toString();
  }

  /** Appends {@code s} as a JSON string literal (or {@code null}). */
  public static void appendQuoted(StringBuilder out, String s) {
    if (s == null) {
      out.append("null");
      return;
    }
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A JSON array of strings. */
  public static String stringArray(List<String> values) {
    StringBuilder out = new StringBuilder(16 * values.size() + 2).append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendQuoted(out, values.get(i));
    }
    return out.append(']').toString();
  }

  /** The strings of a JSON array such as {@link #stringArray} writes; anything else yields an empty list. */
  public static List<String> parseStringArray(String json) {
    if (!(parseLenient(json) instanceof List<?> values)) {
      return new ArrayList<>();
    }
    List<String> strings = new ArrayList<>(values.size());
    for (Object v : values) {
      if (v instanceof String s) {
        strings.add(s);
      }
    }
    return strings;
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at offset " + e.getLocation().getCharOffset();
  }

  private static String kind(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    return value instanceof String ? "a string" : "a " + value.getClass().getSimpleName().toLowerCase();
  }
}
