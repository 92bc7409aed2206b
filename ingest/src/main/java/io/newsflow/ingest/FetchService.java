package io.newsflow.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.common.deadletter.BadInputException;
import io.newsflow.common.deadletter.DeadLetters;
import io.newsflow.common.lifecycle.Stage;
import io.newsflow.ingest.discover.DiscoveryException;
import io.newsflow.ingest.fetch.Backoff;
import io.newsflow.ingest.fetch.FetchException;
import io.newsflow.schemas.Topic;
import io.newsflow.schemas.avro.FetchedPage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler: polls every source when it is due, fetches each newly listed page once, politely, and
 * produces it to {@code pages} keyed by its canonical URL.
 *
 * <ul>
 *   <li><b>Sources</b>: the configured ones plus this instance's share of the feeds topic
 *       ({@link TopicSources}); each has its own adaptive poll interval and conditional-GET validators
 *       ({@link SourceState}). A source removed from the topic stops being polled.</li>
 *   <li><b>Concurrency</b>: all work (source polls, page fetches, WARC reads) runs on one pool of
 *       {@code ingest.fetch.threads} workers, the global limit; waits (host spacing, backoff) are timers,
 *       never sleeping workers.</li>
 *   <li><b>Politeness</b>: robots.txt is obeyed for feeds, sitemaps and pages (a disallowed URL is a dead
 *       letter {@code robots-disallowed}); requests to one host are spaced by the larger of
 *       {@code ingest.host.delay.ms} and its Crawl-delay.</li>
 *   <li><b>Retries</b>: a transient page failure is retried with exponential backoff and full jitter, at
 *       least the server's Retry-After, up to {@code ingest.retry.attempts} times; then it is a dead
 *       letter and the URL is forgotten so that a later listing tries again. Permanent failures are dead
 *       letters at once. A failed source poll is a dead letter and the source is polled again at its next
 *       interval (or after its Retry-After).</li>
 *   <li><b>One instance per host</b>: when a {@link HostQueue} is given (the default when running
 *       continuously), a remote page URL a source lists is not fetched here but routed through the
 *       {@code urls} topic, keyed by host, to the instance that owns that host's partition; this
 *       instance fetches the URLs of the partitions it owns. So one host's page queue, throttle and
 *       dedup live on one instance, whichever instances poll the feeds that list its pages. Local files
 *       and one-shot runs are fetched in place.</li>
 *   <li><b>Dedup</b>: a canonical URL is fetched once ({@link SeenUrls}, bounded, saved under
 *       {@code <state.dir>/fetch/seen-urls.bin} every 5 minutes and on close, loaded on start; a host
 *       partition taken over from another instance is replayed into it, see {@link HostQueue}). When a
 *       page is fetched again anyway (the file lost, or a fetch in progress when its host moved), it
 *       carries the same key and the cleaner's content-hash store drops the unchanged copy
 *       ({@code unchanged-refetch}), so no duplicate article results. A source polls routes only URLs
 *       it has not listed before ({@code listed}, memory only), which also tells the adaptive poll
 *       interval whether the listing had anything new.</li>
 * </ul>
 * In one-shot mode each configured source is polled once and the stage finishes when all work is done.
 */
public final class FetchService implements Stage {
  private static final Logger log = LoggerFactory.getLogger(FetchService.class);
  static final Duration TICK = Duration.ofMillis(200);
  /** How often the fetched-URL set is written to disk (and on close), so a crash loses little. */
  static final Duration SAVE_EVERY = Duration.ofMinutes(5);

  private final IngestConfig config;
  private final PageSource source;
  private final Producer<String, FetchedPage> producer;
  private final Topic<String, FetchedPage> pages;
  private final DeadLetters deadLetters;
  private final Politeness politeness;
  private final Backoff backoff;
  private final TopicSources topicSources;
  private final CrawlMetrics metrics;
  private final Clock clock;
  private final SeenUrls seen;
  /** URLs this instance's sources have listed (routed), so a re-listing is not routed again. */
  private final SeenUrls listed;
  private final HostQueue hostQueue;
  private final List<SourceSpec> configured;
  private final Path seenFile;
  private final Map<String, SourceState> states = new ConcurrentHashMap<>();
  private final AtomicInteger pending = new AtomicInteger();
  private final AtomicBoolean started = new AtomicBoolean();
  /** Set when close() begins: a fetch or poll interrupted from then on was stopped by us, not failed by its source. */
  private final AtomicBoolean closing = new AtomicBoolean();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsflow-fetch-timer");
    t.setDaemon(true);
    return t;
  });
  private final ExecutorService workers;
  private final SourcePoller poller;

  /**
   * @param topicSources the run-time source list, or null when not used
   */
  FetchService(IngestConfig config, PageSource source, Producer<String, FetchedPage> producer,
      Topic<String, FetchedPage> pages, DeadLetters deadLetters, Politeness politeness, Backoff backoff,
      TopicSources topicSources, MeterRegistry registry) {
    this(config, source, producer, pages, deadLetters, politeness, backoff, topicSources, null, registry);
  }

  /**
   * @param seenFile where the fetched-URL set is kept across restarts, or null for memory only
   */
  FetchService(IngestConfig config, PageSource source, Producer<String, FetchedPage> producer,
      Topic<String, FetchedPage> pages, DeadLetters deadLetters, Politeness politeness, Backoff backoff,
      TopicSources topicSources, Path seenFile, MeterRegistry registry) {
    this(config, source, producer, pages, deadLetters, politeness, backoff, topicSources, null, seenFile, registry);
  }

  /**
   * @param hostQueue routes remote page URLs to the instance owning their host, or null to fetch every
   *     listed page here (one-shot runs, a single instance without the topic)
   */
  FetchService(IngestConfig config, PageSource source, Producer<String, FetchedPage> producer,
      Topic<String, FetchedPage> pages, DeadLetters deadLetters, Politeness politeness, Backoff backoff,
      TopicSources topicSources, HostQueue hostQueue, Path seenFile, MeterRegistry registry) {
    this.hostQueue = hostQueue;
    this.seenFile = seenFile;
    this.config = config;
    this.source = source;
    this.producer = producer;
    this.pages = pages;
    this.deadLetters = deadLetters;
    this.politeness = politeness;
    this.backoff = backoff;
    this.topicSources = topicSources;
    this.metrics = new CrawlMetrics(registry);
    this.clock = Clock.systemUTC();
    this.seen = new SeenUrls(config.maxRememberedUrls());
    this.listed = new SeenUrls(config.maxRememberedUrls());
    this.configured = config.configuredSources();
    this.poller = new SourcePoller(this, config, source, politeness, metrics, clock);
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(config.fetchThreads(), r -> {
      Thread t = new Thread(r, "newsflow-fetch-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Gauge.builder("newsflow.ingest.sources", states, Map::size).description("Sources being polled")
        .register(registry);
    Gauge.builder("newsflow.ingest.fetch.pending", pending, AtomicInteger::get)
        .description("Polls and fetches queued, waiting for their host slot or backoff, or running")
        .register(registry);
    if (hostQueue != null) {
      Gauge.builder("newsflow.ingest.urls.unfinished", hostQueue, HostQueue::unfinished)
          .description("Routed page URLs this instance took from its host partitions and has not finished")
          .register(registry);
    }
  }

  @Override
  public void start() {
    if (!started.compareAndSet(false, true)) {
      return;
    }
    if (seenFile != null) {
      try {
        log.info("remembered {} fetched URLs from {}", seen.load(seenFile), seenFile);
      } catch (java.io.IOException e) {
        log.warn("could not read {}; URLs may be fetched again: {}", seenFile, e.toString());
      }
      timer.scheduleWithFixedDelay(this::saveSeen, SAVE_EVERY.toMillis(), SAVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (topicSources != null && !config.once()) {
      topicSources.start();
    }
    if (hostQueue != null) {
      hostQueue.start(new RoutedPages());
    }
    timer.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts a poll of every due source; drops the state of sources that were removed. Never throws. */
  void tick() {
    try {
      Map<String, SourceSpec> current = new LinkedHashMap<>();
      configured.forEach(s -> current.put(s.location(), s));
      if (topicSources != null && !config.once()) {
        topicSources.snapshot().forEach(current::putIfAbsent);
      }
      states.keySet().removeIf(location -> !current.containsKey(location));
      Instant now = clock.instant();
      for (SourceSpec spec : current.values()) {
        SourceState state = states.computeIfAbsent(spec.location(),
            l -> new SourceState(spec, config.pollInterval(), config.minPoll(), config.maxPoll(), now));
        if (!state.spec.equals(spec)) { // settings changed on the topic: start afresh
          state = new SourceState(spec, config.pollInterval(), config.minPoll(), config.maxPoll(), now);
          states.put(spec.location(), state);
        }
        if (state.isDue(now)) {
          state.inFlight = true;
          SourceState s = state;
          submit(() -> poller.poll(s));
        }
      }
    } catch (RuntimeException e) {
      log.error("ingest scheduling failed: {}", e.toString(), e);
    }
  }

  // ---- pages ---------------------------------------------------------------------------------

  boolean enqueueAll(List<String> links, String origin) {
    boolean fresh = false;
    for (String link : links) {
      fresh |= enqueue(link, origin);
    }
    return fresh;
  }

  /**
   * Queues a page unless its canonical URL was seen (remote pages: routed to their host's owner unless
   * this instance listed them before); true when it was new.
   */
  boolean enqueue(String url, String origin) {
    String key = keyOrDeadLetter(url);
    if (key == null) {
      return false;
    }
    if (hostQueue != null && PageSource.isRemote(url)) {
      if (!listed.add(key)) {
        metrics.page("duplicate-url");
        return false;
      }
      hostQueue.route(url, origin, err -> {
        listed.remove(key); // routed again when listed again
        metrics.page("route-failed");
        deadLetter("route-failed", err, url);
      });
      return true;
    }
    if (!seen.add(key)) {
      metrics.page("duplicate-url");
      return false;
    }
    submit(() -> fetchPage(url, key, origin, 0, HostQueue.Claim.NONE));
    return true;
  }

  /** The fetcher's side of the host queue: the URLs of the host partitions this instance owns. */
  private final class RoutedPages implements HostQueue.Owner {
    @Override
    public void fetch(String url, String origin, HostQueue.Claim claim) {
      String key = keyOrDeadLetter(url);
      if (key == null) {
        claim.done();
      } else if (!seen.add(key)) {
        metrics.page("duplicate-url");
        claim.done();
      } else {
        submit(() -> fetchPage(url, key, origin, 0, claim));
      }
    }

    @Override
    public void alreadyHandled(String url) {
      try {
        seen.add(PageSource.keyOf(url));
      } catch (RuntimeException e) {
        // was a dead letter when it was first taken
      }
    }

    @Override
    public void handedOver(String url) {
      try {
        seen.remove(PageSource.keyOf(url)); // if its partition comes back, fetch it then
      } catch (RuntimeException e) {
        // never taken: it had no key
      }
      metrics.page("handed-over");
    }
  }

  private void fetchPage(String url, String key, String origin, int retries, HostQueue.Claim claim) {
    if (!PageSource.isRemote(url)) {
      fetchPageNow(url, key, origin, retries, claim);
      return;
    }
    politely(url, "page", () -> fetchPageNow(url, key, origin, retries, claim), claim::done);
  }

  private void fetchPageNow(String url, String key, String origin, int retries, HostQueue.Claim claim) {
    if (!claim.begin()) {
      return; // its host moved to another instance, which fetches it
    }
    try {
      FetchedPage page = metrics.fetchLatency.recordCallable(() -> source.fetchPage(url, origin));
      metrics.fetch("page", "ok", null);
      produce(key, page, claim);
    } catch (FetchException e) {
      if (stoppedByClose(e)) {
        seen.remove(key); // not fetched: the next owner, or the next start, fetches it
        listed.remove(key);
        claim.end();
        return;
      }
      politeness.backOff(url, e.retryAfter()); // Retry-After holds for the whole host, not only this URL
      int attempt = retries + 1;
      if (backoff.shouldRetry(attempt, e)) {
        metrics.fetch("page", "retry", e.reason());
        Duration wait = backoff.delay(attempt, e);
        log.debug("retry {} of {} in {} after {}", attempt, url, wait, e.reason());
        claim.end(); // nothing on the wire until the retry: a hand-over meanwhile need not wait for it
        later(wait, () -> fetchPage(url, key, origin, attempt, claim));
        return;
      }
      metrics.fetch("page", "failed", e.reason());
      deadLetter(e.reason(), e, url);
      if (e.isTransient()) {
        seen.remove(key); // gave up for now; a later listing tries again
        listed.remove(key);
      }
      claim.done();
    } catch (Exception e) {
      String reason = reasonOf(e, "fetch-failed");
      metrics.fetch("page", "failed", reason);
      deadLetter(reason, e, url);
      claim.done();
    }
  }

  void produce(String key, FetchedPage page) {
    produce(key, page, HostQueue.Claim.NONE);
  }

  /** Produces a fetched page; the claim is done once the broker has it (or it became a dead letter). */
  private void produce(String key, FetchedPage page, HostQueue.Claim claim) {
    pending.incrementAndGet();
    try {
      producer.send(new ProducerRecord<>(pages.name(), key, page), (md, err) -> {
        try {
          if (err != null) {
            seen.remove(key); // fetched again when listed again
            listed.remove(key);
            metrics.page("produce-failed");
            deadLetter("produce-failed", err, page.getUrl());
          } else {
            metrics.page("produced");
          }
        } finally {
          claim.done();
          pending.decrementAndGet();
        }
      });
    } catch (RuntimeException e) {
      pending.decrementAndGet();
      seen.remove(key);
      listed.remove(key);
      metrics.page("produce-failed");
      deadLetter("produce-failed", e, page.getUrl());
      claim.done();
    }
  }

  // ---- politeness and scheduling ---------------------------------------------------------------

  /**
   * Runs {@code action} when robots.txt allows {@code url} and the host's slot has come; else a dead
   * letter {@code robots-disallowed} and {@code onRefused}.
   */
  void politely(String url, String kind, Runnable action, Runnable onRefused) {
    if (!politeness.allowed(url)) {
      metrics.fetch(kind, "robots-disallowed", "robots-disallowed");
      deadLetter("robots-disallowed", null, url);
      onRefused.run();
      return;
    }
    Duration wait = politeness.reserve(url);
    Runnable paced = paced(url, action);
    if (wait.isZero() || wait.isNegative()) {
      paced.run();
    } else {
      later(wait, paced);
    }
  }

  /** Runs {@code action} once the host's previous request is old enough ({@link Politeness#holdOff}). */
  private Runnable paced(String url, Runnable action) {
    return new Runnable() {
      @Override
      public void run() {
        Duration hold = politeness.holdOff(url);
        if (hold.isZero()) {
          action.run();
        } else {
          later(hold, this);
        }
      }
    };
  }

  /** Runs {@code task} on a worker after {@code delay} (counted as pending until it has run). */
  void later(Duration delay, Runnable task) {
    pending.incrementAndGet();
    try {
      timer.schedule(() -> {
        try {
          submit(task);
        } finally {
          pending.decrementAndGet();
        }
      }, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet(); // shutting down
    }
  }

  void submit(Runnable task) {
    pending.incrementAndGet();
    try {
      workers.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          metrics.fetch("task", "failed", "internal-error"); // a bug, not bad input: visible, never silent
          log.error("ingest task failed: {}", e.toString(), e);
        } finally {
          pending.decrementAndGet();
        }
      });
    } catch (RejectedExecutionException e) {
      pending.decrementAndGet(); // shutting down
    }
  }

  String keyOrDeadLetter(String url) {
    try {
      return PageSource.keyOf(url);
    } catch (RuntimeException e) {
      deadLetter("bad-url", e, url);
      return null;
    }
  }

  /** Whether {@code e} is the interrupt of a fetch or poll that close() stopped: no failure of the source. */
  boolean stoppedByClose(FetchException e) {
    return closing.get() && FetchException.INTERRUPTED.equals(e.reason());
  }

  void deadLetter(String reason, Throwable e, String url) {
    if (e instanceof FetchException fe && stoppedByClose(fe)) {
      log.debug("{} was stopped by the shutdown; it is polled or fetched again later", url);
      return; // shutting down is no bad input: a dead letter here would only be noise for the operator
    }
    try {
      deadLetters.handle(deadLetters.letter(reason, e, null, null, null, null, null, url));
    } catch (BadInputException failure) {
      // bad.input=fail: stop fetching, as the policy asks (other failures, e.g. an interrupt while
      // shutting down, propagate to the task without stopping the fetcher)
      log.error("stopping the fetcher: {}", failure.getMessage());
      timer.shutdown();
      workers.shutdown();
      throw failure;
    }
  }

  static String reasonOf(Exception e, String fallback) {
    if (e instanceof FetchException fe) {
      return fe.reason();
    }
    if (e instanceof DiscoveryException de) {
      return de.reason();
    }
    String m = String.valueOf(e.getMessage());
    return m.startsWith("too-large") ? "too-large" : fallback;
  }

  private void saveSeen() {
    if (seenFile == null) {
      return;
    }
    try {
      seen.save(seenFile);
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("could not save fetched URLs to {}: {}", seenFile, e.toString());
    }
  }

  /** Remembers a canonical URL; false when it was already seen (fetched or queued). */
  boolean firstSight(String key) {
    return seen.add(key);
  }

  /** Page fetches and polls queued or running (for tests and the gauge). */
  int pending() {
    return pending.get();
  }

  CrawlMetrics metrics() {
    return metrics;
  }

  @Override
  public boolean isReady() {
    return started.get() && !timer.isShutdown() && (hostQueue == null || hostQueue.isAlive());
  }

  @Override
  public boolean isFinished() {
    if (!config.once() || !started.get()) {
      return timer.isShutdown() && started.get();
    }
    return pending.get() == 0 && configured.stream().allMatch(s -> {
      SourceState st = states.get(s.location());
      return st != null && st.completed && !st.inFlight;
    });
  }

  @Override
  public String name() {
    return "ingest-fetch";
  }

  @Override
  public void close() {
    closing.set(true);
    timer.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (topicSources != null) {
      topicSources.close();
    }
    if (started.get()) {
      saveSeen();
    }
    try {
      producer.flush(); // what was fetched reaches the topic before the producer closes
    } catch (RuntimeException e) {
      log.warn("could not flush pages on close: {}", e.toString());
    }
    if (hostQueue != null) {
      hostQueue.close(); // after the flush: commits every page that reached the topic, hands the rest over
    }
  }
}
