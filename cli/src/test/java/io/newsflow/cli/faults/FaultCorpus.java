package io.newsflow.cli.faults;

import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.ingest.clean.CleanedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A fixed corpus of distinct news pages for the fault suite, built from the dev pages of the
 * article-extraction set: the cleaner's title and paragraphs of dev page {@code n mod k}, plus a
 * paragraph and a quote unique to page {@code n} (words drawn from the seed), so every page is a
 * different article with at least one quote. Same seed, same corpus.
 */
final class FaultCorpus {
  private static final String[] WORDS = {"council", "budget", "harbour", "school", "rail", "water", "clinic",
      "bridge", "library", "market", "tariff", "housing", "transit", "grant", "levy", "audit", "ferry", "depot"};
  private static final String[] NAMES = {"Ana Ruiz", "Tom Okafor", "Mei Chen", "Lars Berg", "Priya Nair",
      "Omar Haddad", "Julia Weiss", "Sam Carter"};

  private final List<CleanedArticle> templates;
  private final long seed;
  private final int size;

  private FaultCorpus(List<CleanedArticle> templates, long seed, int size) {
    this.templates = templates;
    this.seed = seed;
    this.size = size;
  }

  /** Reads the dev pages under {@code extractionDir/html} and keeps those with ≥ 3 paragraphs. */
  static FaultCorpus load(Path extractionDir, long seed, int size) {
    ArticleCleaner cleaner = new ArticleCleaner();
    List<CleanedArticle> kept = new ArrayList<>();
    try (Stream<Path> files = Files.list(extractionDir.resolve("html"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
          CleanedArticle c = cleaner.clean(in.readAllBytes(), "text/html", "https://dev.example/" + f.getFileName());
          if (c.title() != null && !c.title().isBlank() && c.paragraphs().size() >= 3) {
            kept.add(c);
          }
        } catch (RuntimeException e) {
          // a dev page the cleaner refuses is simply not a template
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (kept.isEmpty()) {
      throw new IllegalStateException("no usable dev page under " + extractionDir);
    }
    return new FaultCorpus(List.copyOf(kept), seed, size);
  }

  int size() {
    return size;
  }

  long seed() {
    return seed;
  }

  /** The unique paragraph of page {@code n}; the store check finds the page's article by it. */
  String marker(int n) {
    Random r = new Random(seed * 1_000_003L + n);
    return "Dispatch " + n + ": the " + WORDS[r.nextInt(WORDS.length)] + " and " + WORDS[r.nextInt(WORDS.length)]
        + " review number " + (100_000 + r.nextInt(900_000)) + " closed on schedule.";
  }

  /** Page {@code n} as served at {@code url}. */
  byte[] page(int n, String url) {
    CleanedArticle t = templates.get(n % templates.size());
    Random r = new Random(seed * 7_919L + n);
    String speaker = NAMES[r.nextInt(NAMES.length)];
    StringBuilder html = new StringBuilder(8192)
        .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(t.title())).append(" (").append(n).append(")</title><link rel=\"canonical\" href=\"")
        .append(url).append("\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>")
        .append("<article><h1>").append(escape(t.title())).append(" (").append(n).append(")</h1>")
        .append("<p>").append(escape(marker(n))).append("</p>");
    List<String> paragraphs = t.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      html.append("<p>").append(escape(paragraphs.get(i))).append("</p>\n");
      if (i == 0) {
        html.append("<p>\u201cWe will finish item ").append(n).append(" before the winter,\u201d said ")
            .append(speaker).append(", who chairs the ").append(WORDS[r.nextInt(WORDS.length)])
            .append(" committee.</p>\n");
      }
    }
    return html.append("</article><footer>\u00a9 Fault News</footer></body></html>")
        .toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
