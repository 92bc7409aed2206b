package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveryException;
import io.newsflow.ingest.discover.FeedItem;
import io.newsflow.ingest.discover.FeedReader;
import io.newsflow.ingest.discover.HtmlDirectorySource;
import io.newsflow.ingest.discover.SitemapReader;
import io.newsflow.ingest.discover.UrlListReader;
import io.newsflow.ingest.discover.WarcHttpResponse;
import io.newsflow.ingest.discover.WarcReader;
import io.newsflow.ingest.discover.WarcRecord;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import io.newsflow.schemas.avro.FetchedPage;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads sources: HTTP(S) URLs through the guarded {@link HttpFetcher} (with conditional GET for
 * listings), local files (feeds, URL lists, sitemaps, pages, {@code .gz}) from disk with the same
 * body-size bound, and WARC archives record by record. Politeness is the caller's job.
 */
final class PageSource {
  /** Child sitemaps followed from one sitemap index (protocol maximum is 50 000; we stay modest). */
  static final int MAX_CHILD_SITEMAPS = 1000;

  private final HttpFetcher fetcher;
  private final FeedReader feeds = new FeedReader();
  private final SitemapReader sitemaps = new SitemapReader();
  private final long maxBodyBytes;

  /**
   * What a listing (feed, sitemap, URL list) currently names.
   *
   * @param links article URLs
   * @param childSitemaps sitemaps named by a sitemap index
   * @param notModified the server answered 304 to the conditional GET: nothing new
   * @param etag validator for the next poll (null when none)
   * @param lastModified validator for the next poll (null when none)
   */
  record Listing(List<String> links, List<String> childSitemaps, boolean notModified, String etag,
      String lastModified) {
    static Listing of(List<String> links) {
      return new Listing(links, List.of(), false, null, null);
    }
  }

  /** Receives what a WARC archive holds. */
  interface WarcSink {
    void page(FetchedPage page);

    /** A record that is no article page; {@code failure} is non-null when it is bad input. */
    void skipped(String reason, String url, Exception failure);
  }

  PageSource(HttpFetcher fetcher, long maxBodyBytes) {
    this.fetcher = fetcher;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Items of a feed given as URL (conditional GET with the validators, nullable) or local path. */
  Listing feed(String feed, String etag, String lastModified) throws FetchException, DiscoveryException,
      IOException {
    if (isRemote(feed)) {
      FetchResult r = fetcher.fetch(feed, etag, lastModified);
      if (r.isNotModified()) {
        return new Listing(List.of(), List.of(), true, orElse(r.etag(), etag), orElse(r.lastModified(), lastModified));
      }
      return new Listing(links(feeds.parse(r.body(), r.finalUrl())), List.of(), false, r.etag(), r.lastModified());
    }
    Path path = localPath(feed);
    return Listing.of(links(feeds.parse(readFile(path), path.toUri().toString())));
  }

  /** A sitemap or sitemap index (remote with conditional GET, or a local file with a base URL of its path). */
  Listing sitemap(String location, String etag, String lastModified) throws FetchException, DiscoveryException,
      IOException {
    byte[] body;
    String contentType;
    String base;
    String newEtag = null;
    String newLastModified = null;
    if (isRemote(location)) {
      FetchResult r = fetcher.fetch(location, etag, lastModified);
      if (r.isNotModified()) {
        return new Listing(List.of(), List.of(), true, orElse(r.etag(), etag), orElse(r.lastModified(), lastModified));
      }
      body = r.body();
      contentType = r.contentType();
      base = r.finalUrl();
      newEtag = r.etag();
      newLastModified = r.lastModified();
    } else {
      Path path = localPath(location);
      body = readFile(path);
      contentType = null;
      base = "http://localhost/" + path.getFileName(); // crawler-commons wants an http base; URLs in it are absolute
    }
    SitemapReader.Sitemap parsed = sitemaps.parse(body, contentType, base);
    List<String> children = parsed.childSitemaps();
    if (children.size() > MAX_CHILD_SITEMAPS) {
      children = children.subList(0, MAX_CHILD_SITEMAPS);
    }
    return new Listing(links(parsed.items()), children, false, newEtag, newLastModified);
  }

  /** A plain URL list (remote or local); {@code rejected} lines are reported by the caller. */
  UrlListReader.Result urlList(String location) throws FetchException, IOException {
    byte[] body = isRemote(location) ? fetcher.fetch(location).body() : readFile(localPath(location));
    return UrlListReader.parse(body);
  }

  List<Path> htmlFiles(Path dir) {
    return HtmlDirectorySource.list(dir);
  }

  FetchedPage fetchPage(String url, String source) throws FetchException, IOException {
    if (isRemote(url)) {
      FetchResult r = fetcher.fetch(url);
      return FetchedPage.newBuilder()
          .setUrl(url).setFinalUrl(r.finalUrl()).setStatus(r.status()).setContentType(r.contentType())
          .setHeaders(Map.copyOf(r.headers())).setBody(ByteBuffer.wrap(r.body()))
          .setSource(source).setFetchedAt(r.fetchedAt()).build();
    }
    Path path = localPath(url);
    String uri = path.toUri().toString();
    return FetchedPage.newBuilder()
        .setUrl(uri).setFinalUrl(uri).setStatus(200).setContentType("text/html")
        .setHeaders(Map.of()).setBody(ByteBuffer.wrap(readFile(path)))
        .setSource(source).setFetchedAt(Instant.ofEpochMilli(System.currentTimeMillis())).build();
  }

  /**
   * Streams a WARC archive: each 2xx HTML response record becomes a page (URL = WARC-Target-URI,
   * fetch time = WARC-Date); other records are reported as skipped.
   *
   * @return records read
   * @throws DiscoveryException when the archive is malformed (pages before the bad record were delivered)
   */
  long readWarc(Path file, String source, WarcSink sink) throws IOException, DiscoveryException {
    try (WarcReader reader = WarcReader.open(file, maxBodyBytes + 64 * 1024)) {
      for (WarcRecord record; (record = reader.next()) != null; ) {
        deliver(record, source, sink);
      }
      return reader.recordsRead();
    }
  }

  private void deliver(WarcRecord record, String source, WarcSink sink) {
    String url = record.targetUri();
    if (!record.type().equals("response")) {
      sink.skipped("warc-" + (record.type().isEmpty() ? "untyped" : record.type()) + "-record", url, null);
      return;
    }
    if (record.isOversized()) {
      sink.skipped("too-large", url, new IOException("too-large: WARC record of " + record.blockSize() + " bytes"));
      return;
    }
    if (!record.isHttpResponse() || url == null || !isRemote(url)) {
      sink.skipped("warc-not-http", url, null);
      return;
    }
    WarcHttpResponse http;
    try {
      http = WarcHttpResponse.parse(record.block(), maxBodyBytes);
    } catch (DiscoveryException e) {
      sink.skipped(e.reason(), url, e);
      return;
    }
    if (http.status() < 200 || http.status() > 299) {
      sink.skipped("warc-http-status", url, null);
      return;
    }
    String type = http.contentType() == null ? "" : http.contentType().toLowerCase(Locale.ROOT);
    if (!(type.isEmpty() || type.contains("html"))) {
      sink.skipped("warc-not-html", url, null);
      return;
    }
    sink.page(FetchedPage.newBuilder()
        .setUrl(url).setFinalUrl(url).setStatus(http.status()).setContentType(http.contentType())
        .setHeaders(Map.copyOf(http.headers())).setBody(ByteBuffer.wrap(http.body()))
        .setSource(source).setFetchedAt(warcDate(record.date())).build());
  }

  private static Instant warcDate(String date) {
    if (date != null) {
      try {
        return Instant.parse(date.strip());
      } catch (DateTimeParseException ignored) {
        // a writer with a sloppy date: the read time is the next best
      }
    }
    return Instant.ofEpochMilli(System.currentTimeMillis());
  }

  static String keyOf(String url) {
    return isRemote(url) ? UrlCanonicalizer.canonicalize(url) : localPath(url).toUri().toString();
  }

  static boolean isRemote(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  static Path localPath(String s) {
    return s.startsWith("file:") ? Path.of(URI.create(s)) : Path.of(s);
  }

  private static List<String> links(List<FeedItem> items) {
    List<String> out = new ArrayList<>(items.size());
    for (FeedItem item : items) {
      out.add(item.link());
    }
    return out;
  }

  private static String orElse(String a, String b) {
    return a != null ? a : b;
  }

  /** Reads a local file (gunzipping {@code .gz}), refusing more than the body bound. */
  private byte[] readFile(Path path) throws IOException {
    try {
      return HtmlDirectorySource.read(path, maxBodyBytes);
    } catch (IOException e) {
      if (String.valueOf(e.getMessage()).contains(" exceeds ")) {
        throw new IOException("too-large: " + e.getMessage(), e);
      }
      throw e;
    }
  }
}
