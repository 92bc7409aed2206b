package io.newsflow.sink.store;

/**
 * Counts of one {@link ArticleStore#write}. Records are counted as if applied one by one in batch order:
 * {@code articlesWritten} counts records that were equal to or newer than the version stored (or seen earlier
 * in the batch) at their turn, {@code articlesSkippedAsOlder} the others, and {@code quotesWritten} the quotes
 * of the written records after duplicate quote ids within a record were merged. When one id occurs several
 * times in a batch only the last winning record reaches the database, but each accepted occurrence counts.
 */
public record WriteResult(int articlesWritten, int articlesSkippedAsOlder, int quotesWritten) {

    static final WriteResult NOTHING = new WriteResult(0, 0, 0);
}
