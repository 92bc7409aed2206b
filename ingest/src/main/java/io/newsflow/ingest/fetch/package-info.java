/**
 * Safe HTTP fetching for the ingest stage: an SSRF guard checked on every redirect hop, bounded
 * bodies and decompression, failure classification (transient vs permanent) and backoff, plus URL
 * canonicalisation for de-duplication. No Kafka types live here.
 */
package io.newsflow.ingest.fetch;
