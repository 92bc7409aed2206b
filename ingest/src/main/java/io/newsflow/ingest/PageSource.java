package io.newsflow.ingest;

import io.newsflow.ingest.discover.FeedItem;
import io.newsflow.ingest.discover.FeedReader;
import io.newsflow.ingest.discover.HtmlDirectorySource;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.ingest.fetch.FetchResult;
import io.newsflow.ingest.fetch.HttpFetcher;
import io.newsflow.ingest.fetch.UrlCanonicalizer;
import io.newsflow.schemas.avro.FetchedPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads sources into {@link FetchedPage}s: HTTP(S) URLs through the guarded {@link HttpFetcher},
 * local files (feeds, pages, {@code .gz}) from disk, each with the same body-size bound.
 */
final class PageSource {
  private final HttpFetcher fetcher;
  private final FeedReader feeds = new FeedReader();
  private final long maxBodyBytes;

  PageSource(HttpFetcher fetcher, long maxBodyBytes) {
    this.fetcher = fetcher;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Items of a feed given as URL or local path. */
  List<FeedItem> feedItems(String feed) throws Exception {
    if (isRemote(feed)) {
      FetchResult r = fetcher.fetch(feed);
      return feeds.parse(r.body(), r.finalUrl());
    }
    Path path = localPath(feed);
    return feeds.parse(readFile(path), path.toUri().toString());
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

  static String keyOf(String url) {
    return isRemote(url) ? UrlCanonicalizer.canonicalize(url) : localPath(url).toUri().toString();
  }

  static boolean isRemote(String s) {
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static Path localPath(String s) {
    return s.startsWith("file:") ? Path.of(URI.create(s)) : Path.of(s);
  }

  /** Reads a local file (gunzipping {@code .gz}), refusing more than the body bound. */
  private byte[] readFile(Path path) throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        InputStream in = path.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        out.write(buf, 0, n);
        if (out.size() > maxBodyBytes) {
          throw new IOException("too-large: " + path + " exceeds " + maxBodyBytes + " bytes");
        }
      }
      return out.toByteArray();
    }
  }
}
