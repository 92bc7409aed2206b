package io.newsflow.bench;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.WriteResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Wraps an {@link ArticleStore} to remember when each article's row became visible: the wall-clock time
 * the store's {@code write} returned (its transaction committed) and the article's {@code fetchedAt}.
 * That is the fetch-to-row latency without polling the database, and the batch commit times give the
 * store's output rate. Redelivered articles keep their first commit time. Also records which threads
 * write (the sink threads), so their CPU time can be attributed to this store.
 */
final class CommitClock implements AutoCloseable {
  /** One committed article: fetch time and commit time, both epoch millis. */
  record Commit(String articleId, long fetchedAtMillis, long committedAtMillis) {}

  /** One committed batch: commit time (epoch millis) and how many new articles it made visible. */
  record Batch(long committedAtMillis, int newArticles) {}

  private final ArticleStore delegate;
  private final Map<String, Commit> commits = new HashMap<>();
  private final List<Batch> batches = new ArrayList<>();
  private final Set<Long> writerThreads = ConcurrentHashMap.newKeySet();

  private final ArticleStore proxy;

  CommitClock(ArticleStore delegate) {
    this.delegate = delegate;
    this.proxy = (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(),
        new Class<?>[] {ArticleStore.class}, (p, method, args) -> invoke(method, args));
  }

  private WriteResult write(List<EnrichedArticle> batch) {
    writerThreads.add(Thread.currentThread().getId());
    WriteResult result = delegate.write(batch);
    long now = System.currentTimeMillis();
    synchronized (this) {
      int fresh = 0;
      for (EnrichedArticle e : batch) {
        String id = e.getArticle().getId();
        if (!commits.containsKey(id)) {
          commits.put(id, new Commit(id, e.getArticle().getFetchedAt().toEpochMilli(), now));
          fresh++;
        }
      }
      batches.add(new Batch(now, fresh));
    }
    return result;
  }

  synchronized int committedCount() {
    return commits.size();
  }

  synchronized boolean hasAll(Set<String> ids) {
    return commits.keySet().containsAll(ids);
  }

  synchronized List<Commit> commits() {
    return new ArrayList<>(commits.values());
  }

  /** The ids of the {@code n} committed articles fetched first (ties in commit-map order). */
  synchronized Set<String> firstFetched(int n) {
    return commits.values().stream().sorted(Comparator.comparingLong(Commit::fetchedAtMillis)).limit(n)
        .map(Commit::articleId).collect(Collectors.toSet());
  }

  synchronized List<Batch> batches() {
    return new ArrayList<>(batches);
  }

  Set<Long> writerThreads() {
    return Set.copyOf(writerThreads);
  }

  /**
   * The store as seen by the sink: {@code write} is timed here, every other method goes straight to the
   * delegate. A dynamic proxy rather than a hand-written decorator, so methods added to
   * {@link ArticleStore} later need no change here.
   */
  ArticleStore store() {
    return proxy;
  }

  long countArticles() {
    return delegate.countArticles();
  }

  long countQuotes() {
    return delegate.countQuotes();
  }

  @Override
  public void close() {
    delegate.close();
  }

  private Object invoke(Method method, Object[] args) throws Throwable {
    if (method.getName().equals("write") && args != null && args.length == 1 && args[0] instanceof List<?> batch) {
      @SuppressWarnings("unchecked")
      List<EnrichedArticle> records = (List<EnrichedArticle>) batch;
      return write(records);
    }
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
