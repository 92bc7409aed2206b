package io.newsflow.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro records as plain JSON with stable field names (the schema's), for people and JSONL exports:
 * timestamps as ISO-8601 UTC strings, enums as names, bytes as base64, unions unwrapped.
 */
public final class RecordJson {
  private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper COMPACT = new ObjectMapper();

  private RecordJson() {}

  public static String pretty(Object value) {
    return write(PRETTY, value);
  }

  public static String line(Object value) {
    return write(COMPACT, value);
  }

  private static String write(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsString(toPlain(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** Converts records, lists and maps recursively into JSON-ready values. */
  public static Object toPlain(Object v) {
    if (v instanceof SpecificRecord r) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Schema.Field f : r.getSchema().getFields()) {
        m.put(f.name(), toPlain(r.get(f.pos())));
      }
      return m;
    }
    if (v instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) {
        out.add(toPlain(o));
      }
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, val) -> out.put(String.valueOf(k), toPlain(val)));
      return out;
    }
    if (v instanceof Instant i) {
      return i.toString();
    }
    if (v instanceof ByteBuffer b) {
      byte[] bytes = new byte[b.remaining()];
      b.duplicate().get(bytes);
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    if (v instanceof CharSequence s) {
      return s.toString();
    }
    return v;
  }
}
