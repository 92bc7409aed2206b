/**
 * Offline scorers for the topic extractors on the shared dev data (located through the
 * {@code newsflow.shared.data} system property by the tests). Evaluation only: nothing here is
 * used at run time, and no evaluation data is shipped.
 */
package io.newsflow.enrich.topics.eval;
