package io.newsflow.schemas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

/**
 * Every released version of every record schema, shipped in this jar under {@code avro-history/}.
 *
 * <p>Readers resolve a writer schema by its fingerprint from this store, so records written by any
 * released version stay readable. Releasing a schema change means adding its full JSON as
 * {@code avro-history/<Name>.v<N>.avsc} and listing it in {@code avro-history/index.txt};
 * {@code SchemaCompatibilityTest} fails until that is done and the change is compatible both ways.
 */
public final class SchemaHistory {
  static final String INDEX = "avro-history/index.txt";

  private SchemaHistory() {}

  /** Paths (relative to {@code avro-history/}) of all released schemas, in release order. */
  public static List<String> releasedFiles() {
    List<String> files = new ArrayList<>();
    try (InputStream in = open(INDEX);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          files.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Parses one released schema; each file is self-contained (named types inlined). */
  public static Schema load(String file) {
    try (InputStream in = open("avro-history/" + file)) {
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All released schemas whose full name equals {@code fullName}. */
  public static List<Schema> releasesOf(String fullName) {
    List<Schema> out = new ArrayList<>();
    for (String f : releasedFiles()) {
      Schema s = load(f);
      if (s.getFullName().equals(fullName)) {
        out.add(s);
      }
    }
    return out;
  }

  /** A store holding every released schema, for {@code BinaryMessageDecoder}. */
  public static SchemaStore.Cache store() {
    SchemaStore.Cache cache = new SchemaStore.Cache();
    for (String f : releasedFiles()) {
      cache.addSchema(load(f));
    }
    return cache;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing classpath resource " + resource);
    }
    return in;
  }
}
