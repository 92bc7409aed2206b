package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.FetchedPage;
import java.util.function.Function;

/** Times cleaning and counts clean articles around the {@link ArticleMapper}. */
final class MeteredMapper implements Function<FetchedPage, Article> {
  private final ArticleMapper mapper;
  private final Timer latency;
  private final Counter articles;

  MeteredMapper(ArticleMapper mapper, MeterRegistry registry) {
    this.mapper = mapper;
    this.latency = Timer.builder("newsflow.ingest.clean.latency").description("Time to clean one page")
        .register(registry);
    this.articles = Counter.builder("newsflow.ingest.articles").tag("outcome", "cleaned")
        .description("Articles produced by the cleaner").register(registry);
  }

  @Override
  public Article apply(FetchedPage page) {
    Article a = latency.record(() -> mapper.toArticle(page));
    articles.increment();
    return a;
  }
}
