package io.newsflow.enrich.topics;

/**
 * A top-level IPTC Media Topic for an article: qcode (e.g. {@code medtop:11000000}), English label
 * ("politics") and confidence in (0, 1], the winning topic's share of all topic evidence.
 */
public record CategoryGuess(String code, String label, double confidence) {}
