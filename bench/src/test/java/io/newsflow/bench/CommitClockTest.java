package io.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.sink.store.ArticleStore;
import io.newsflow.sink.store.WriteResult;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitClockTest {
  private static final ArticleStore ACCEPTS_ALL = (ArticleStore) Proxy.newProxyInstance(
      ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
      (p, method, args) -> method.getName().equals("write") ? new WriteResult(((List<?>) args[0]).size(), 0, 0) : null);

  @Test
  void theWarmUpIsTheArticlesFetchedFirstWhateverTheirCommitOrder() {
    CommitClock clock = new CommitClock(ACCEPTS_ALL);
    clock.store().write(List.of(article("late", 3000), article("first", 1000)));
    clock.store().write(List.of(article("second", 2000)));

    assertThat(clock.firstFetched(2)).containsExactlyInAnyOrder("first", "second");
    assertThat(clock.firstFetched(0)).isEmpty();
    assertThat(clock.firstFetched(10)).hasSize(3);
  }

  @Test
  void aRedeliveredArticleKeepsItsFirstCommit() {
    CommitClock clock = new CommitClock(ACCEPTS_ALL);
    clock.store().write(List.of(article("a", 1000)));
    clock.store().write(List.of(article("a", 1000)));

    assertThat(clock.committedCount()).isEqualTo(1);
    assertThat(clock.batches()).extracting(CommitClock.Batch::newArticles).containsExactly(1, 0);
  }

  private static EnrichedArticle article(String id, long fetchedAtMillis) {
    Article a = new Article();
    a.setId(id);
    a.setFetchedAt(Instant.ofEpochMilli(fetchedAtMillis));
    EnrichedArticle e = new EnrichedArticle();
    e.setArticle(a);
    return e;
  }
}
