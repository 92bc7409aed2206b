/**
 * The sink's serving side: {@link io.newsflow.sink.web.SinkWeb} adds a read-only JSON API ({@code /api/...}) and a
 * small web page (plain HTML/JS/CSS from {@code io/newsflow/sink/web/} in the jar) to the process's HTTP server,
 * over an {@link io.newsflow.sink.store.ArticleStore}.
 */
package io.newsflow.sink.web;
