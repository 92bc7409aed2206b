package io.newsflow.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the line-based word lists shipped next to these classes on the classpath. */
final class Resources {

  private Resources() {}

  /**
   * Non-blank, non-comment ({@code #}) lines of a resource, trimmed.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  static List<String> lines(String name) {
    InputStream in = Resources.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + name);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return out;
  }

  static java.util.Set<String> lowerSet(String name) {
    java.util.Set<String> s = new java.util.HashSet<>();
    for (String l : lines(name)) s.add(l.toLowerCase(java.util.Locale.ROOT));
    return java.util.Set.copyOf(s);
  }
}
