package io.newsflow.enrich.topics;

/**
 * A keyphrase and its relevance score within one article. Scores are positive, higher is better,
 * and comparable only between phrases of the same article.
 */
public record ScoredPhrase(String phrase, double score) {}
