package io.newsflow.cli.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of one rendered kustomization, looked up by kind and name. */
record Rendered(String name, List<JsonNode> objects) {

  List<JsonNode> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
  }

  Optional<JsonNode> find(String kind, String objectName) {
    return ofKind(kind).stream().filter(o -> objectName.equals(name(o))).findFirst();
  }

  /** The single ConfigMap every stage reads (newsflow-config, possibly with a generator hash suffix). */
  JsonNode config() {
    return ofKind("ConfigMap").stream().filter(o -> name(o).startsWith("newsflow-config")).findFirst()
        .orElseThrow(() -> new AssertionError(name + ": no ConfigMap newsflow-config"));
  }

  String configValue(String envName, String fallback) {
    JsonNode v = config().path("data").get(envName);
    return v == null ? fallback : v.asText();
  }

  static String name(JsonNode o) {
    return o.path("metadata").path("name").asText();
  }

  static Map<String, String> map(JsonNode node) {
    Map<String, String> m = new HashMap<>();
    node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
    return m;
  }

  /** True when every label the selector asks for is on {@code labels}, and it asks for at least one. */
  static boolean selects(JsonNode matchLabels, JsonNode labels) {
    Map<String, String> wanted = map(matchLabels);
    Map<String, String> have = map(labels);
    return !wanted.isEmpty() && wanted.entrySet().stream().allMatch(e -> e.getValue().equals(have.get(e.getKey())));
  }
}
