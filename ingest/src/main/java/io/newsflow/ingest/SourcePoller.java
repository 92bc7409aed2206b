package io.newsflow.ingest;

import io.newsflow.ingest.discover.DiscoveryException;
import io.newsflow.ingest.discover.UrlListReader;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source for what it lists and hands new pages to the crawl: feeds and sitemaps with
 * conditional GET (their validators and adaptive interval live in {@link SourceState}), sitemap indexes
 * one level deep, sitemaps announced by a {@code /robots.txt} source, URL lists, HTML directories, and
 * WARC archives (read once per process, their pages produced directly). A failed poll is a dead letter
 * with its reason; the source is polled again at its next interval or after its Retry-After.
 */
final class SourcePoller {
  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);

  private final FetchService crawl;
  private final IngestConfig config;
  private final PageSource source;
  private final Politeness politeness;
  private final CrawlMetrics metrics;
  private final Clock clock;

  SourcePoller(FetchService crawl, IngestConfig config, PageSource source, Politeness politeness,
      CrawlMetrics metrics, Clock clock) {
    this.crawl = crawl;
    this.config = config;
    this.source = source;
    this.politeness = politeness;
    this.metrics = metrics;
    this.clock = clock;
  }

  void poll(SourceState state) {
    SourceSpec spec = state.spec;
    if (spec.isRemote()) {
      crawl.politely(spec.location(), spec.type().label(), () -> pollNow(state), () -> finishPoll(state, false, null));
    } else {
      pollNow(state);
    }
  }

  private void pollNow(SourceState state) {
    SourceSpec spec = state.spec;
    String kind = spec.type().label();
    boolean fresh = false;
    Duration retryAfter = null;
    try {
      switch (spec.type()) {
        case RSS -> fresh = listing(state, source.feed(spec.location(), state.etag, state.lastModified), kind);
        case SITEMAP -> fresh = isRobotsTxt(spec.location()) ? robotsSitemaps(spec)
            : listing(state, source.sitemap(spec.location(), state.etag, state.lastModified), kind);
        case URLS -> fresh = urlList(spec);
        case HTML_DIR -> fresh = directory(spec);
        case WARC -> {
          fresh = warc(spec);
          state.completed = true; // an archive does not change; read it once per process
        }
      }
    } catch (FetchException e) {
      retryAfter = e.retryAfter();
      politeness.backOff(spec.location(), retryAfter);
      metrics.fetch(kind, "failed", e.reason());
      crawl.deadLetter(e.reason(), e, spec.location());
    } catch (DiscoveryException e) {
      metrics.fetch(kind, "failed", e.reason());
      crawl.deadLetter(e.reason(), e, spec.location());
    } catch (Exception e) {
      String reason = crawl.reasonOf(e, "source-failed");
      metrics.fetch(kind, "failed", reason);
      crawl.deadLetter(reason, e, spec.location());
    }
    finishPoll(state, fresh, retryAfter);
  }

  private void finishPoll(SourceState state, boolean fresh, Duration retryAfter) {
    state.polled(clock.instant(), fresh, retryAfter);
    if (config.once()) {
      state.completed = true;
    }
    state.inFlight = false;
  }

  /** Queues the new links of a listing (and polls child sitemaps); true when anything was new. */
  private boolean listing(SourceState state, PageSource.Listing listing, String kind) {
    state.etag = listing.etag();
    state.lastModified = listing.lastModified();
    if (listing.notModified()) {
      metrics.fetch(kind, "not-modified", null);
      return false;
    }
    metrics.fetch(kind, "ok", null);
    boolean fresh = crawl.enqueueAll(listing.links(), state.spec.location());
    childSitemaps(listing.childSitemaps(), state.spec.location(), 1);
    return fresh || !listing.childSitemaps().isEmpty();
  }

  /** Sitemap discovery: a sitemap source named {@code .../robots.txt} polls the sitemaps robots.txt announces. */
  private boolean robotsSitemaps(SourceSpec spec) {
    List<String> announced = politeness.sitemaps(spec.location());
    metrics.fetch("sitemap", announced.isEmpty() ? "no-sitemaps" : "ok", null);
    childSitemaps(announced, spec.location(), 0);
    return !announced.isEmpty();
  }

  static boolean isRobotsTxt(String url) {
    return PageSource.isRemote(url) && url.toLowerCase(java.util.Locale.ROOT).endsWith("/robots.txt");
  }

  /** Polls child sitemaps; {@code depth} counts index levels already followed (at most one more). */
  private void childSitemaps(List<String> children, String origin, int depth) {
    for (String child : children) {
      crawl.submit(() -> crawl.politely(child, "sitemap", () -> childSitemap(child, origin, depth), () -> { }));
    }
  }

  private void childSitemap(String url, String origin, int depth) {
    try {
      PageSource.Listing listing = source.sitemap(url, null, null);
      metrics.fetch("sitemap", "ok", null);
      crawl.enqueueAll(listing.links(), origin);
      if (depth < 1) {
        childSitemaps(listing.childSitemaps(), origin, depth + 1);
      }
    } catch (FetchException e) {
      metrics.fetch("sitemap", "failed", e.reason());
      crawl.deadLetter(e.reason(), e, url);
    } catch (Exception e) {
      String reason = crawl.reasonOf(e, "sitemap-failed");
      metrics.fetch("sitemap", "failed", reason);
      crawl.deadLetter(reason, e, url);
    }
  }

  private boolean urlList(SourceSpec spec) throws Exception {
    UrlListReader.Result r = source.urlList(spec.location());
    metrics.fetch("urls", "ok", null);
    if (r.rejected() > 0) {
      crawl.deadLetter("bad-url", new IllegalArgumentException(r.rejected() + " lines of the URL list are not http(s) URLs"),
          spec.location());
    }
    return crawl.enqueueAll(r.urls(), spec.location());
  }

  private boolean directory(SourceSpec spec) {
    List<Path> files = source.htmlFiles(PageSource.localPath(spec.location()));
    metrics.fetch("html-dir", "ok", null);
    boolean fresh = false;
    for (Path file : files) {
      fresh |= crawl.enqueue(file.toUri().toString(), spec.location());
    }
    return fresh;
  }

  private boolean warc(SourceSpec spec) throws Exception {
    boolean[] fresh = {false};
    long records = source.readWarc(PageSource.localPath(spec.location()), spec.location(), new PageSource.WarcSink() {
      @Override
      public void page(FetchedPage page) {
        String key = crawl.keyOrDeadLetter(page.getUrl());
        if (key == null) {
          metrics.warcRecord("bad-url");
        } else if (!crawl.firstSight(key)) {
          metrics.warcRecord("duplicate-url");
          metrics.page("duplicate-url");
        } else {
          metrics.warcRecord("page");
          fresh[0] = true;
          crawl.produce(key, page);
        }
      }

      @Override
      public void skipped(String reason, String url, Exception failure) {
        metrics.warcRecord(reason);
        if (failure != null) {
          crawl.deadLetter(reason, failure, url != null ? url : spec.location());
        }
      }
    });
    metrics.fetch("warc", "ok", null);
    log.info("WARC {}: {} records read", spec.location(), records);
    return fresh[0];
  }
}
