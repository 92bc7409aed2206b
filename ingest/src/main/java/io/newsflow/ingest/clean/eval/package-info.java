/**
 * Scored evaluation of the article cleaner against the article-extraction benchmark data
 * ({@link io.newsflow.ingest.clean.eval.ExtractionEval}); not used at run time.
 */
package io.newsflow.ingest.clean.eval;
