package io.newsflow.ingest;

import java.util.Locale;

/** Kinds of sources ingest reads; the JSON {@code "type"} of a feeds-topic value is {@link #label()}. */
public enum SourceType {
  /** RSS 0.9x/1.0/2.0, Atom or JSON Feed, polled with conditional GET. */
  RSS("rss"),
  /** An XML/text sitemap (news extension understood) or a sitemap index (children followed one level). */
  SITEMAP("sitemap"),
  /** A plain-text file of URLs, one per line ({@code #} starts a comment). */
  URLS("urls"),
  /** A local directory of .html/.htm/.html.gz files. */
  HTML_DIR("html-dir"),
  /** A local WARC or WARC.gz archive (e.g. CC-NEWS); its response records are pages. */
  WARC("warc");

  private final String label;

  SourceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The type named {@code label} (case-insensitive; {@code feed}, {@code atom} and {@code json} are
   * aliases of rss).
   *
   * @throws IllegalArgumentException for an unknown name
   */
  public static SourceType of(String label) {
    String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("feed") || l.equals("atom") || l.equals("json")) {
      return RSS;
    }
    for (SourceType t : values()) {
      if (t.label.equals(l)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown source type '" + label + "' (rss, sitemap, urls, html-dir, warc)");
  }
}
