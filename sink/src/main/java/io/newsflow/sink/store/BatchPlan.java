package io.newsflow.sink.store;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which records of a batch reach the database. Applies the records in batch order against the
 * stored versions (older than current → skipped), then keeps only the last accepted record per article id,
 * because writing the earlier ones would be overwritten within the same transaction anyway.
 */
record BatchPlan(List<ArticleRows> winners, WriteResult result) {

    /**
     * @param batch records that passed {@link RecordCheck}
     * @param storedVersions article id → stored extractor version, for the ids already stored
     */
    static BatchPlan of(List<EnrichedArticle> batch, Map<String, String> storedVersions) {
        Map<String, String> current = new HashMap<>(storedVersions);
        // sorted by id so that all writers touch rows in the same order (avoids lock-order deadlocks)
        Map<String, ArticleRows> winners = new TreeMap<>();
        int written = 0;
        int skipped = 0;
        int quotes = 0;
        for (EnrichedArticle record : batch) {
            String id = record.getArticle().getId();
            String stored = current.get(id);
            if (stored != null && ExtractorVersions.compare(record.getExtractorVersion(), stored) < 0) {
                skipped++;
                continue;
            }
            ArticleRows rows = ArticleRows.of(record);
            current.put(id, record.getExtractorVersion());
            winners.put(id, rows);
            written++;
            quotes += rows.quotes().size();
        }
        return new BatchPlan(new ArrayList<>(winners.values()), new WriteResult(written, skipped, quotes));
    }

    List<String> winnerIds() {
        List<String> ids = new ArrayList<>(winners.size());
        for (ArticleRows rows : winners) {
            ids.add(rows.articleId());
        }
        return ids;
    }
}
