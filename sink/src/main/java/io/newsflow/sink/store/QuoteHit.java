package io.newsflow.sink.store;

/** A quote found by a search, with the title (nullable) and URL of its article for display. */
public record QuoteHit(StoredQuote quote, String articleTitle, String articleUrl) {}
