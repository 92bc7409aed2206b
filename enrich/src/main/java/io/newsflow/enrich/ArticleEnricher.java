package io.newsflow.enrich;

import io.newsflow.common.ids.Ids;
import io.newsflow.enrich.quotes.ExtractedQuote;
import io.newsflow.enrich.quotes.QuoteExtractor;
import io.newsflow.enrich.quotes.SpeakerIds;
import io.newsflow.enrich.topics.CategoryClassifier;
import io.newsflow.enrich.topics.EntityExtractor;
import io.newsflow.enrich.topics.FoundEntity;
import io.newsflow.enrich.topics.KeyphraseExtractor;
import io.newsflow.enrich.topics.ScoredPhrase;
import io.newsflow.enrich.topics.Span;
import io.newsflow.enrich.topics.TopicText;
import io.newsflow.schemas.avro.Category;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.QuoteKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extractors over one article and builds the enriched record. Plain Java, no Kafka:
 * the topology and {@code newsflow extract} share it. Thread-safe.
 */
public final class ArticleEnricher implements Enricher {
  /**
   * Bump when the output changes for a reason the component versions below do not show (entities,
   * categories, the record's shape).
   */
  static final String BASE_VERSION = "3";
  /**
   * Version of the enrich output as a whole, {@code BASE.Q.K}: {@link #BASE_VERSION}, then the numbers of
   * {@link QuoteExtractor#VERSION} and {@link KeyphraseExtractor#VERSION}. Derived, so that every extractor
   * bump shows in the stored rows (which extractor wrote this row?) and sorts newer: the sink keeps the
   * newest version, comparing digit runs as numbers ("3.14.2" &lt; "3.15.2", and the old "2" &lt; "3.…").
   */
  public static final String VERSION = BASE_VERSION + "." + versionNumber(QuoteExtractor.VERSION) + "."
      + versionNumber(KeyphraseExtractor.VERSION);
  /** Articles longer than this are cut before extraction: bounds time and memory per record. */
  static final int MAX_TEXT_CHARS = 200_000;
  static final int MAX_KEYPHRASES = 15;

  private final QuoteExtractor quotes = new QuoteExtractor();
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();
  private final EntityExtractor entities = new EntityExtractor();
  private final CategoryClassifier categories = new CategoryClassifier();
  private final Clock clock;

  public ArticleEnricher() {
    this(Clock.systemUTC());
  }

  ArticleEnricher(Clock clock) {
    this.clock = clock;
  }

  @Override
  public EnrichedArticle enrich(Article article) {
    String text = ArticleText.of(article);
    if (text.length() > MAX_TEXT_CHARS) {
      text = text.substring(0, MAX_TEXT_CHARS);
    }
    List<Quote> found = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (ExtractedQuote q : quotes.extract(text)) {
      Quote quote = toQuote(article.getId(), q);
      // the extractor can report the same span twice (e.g. from two frames); one record per quote id
      if (ids.add(quote.getId())) {
        found.add(quote);
      }
    }
    // tokenised, lower-cased and stemmed once for the three topic extractors
    TopicText topicText = TopicText.of(text, article.getTitle() == null ? 0 : article.getTitle().length());
    List<Keyphrase> phrases = new ArrayList<>();
    for (ScoredPhrase p : keyphrases.extract(topicText, MAX_KEYPHRASES)) {
      phrases.add(new Keyphrase(p.phrase(), p.score()));
    }
    return EnrichedArticle.newBuilder()
        .setArticle(article)
        .setQuotes(found)
        .setKeyphrases(phrases)
        .setEntities(entitiesOf(topicText))
        .setCategory(categories.classify(topicText)
            .map(g -> new Category(g.code(), g.label(), g.confidence())).orElse(null))
        .setExtractorVersion(VERSION)
        .setEnrichedAt(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS))
        .build();
  }

  private List<Entity> entitiesOf(TopicText text) {
    List<Entity> out = new ArrayList<>();
    for (FoundEntity e : entities.extract(text)) {
      List<Mention> mentions = new ArrayList<>(e.mentions().size());
      for (Span m : e.mentions()) {
        mentions.add(new Mention(m.text(), m.start(), m.end()));
      }
      out.add(new Entity(e.name(), EntityType.valueOf(e.type().name()), mentions));
    }
    return out;
  }

  private static Quote toQuote(String articleId, ExtractedQuote q) {
    return Quote.newBuilder()
        .setId(Ids.quoteId(articleId, q.start(), q.end(), q.text()))
        .setArticleId(articleId)
        .setText(q.text())
        .setKind(QuoteKind.valueOf(q.kind().name()))
        .setStart(q.start())
        .setEnd(q.end())
        .setSpeakerMention(q.speakerMention())
        .setSpeaker(q.speaker())
        .setSpeakerId(q.speaker() == null ? null : SpeakerIds.idOf(q.speaker()))
        .setSpeakerRole(q.speakerRole())
        .setCue(q.cue())
        .setExtractorVersion(VERSION)
        .build();
  }

  /** The trailing number of a component version ("quotes-14" -> "14"); the whole string when it has none. */
  static String versionNumber(String component) {
    int k = component.length();
    while (k > 0 && Character.isDigit(component.charAt(k - 1))) {
      k--;
    }
    if (k == component.length()) {
      throw new IllegalStateException("component version without a trailing number: " + component);
    }
    return component.substring(k);
  }
}
