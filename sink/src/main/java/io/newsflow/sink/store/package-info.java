/**
 * The sink's durable store: {@link io.newsflow.sink.store.ArticleStore} with one JDBC implementation for
 * PostgreSQL (production) and SQLite (embedded default, one file), Flyway migrations per dialect under
 * {@code db/migration/{postgresql,sqlite}}, numeric-aware extractor version ordering and a JSON Lines exporter.
 * No Kafka types: the sink topology hands batches of {@code EnrichedArticle} to {@code write}.
 */
package io.newsflow.sink.store;
