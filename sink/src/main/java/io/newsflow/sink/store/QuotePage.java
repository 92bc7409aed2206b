package io.newsflow.sink.store;

import java.util.List;

/**
 * One page of {@link ArticleStore#findQuotes}, ordered by quote time then id, both descending. {@code next} is
 * the cursor of the following page, or null when this page is the last.
 */
public record QuotePage(List<QuoteHit> quotes, QuoteCursor next) {

    public QuotePage {
        quotes = List.copyOf(quotes);
    }
}
