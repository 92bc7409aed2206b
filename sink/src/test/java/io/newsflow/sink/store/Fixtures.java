package io.newsflow.sink.store;

import io.newsflow.schemas.avro.Article;
import io.newsflow.schemas.avro.Category;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.EntityType;
import io.newsflow.schemas.avro.Keyphrase;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Quote;
import io.newsflow.schemas.avro.QuoteKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small, fully valid EnrichedArticle records for store tests. */
final class Fixtures {

    static final Instant PUBLISHED = Instant.parse("2024-03-01T10:15:30.123Z");

    private Fixtures() {}

    static Quote quote(String articleId, String text, String speaker, String speakerId, String version) {
        return Quote.newBuilder()
                .setId(articleId + "-q-" + Integer.toHexString(text.hashCode()))
                .setArticleId(articleId)
                .setText(text)
                .setKind(QuoteKind.DIRECT)
                .setStart(Math.abs(text.hashCode() % 1000))
                .setEnd(Math.abs(text.hashCode() % 1000) + text.length())
                .setSpeakerMention(speaker)
                .setSpeaker(speaker)
                .setSpeakerId(speakerId)
                .setSpeakerRole(null)
                .setCue("said")
                .setExtractorVersion(version)
                .build();
    }

    static EnrichedArticle enriched(String id, String version, List<Quote> quotes, List<String> keyphrases) {
        Article article = Article.newBuilder()
                .setId(id)
                .setUrl("https://example.org/news/" + id)
                .setCanonicalUrl("https://example.org/news/" + id)
                .setTitle("Title of " + id)
                .setByline("A. Reporter")
                .setPublishedAt(PUBLISHED)
                .setModifiedAt(null)
                .setLanguage("en")
                .setParagraphs(List.of("First paragraph of " + id + ".", "Second paragraph."))
                .setSource("test")
                .setFetchedAt(PUBLISHED.plusSeconds(3600))
                .setContentHash("hash-" + id)
                .setCleanerVersion("cleaner-1")
                .build();
        List<Keyphrase> phrases = new ArrayList<>();
        for (int i = 0; i < keyphrases.size(); i++) {
            phrases.add(new Keyphrase(keyphrases.get(i), 1.0 / (i + 1)));
        }
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setQuotes(quotes)
                .setKeyphrases(phrases)
                .setEntities(List.of(new Entity("Sergey Lavrov", EntityType.PERSON,
                        List.of(new Mention("Lavrov", 10, 16)))))
                .setCategory(new Category("medtop:11000000", "politics", 0.8))
                .setExtractorVersion(version)
                .setEnrichedAt(PUBLISHED.plusSeconds(7200))
                .build();
    }

    /** An article with {@code n} quotes by alternating speakers. */
    static EnrichedArticle withQuotes(String id, String version, int n) {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String speaker = i % 2 == 0 ? "Sergey Lavrov" : "Antony Blinken";
            quotes.add(quote(id, "Quote number " + i + " about sanctions in " + id, speaker,
                    "spk-" + speaker.hashCode(), version));
        }
        return enriched(id, version, quotes, List.of("sanctions", "foreign policy"));
    }
}
