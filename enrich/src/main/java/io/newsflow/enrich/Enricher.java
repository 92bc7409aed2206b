package io.newsflow.enrich;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;

/** Turns a clean article into an enriched one. */
@FunctionalInterface
public interface Enricher {
  EnrichedArticle enrich(Article article);
}
