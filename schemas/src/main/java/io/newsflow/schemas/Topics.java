package io.newsflow.schemas;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.Article;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The catalogue of newsflow topics under one prefix (default {@code newsflow}). Keys are strings:
 * canonical URL for pages, article id for articles, quote id for quotes, source URL for feeds, host for urls.
 */
public final class Topics {
  public static final String DEFAULT_PREFIX = "newsflow";

  private final Topic<String, FetchedPage> pages;
  private final Topic<String, Article> articles;
  private final Topic<String, EnrichedArticle> enriched;
  private final Topic<String, Quote> quotes;
  private final Topic<String, DeadLetter> deadLetters;
  private final Topic<String, String> feeds;
  private final Topic<String, String> urls;

  public Topics(String prefix) {
    String p = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix;
    pages = new Topic<>(p + ".pages", Serdes.String(), new AvroSerde<>(FetchedPage.class));
    articles = new Topic<>(p + ".articles", Serdes.String(), new AvroSerde<>(Article.class));
    enriched = new Topic<>(p + ".articles.enriched", Serdes.String(), new AvroSerde<>(EnrichedArticle.class));
    quotes = new Topic<>(p + ".quotes", Serdes.String(), new AvroSerde<>(Quote.class));
    deadLetters = new Topic<>(p + ".deadletter", Serdes.String(), new AvroSerde<>(DeadLetter.class));
    // compacted: key = source URL, value = source settings as JSON, null (tombstone) = removed
    feeds = new Topic<>(p + ".feeds", Serdes.String(), Serdes.String());
    // ingest's page queue: key = host[:port], value = page URL, header newsflow.origin = listing source
    urls = new Topic<>(p + ".urls", Serdes.String(), Serdes.String());
  }

  public Topic<String, FetchedPage> pages() { return pages; }
  public Topic<String, Article> articles() { return articles; }
  public Topic<String, EnrichedArticle> enriched() { return enriched; }
  public Topic<String, Quote> quotes() { return quotes; }
  public Topic<String, DeadLetter> deadLetters() { return deadLetters; }
  /** The run-time source list of ingest (compacted). */
  public Topic<String, String> feeds() { return feeds; }
  /** Page URLs listed by ingest's sources, keyed by host so one instance fetches each host. */
  public Topic<String, String> urls() { return urls; }

  public List<Topic<String, ?>> all() {
    return List.of(pages, articles, enriched, quotes, deadLetters, feeds, urls);
  }
}
