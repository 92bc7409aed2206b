package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results: rows of (section, metric, value, unit, note) printed as one table, plus run
 * metadata; both written as JSON. Non-finite values (nothing measured) print as "n/a" and are
 * {@code null} in JSON.
 */
final class Report {
  /** One measured figure. */
  record Row(String section, String metric, Double value, String unit, String note) {}

  private final Map<String, Object> meta = new LinkedHashMap<>();
  private final List<Row> rows = new ArrayList<>();

  private boolean completed;

  /** True when the pipeline delivered every article to every store. */
  boolean completed() {
    return completed;
  }

  void completed(boolean value) {
    completed = value;
    meta.put("completed", value);
  }

  void meta(String key, Object value) {
    meta.put(key, value);
  }

  void add(String section, String metric, double value, String unit, String note) {
    rows.add(new Row(section, metric, Double.isFinite(value) ? value : null, unit, note == null ? "" : note));
  }

  void add(String section, String metric, double value, String unit) {
    add(section, metric, value, unit, "");
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The value of the first row with this section and metric, or NaN. */
  double value(String section, String metric) {
    for (Row r : rows) {
      if (r.section().equals(section) && r.metric().equals(metric)) {
        return r.value() == null ? Double.NaN : r.value();
      }
    }
    return Double.NaN;
  }

  void printTable(PrintStream out) {
    int w0 = 8;
    int w1 = 6;
    for (Row r : rows) {
      w0 = Math.max(w0, r.section().length());
      w1 = Math.max(w1, r.metric().length());
    }
    String fmt = "| %-" + w0 + "s | %-" + w1 + "s | %12s | %-11s | %s |%n";
    out.printf(Locale.ROOT, fmt, "section", "metric", "value", "unit", "note");
    out.printf(Locale.ROOT, "|%s|%s|%s|%s|%s|%n", "-".repeat(w0 + 2), "-".repeat(w1 + 2), "-".repeat(13) + ":",
        "-".repeat(13), "------");
    for (Row r : rows) {
      out.printf(Locale.ROOT, fmt, r.section(), r.metric(), format(r.value()), r.unit(), r.note());
    }
  }

  static String format(Double v) {
    if (v == null) {
      return "n/a";
    }
    double a = Math.abs(v);
    if (a == 0) {
      return "0";
    }
    if (a >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (a >= 10) {
      return String.format(Locale.ROOT, "%.1f", v);
    }
    if (a >= 0.01) {
      return String.format(Locale.ROOT, "%.3f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("meta", meta);
    m.put("rows", rows);
    return m;
  }

  void writeJson(Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toMap());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
