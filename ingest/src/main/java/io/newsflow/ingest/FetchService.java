package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.ingest.discover.FeedItem;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the sources (feeds, an HTML directory) and produces each new page to {@code pages},
 * keyed by its canonical URL. A URL seen in this process is not fetched again; across restarts the
 * deterministic keys and ids make a re-fetch converge to the same rows downstream. Every failure
 * (fetch error, unreadable feed, refused address) becomes a dead letter with the URL and reason.
 */
public final class FetchService implements Stage {
  private static final Logger log = LoggerFactory.getLogger(FetchService.class);
  private static final int MAX_REMEMBERED_URLS = 1_000_000;

  private final IngestConfig config;
  private final PageSource source;
  private final Producer<String, FetchedPage> producer;
  private final Topic<String, FetchedPage> pages;
  private final DeadLetters deadLetters;
  private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > MAX_REMEMBERED_URLS; // bounded memory over months of polling
    }
  });
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsflow-fetch");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean firstPassDone = new AtomicBoolean();
  private final Counter produced;
  private final Timer fetchTimer;
  private volatile boolean finished;

  FetchService(IngestConfig config, PageSource source, Producer<String, FetchedPage> producer,
      Topic<String, FetchedPage> pages, DeadLetters deadLetters, MeterRegistry registry) {
    this.config = config;
    this.source = source;
    this.producer = producer;
    this.pages = pages;
    this.deadLetters = deadLetters;
    this.produced = Counter.builder("newsflow.ingest.pages").tag("outcome", "produced")
        .description("Pages produced to the pages topic").register(registry);
    this.fetchTimer = Timer.builder("newsflow.ingest.fetch.latency").description("Time to fetch one page")
        .register(registry);
  }

  @Override
  public void start() {
    if (config.once()) {
      scheduler.execute(() -> {
        pass();
        finished = true;
      });
    } else {
      scheduler.scheduleWithFixedDelay(this::pass, 0, config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** One pass over every source; never throws (a failing source must not stop the others). */
  void pass() {
    try {
      for (String feed : config.feeds()) {
        pollFeed(feed);
      }
      if (config.htmlDir() != null) {
        scanDirectory(config.htmlDir());
      }
      producer.flush();
    } catch (RuntimeException e) {
      log.error("ingest pass failed: {}", e.toString(), e);
    } finally {
      firstPassDone.set(true);
    }
  }

  private void pollFeed(String feed) {
    java.util.List<FeedItem> items;
    try {
      items = source.feedItems(feed);
    } catch (Exception e) {
      deadLetters.handle(deadLetters.letter(reasonOf(e, "feed-failed"), e, null, null, null, null, null, feed));
      return;
    }
    log.info("feed {}: {} items", feed, items.size());
    for (FeedItem item : items) {
      if (item.link() != null) {
        fetchAndProduce(item.link(), feed);
      }
    }
  }

  private void scanDirectory(Path dir) {
    for (Path file : source.htmlFiles(dir)) {
      fetchAndProduce(file.toUri().toString(), dir.toString());
    }
  }

  private void fetchAndProduce(String url, String origin) {
    String key;
    try {
      key = PageSource.keyOf(url);
    } catch (RuntimeException e) {
      deadLetters.handle(deadLetters.letter("bad-url", e, null, null, null, null, null, url));
      return;
    }
    if (!seen.add(key)) {
      return;
    }
    try {
      FetchedPage page = fetchTimer.recordCallable(() -> source.fetchPage(url, origin));
      producer.send(new ProducerRecord<>(pages.name(), key, page), (md, err) -> {
        if (err != null) {
          seen.remove(key); // retry on the next pass
          log.warn("could not produce page {}: {}", key, err.toString());
        } else {
          produced.increment();
        }
      });
    } catch (Exception e) {
      deadLetters.handle(deadLetters.letter(reasonOf(e, "fetch-failed"), e, null, null, null, null, null, url));
      if (e instanceof FetchException fe && fe.isTransient()) {
        seen.remove(key); // transient: try again on the next poll
      }
    }
  }

  private static String reasonOf(Exception e, String fallback) {
    if (e instanceof FetchException fe) {
      return fe.reason();
    }
    String m = String.valueOf(e.getMessage());
    return m.startsWith("too-large") ? "too-large" : fallback;
  }

  @Override
  public boolean isReady() {
    return firstPassDone.get() || !scheduler.isShutdown();
  }

  @Override
  public boolean isFinished() {
    return finished;
  }

  @Override
  public String name() {
    return "ingest-fetch";
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
