package io.newsflow.enrich.topics;

/**
 * A top-level IPTC Media Topic for an article: qcode (e.g. {@code medtop:11000000}), English label
 * ("politics") and confidence in (0, 1): from 0.5 (a tie with the runner-up) towards 1 (a clear lead),
 * {@code CategoryClassifier.FALLBACK_CONFIDENCE} when no topic word occurred.
 */
public record CategoryGuess(String code, String label, double confidence) {}
