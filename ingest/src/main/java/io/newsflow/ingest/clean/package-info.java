/**
 * Article cleaning: turns a fetched HTML page into a {@link io.newsflow.ingest.clean.CleanedArticle}
 * (title, byline, dates, language, canonical URL and body paragraphs). Entry point:
 * {@link io.newsflow.ingest.clean.ArticleCleaner}. Plain library, no Kafka types.
 */
package io.newsflow.ingest.clean;
