package io.newsflow.bench;

import io.newsflow.common.config.CommonConfig;
import io.newsflow.common.ids.Ids;
import io.newsflow.common.kafka.KafkaClients;
import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.ArticleText;
import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.enrich.topics.CategoryClassifier;
import io.newsflow.enrich.topics.EntityExtractor;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.enrich.topics.TopicText;
import io.newsflow.ingest.ArticleMapper;
import io.newsflow.ingest.clean.ArticleCleaner;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.FetchedPage;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.sink.store.JdbcArticleStore;
import io.newsflow.sink.store.StoreSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntToLongFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jsoup.Jsoup;

/**
 * The ceilings the pipeline is compared with, each measured alone on the calling thread (single
 * thread, nothing else of the bench running): a bare Jsoup parse, each extractor, the embedded broker's
 * raw produce and consume rates for records of the pipeline's sizes, and the store's raw upsert rate.
 * Each timed loop runs a third of its time as warm-up first (JIT), then counts operations until its
 * time is up (at least one).
 */
final class Ceilings {
  /** A measured rate: {@code ops} operations in {@code nanos}. */
  record Rate(long ops, long nanos) {
    double perSecond() {
      return Stats.perSecond(ops, nanos);
    }
  }

  private static volatile long sink; // keeps results alive so the JIT cannot drop the work

  private Ceilings() {}

  /**
   * Runs {@code op(i)} for i = 0, 1, ... for about {@code seconds}, after a warm-up of a third of that
   * time and at least {@code warmOps} operations (one pass over the samples, so every page has been
   * seen by the JIT before timing starts).
   */
  static Rate timed(double seconds, int warmOps, IntToLongFunction op) {
    long warmEnd = System.nanoTime() + (long) (seconds / 3 * 1e9);
    int i = 0;
    long acc = 0;
    while (i < warmOps || System.nanoTime() < warmEnd) {
      acc += op.applyAsLong(i++);
    }
    long t0 = System.nanoTime();
    long end = t0 + (long) (seconds * 1e9);
    long ops = 0;
    do {
      acc += op.applyAsLong(i++);
      ops++;
    } while (System.nanoTime() < end);
    long nanos = System.nanoTime() - t0;
    sink += acc;
    return new Rate(ops, nanos);
  }

  static Rate jsoupParse(List<String> pages, double seconds) {
    return timed(seconds, pages.size(), i -> Jsoup.parse(pages.get(i % pages.size()), "http://127.0.0.1/").childNodeSize());
  }

  static Rate cleaner(List<byte[]> bodies, double seconds) {
    ArticleCleaner cleaner = new ArticleCleaner();
    return timed(seconds, bodies.size(), i -> cleaner.clean(bodies.get(i % bodies.size()), "text/html; charset=UTF-8",
        "http://127.0.0.1/news/" + i + ".html").paragraphs().size());
  }

  /** The clean stage's whole per-record work: decode, clean, id, content hash, Avro record. */
  static Rate mapper(List<FetchedPage> pages, double seconds) {
    ArticleMapper mapper = new ArticleMapper(new ArticleCleaner());
    return timed(seconds, pages.size(), i -> mapper.toArticle(pages.get(i % pages.size())).getParagraphs().size());
  }

  static Rate quotes(List<Article> articles, double seconds) {
    QuoteExtractor extractor = new QuoteExtractor();
    List<String> texts = articles.stream().map(ArticleText::of).toList();
    return timed(seconds, texts.size(), i -> extractor.extract(texts.get(i % texts.size())).size());
  }

  /** Keyphrases + entities + category, as enrich runs them. */
  static Rate topics(List<Article> articles, double seconds) {
    KeyphraseExtractor keyphrases = new KeyphraseExtractor();
    EntityExtractor entities = new EntityExtractor();
    CategoryClassifier categories = new CategoryClassifier();
    List<String> texts = articles.stream().map(ArticleText::of).toList();
    return timed(seconds, articles.size(), i -> {
      Article a = articles.get(i % articles.size());
      TopicText text = TopicText.of(texts.get(i % texts.size()), a.getTitle() == null ? 0 : a.getTitle().length());
      return keyphrases.extract(text, 15).size() + entities.extract(text).size()
          + (categories.classify(text).isPresent() ? 1 : 0);
    });
  }

  static Rate enricher(List<Article> articles, double seconds) {
    ArticleEnricher enricher = new ArticleEnricher();
    return timed(seconds, articles.size(), i -> enricher.enrich(articles.get(i % articles.size())).getQuotes().size());
  }

  /** Produce and consume rates of the broker for {@code count} records cycling {@code values}. */
  record BrokerRates(Rate produce, Rate consume, double meanRecordBytes) {}

  static BrokerRates broker(CommonConfig common, String topic, List<byte[]> values, int count, int partitions,
      PrintStream progress) throws Exception {
    try (Admin admin = Admin.create(KafkaClients.admin(common))) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    long bytes = 0;
    Map<String, Object> pp = KafkaClients.producer(common, "bench-ceiling-producer");
    long t0 = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(pp, new StringSerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < count; i++) {
        byte[] v = values.get(i % values.size());
        bytes += v.length;
        producer.send(new ProducerRecord<>(topic, "key-" + i, v));
      }
      producer.flush();
    }
    Rate produce = new Rate(count, System.nanoTime() - t0);
    Map<String, Object> cp = KafkaClients.consumer(common, "bench-ceiling-consumer", "bench-ceiling-" + topic);
    cp.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    long t1 = System.nanoTime();
    int seen = 0;
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(cp, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (seen < count && System.nanoTime() < deadline) {
        ConsumerRecords<String, byte[]> rs = consumer.poll(Duration.ofMillis(200));
        seen += rs.count();
      }
    }
    Rate consume = new Rate(seen, System.nanoTime() - t1);
    progress.printf("  broker %s: %d records produced, %d consumed%n", topic, count, seen);
    return new BrokerRates(produce, consume, (double) bytes / count);
  }

  /**
   * Upserts {@code count} synthetic enriched articles (copies of {@code samples} with fresh ids) in batches
   * of {@code batchSize} through {@link JdbcArticleStore#write}, into a freshly migrated store.
   */
  static Rate storeUpserts(StoreSettings settings, List<EnrichedArticle> samples, int count, int batchSize) {
    List<List<EnrichedArticle>> batches = new ArrayList<>();
    List<EnrichedArticle> current = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      current.add(copyWithId(samples.get(i % samples.size()), "http://bench.invalid/store/" + i));
      if (current.size() == batchSize) {
        batches.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    try (JdbcArticleStore store = JdbcArticleStore.open(settings)) {
      // one untimed batch so connection set-up and statement preparation are not charged to the rate
      store.write(List.of(copyWithId(samples.get(0), "http://bench.invalid/store/warm-up")));
      long t0 = System.nanoTime();
      for (List<EnrichedArticle> b : batches) {
        store.write(b);
      }
      return new Rate(count, System.nanoTime() - t0);
    }
  }

  /** A copy of {@code e} as if fetched from {@code url}: new article id, quote ids re-derived from it. */
  static EnrichedArticle copyWithId(EnrichedArticle e, String url) {
    String id = Ids.articleId(url);
    Article a = Article.newBuilder(e.getArticle()).setId(id).setUrl(url).setCanonicalUrl(url).build();
    List<Quote> quotes = new ArrayList<>(e.getQuotes().size());
    for (Quote q : e.getQuotes()) {
      quotes.add(Quote.newBuilder(q).setArticleId(id).setId(Ids.quoteId(id, q.getStart(), q.getEnd(), q.getText()))
          .build());
    }
    return EnrichedArticle.newBuilder(e).setArticle(a).setQuotes(quotes).build();
  }

  /** Read by the report so the accumulated results stay observable. */
  static long consumed() {
    return sink;
  }
}
