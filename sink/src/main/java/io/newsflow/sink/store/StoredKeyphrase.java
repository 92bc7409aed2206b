package io.newsflow.sink.store;

/** A keyphrase of one article with its extractor score (higher is more central). */
public record StoredKeyphrase(String phrase, double score) {}
