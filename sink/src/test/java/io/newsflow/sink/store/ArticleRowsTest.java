package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

    @Test
    void capsQuotesPerArticle() {
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < ArticleRows.MAX_QUOTES + 10; i++) {
            Quote q = Fixtures.quote("a", "q" + i, null, null, "1");
            q.setId("a-" + i);
            quotes.add(q);
        }

        ArticleRows rows = ArticleRows.of(Fixtures.enriched("a", "1", quotes, List.of()));

        assertThat(rows.quotes()).hasSize(ArticleRows.MAX_QUOTES);
    }

    @Test
    void bodyJoinsParagraphsSkipsNullsAndIsBounded() {
        EnrichedArticle record = Fixtures.withQuotes("a", "1", 0);
        record.getArticle().setParagraphs(Arrays.asList("one", null, "two"));
        assertThat(ArticleRows.of(record).body()).isEqualTo("one\ntwo");

        char[] huge = new char[Text.MAX_BODY + 100];
        Arrays.fill(huge, 'x');
        record.getArticle().setParagraphs(List.of(new String(huge), "after"));
        assertThat(ArticleRows.of(record).body()).hasSize(Text.MAX_BODY);
    }

    @Test
    void quoteTimeFallsBackToFetchTime() {
        EnrichedArticle record = Fixtures.withQuotes("a", "1", 1);
        record.getArticle().setPublishedAt(null);

        assertThat(ArticleRows.of(record).quoteTime()).isEqualTo(record.getArticle().getFetchedAt());
    }
}
