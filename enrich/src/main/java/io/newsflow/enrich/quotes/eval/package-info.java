/**
 * The quote metric of {@code shared/data/quotes/README.md}: {@link io.newsflow.enrich.quotes.eval.QuoteEval#evaluate}
 * scores {@link io.newsflow.enrich.quotes.QuoteExtractor} against a gold JSONL file (lenient/strict quote P/R/F1,
 * speaker P/R/F1, per kind, three views). Evaluation data is read at run time only and never shipped.
 */
package io.newsflow.enrich.quotes.eval;
