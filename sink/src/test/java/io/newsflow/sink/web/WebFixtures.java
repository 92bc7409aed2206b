package io.newsflow.sink.web;

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

/**
 * Invented articles (written for these tests, not taken from any data set) whose quote offsets point into
 * {@code title + '\n' + paragraphs joined by '\n'}, as the extractor's do. Three "story" articles with named
 * speakers plus {@link #BULK_ARTICLES} filler articles (several quotes share a time, to exercise id tie-breaks).
 */
final class WebFixtures {

    static final String LAVROV_ID = "spk-sergey-lavrov";
    static final String BLINKEN_ID = "spk-antony-blinken";
    static final String LOPEZ_ID = "spk-maria-lopez";

    static final String GENEVA = "geneva-talks";
    static final String GRAIN = "grain-corridor";
    static final String CLIMATE = "coastal-flooding";

    static final String LAVROV_GENEVA = "Sanctions will not change our course, and everyone in this room knows it";
    static final String BLINKEN_GENEVA = "We are ready to talk, but not at any price";
    static final String LAVROV_GRAIN = "The grain corridor can reopen as soon as our conditions are met";
    static final String LOPEZ_CLIMATE = "The sea wall was built for a climate that no longer exists";

    static final int BULK_ARTICLES = 7;
    static final int BULK_QUOTES_EACH = 4;

    private WebFixtures() {}

    static List<EnrichedArticle> all() {
        List<EnrichedArticle> all = new ArrayList<>();
        all.add(geneva());
        all.add(grain());
        all.add(climate());
        for (int i = 0; i < BULK_ARTICLES; i++) {
            all.add(bulk(i));
        }
        return all;
    }

    static int totalQuotes() {
        return 4 + BULK_ARTICLES * BULK_QUOTES_EACH;
    }

    static EnrichedArticle geneva() {
        String title = "Ministers trade warnings over sanctions in Geneva";
        List<String> paragraphs = List.of(
                "GENEVA — Talks between the two foreign ministers ended without an agreement on Friday.",
                "\u201c" + LAVROV_GENEVA + ",\u201d Sergey Lavrov told reporters after the meeting.",
                "Antony Blinken said: \u201c" + BLINKEN_GENEVA + ".\u201d",
                "Both delegations are expected to return to Geneva next month.");
        return article(GENEVA, title, paragraphs, Instant.parse("2024-03-01T09:30:00Z"),
                List.of(quote(GENEVA, title, paragraphs, 0, LAVROV_GENEVA, "Sergey Lavrov", LAVROV_ID, "told"),
                        quote(GENEVA, title, paragraphs, 1, BLINKEN_GENEVA, "Antony Blinken", BLINKEN_ID, "said")),
                List.of("sanctions", "Geneva talks", "foreign ministers"),
                List.of(entity("Sergey Lavrov", EntityType.PERSON), entity("Antony Blinken", EntityType.PERSON),
                        entity("Geneva", EntityType.LOCATION)),
                new Category("medtop:11000000", "politics", 0.91));
    }

    static EnrichedArticle grain() {
        String title = "Black Sea grain talks stall again";
        List<String> paragraphs = List.of(
                "Negotiations on shipping grain through the Black Sea made no progress this week.",
                "\u201c" + LAVROV_GRAIN + ",\u201d Lavrov said in Ankara.",
                "Traders said prices rose on the news.");
        return article(GRAIN, title, paragraphs, Instant.parse("2024-04-10T14:00:00Z"),
                List.of(quote(GRAIN, title, paragraphs, 0, LAVROV_GRAIN, "Sergey Lavrov", LAVROV_ID, "said")),
                List.of("grain deal", "Black Sea", "sanctions"),
                List.of(entity("Sergey Lavrov", EntityType.PERSON), entity("Ankara", EntityType.LOCATION)),
                new Category("medtop:04000000", "economy, business and finance", 0.74));
    }

    static EnrichedArticle climate() {
        String title = "Coastal town counts the cost of another flood";
        List<String> paragraphs = List.of(
                "Water reached the town hall for the third time in five years.",
                "\u201c" + LOPEZ_CLIMATE + ",\u201d said Maria Lopez, the mayor.");
        return article(CLIMATE, title, paragraphs, Instant.parse("2024-02-15T07:00:00Z"),
                List.of(quote(CLIMATE, title, paragraphs, 0, LOPEZ_CLIMATE, "Maria Lopez", LOPEZ_ID, "said")),
                List.of("flooding", "climate"),
                List.of(entity("Maria Lopez", EntityType.PERSON)),
                new Category("medtop:06000000", "environment", 0.88));
    }

    /** Filler: even articles share one publication time, so their quotes tie on time and order by id. */
    static EnrichedArticle bulk(int n) {
        String id = "bulk-" + n;
        String title = "Council meeting number " + n;
        List<String> paragraphs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < BULK_QUOTES_EACH; i++) {
            String text = "Item " + i + " of meeting " + n + " is about the budget";
            texts.add(text);
            paragraphs.add("\u201c" + text + ",\u201d a councillor said.");
        }
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            quotes.add(quote(id, title, paragraphs, i, texts.get(i), "Councillor " + (i % 2), "spk-councillor-" + (i % 2),
                    "said"));
        }
        Instant time = Instant.parse("2023-11-01T12:00:00Z").plusSeconds(n % 2 == 0 ? 0 : 86_400L * n);
        return article(id, title, paragraphs, time, quotes, List.of("budget"), List.of(),
                new Category("medtop:11000000", "politics", 0.6));
    }

    private static Quote quote(String articleId, String title, List<String> paragraphs, int index, String text,
            String speaker, String speakerId, String cue) {
        String full = title + "\n" + String.join("\n", paragraphs);
        int start = full.indexOf(text);
        if (start < 0) {
            throw new IllegalStateException("quote not in text: " + text);
        }
        return Quote.newBuilder()
                .setId(articleId + "-q" + index)
                .setArticleId(articleId)
                .setText(text)
                .setKind(QuoteKind.DIRECT)
                .setStart(start)
                .setEnd(start + text.length())
                .setSpeakerMention(speaker.substring(speaker.lastIndexOf(' ') + 1))
                .setSpeaker(speaker)
                .setSpeakerId(speakerId)
                .setSpeakerRole(null)
                .setCue(cue)
                .setExtractorVersion("web-test-1")
                .build();
    }

    private static Entity entity(String name, EntityType type) {
        return new Entity(name, type, List.of(new Mention(name, 0, name.length())));
    }

    private static EnrichedArticle article(String id, String title, List<String> paragraphs, Instant published,
            List<Quote> quotes, List<String> keyphrases, List<Entity> entities, Category category) {
        Article article = Article.newBuilder()
                .setId(id)
                .setUrl("https://news.example.org/" + id)
                .setCanonicalUrl("https://news.example.org/" + id)
                .setTitle(title)
                .setByline("Staff reporter")
                .setPublishedAt(published)
                .setModifiedAt(null)
                .setLanguage("en")
                .setParagraphs(paragraphs)
                .setSource("example-news")
                .setFetchedAt(published.plusSeconds(600))
                .setContentHash("hash-" + id)
                .setCleanerVersion("cleaner-test")
                .build();
        List<Keyphrase> phrases = new ArrayList<>();
        for (int i = 0; i < keyphrases.size(); i++) {
            phrases.add(new Keyphrase(keyphrases.get(i), 1.0 - i * 0.1));
        }
        return EnrichedArticle.newBuilder()
                .setArticle(article)
                .setQuotes(quotes)
                .setKeyphrases(phrases)
                .setEntities(entities)
                .setCategory(category)
                .setExtractorVersion("web-test-1")
                .setEnrichedAt(published.plusSeconds(900))
                .build();
    }
}
