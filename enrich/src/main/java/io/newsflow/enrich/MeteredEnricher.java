package io.newsflow.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;

/** Counts articles and quotes and times extraction, around any {@link Enricher}. */
final class MeteredEnricher implements Enricher {
  private final Enricher delegate;
  private final Timer latency;
  private final Counter articles;
  private final Counter quotes;

  MeteredEnricher(Enricher delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.latency = Timer.builder("newsflow.enrich.extract.latency").description("Extraction time per article")
        .register(registry);
    this.articles = Counter.builder("newsflow.enrich.articles").tag("outcome", "enriched")
        .description("Articles enriched").register(registry);
    this.quotes = Counter.builder("newsflow.enrich.quotes").description("Quotes extracted").register(registry);
  }

  @Override
  public EnrichedArticle enrich(Article article) {
    EnrichedArticle e = latency.record(() -> delegate.enrich(article));
    articles.increment();
    quotes.increment(e.getQuotes().size());
    return e;
  }
}
