package io.newsflow.sink.store;

import io.newsflow.common.json.Json;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes speaker rows from the quotes table instead of incrementing counters, so the result depends only
 * on which quotes are stored, never on how often or in which order records were written.
 */
final class SpeakerTally {

    static final int MAX_ALIASES = 50;

    private static final String UPSERT = "INSERT INTO speakers (id, canonical_name, aliases, quote_count, name_key)"
            + " VALUES (?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET canonical_name = excluded.canonical_name,"
            + " aliases = excluded.aliases, quote_count = excluded.quote_count, name_key = excluded.name_key";

    /** Most frequent name first; ties go to the longer name (usually the full one), then alphabetical order. */
    static final Comparator<Map.Entry<String, Integer>> CANONICAL_FIRST =
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                    .thenComparing(e -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey);

    private final Session session;

    SpeakerTally(Session session) {
        this.session = session;
    }

    /** @param speakerIds distinct ids, sorted (stable lock order on PostgreSQL) */
    void recompute(List<String> speakerIds) throws SQLException {
        if (speakerIds.isEmpty()) {
            return;
        }
        // without the lock, two writers could each count before the other's quotes commit and store stale counts
        session.dialect.lockKeys(session, Dialect.SPEAKER_LOCKS, speakerIds);
        Map<String, Integer> totals = new HashMap<>();
        Map<String, Map<String, Integer>> names = new HashMap<>();
        session.queryIn("SELECT speaker_id, speaker, COUNT(*) FROM quotes WHERE speaker_id IN ",
                " GROUP BY speaker_id, speaker", speakerIds, rs -> {
                    String id = rs.getString(1);
                    String name = rs.getString(2);
                    int count = rs.getInt(3);
                    totals.merge(id, count, Integer::sum);
                    if (name != null && !name.isBlank()) {
                        names.computeIfAbsent(id, k -> new HashMap<>()).merge(name, count, Integer::sum);
                    }
                });
        PreparedStatement upsert = session.statement(UPSERT);
        PreparedStatement delete = session.statement("DELETE FROM speakers WHERE id = ?");
        for (String id : speakerIds) {
            Integer total = totals.get(id);
            if (total == null) {
                delete.setString(1, id);
                delete.addBatch();
                continue;
            }
            Map<String, Integer> counts = names.getOrDefault(id, Map.of());
            upsert.setString(1, id);
            String canonical = canonicalName(counts);
            upsert.setString(2, canonical);
            upsert.setString(3, Json.stringArray(aliases(counts)));
            upsert.setInt(4, total);
            // the lookup key of the speaker filter and name prefix search (lower-cased like entity names)
            upsert.setString(5, canonical == null ? null : ArticleRows.lookupKey(canonical));
            upsert.addBatch();
        }
        delete.executeBatch();
        upsert.executeBatch();
    }

    static String canonicalName(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(CANONICAL_FIRST).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    static List<String> aliases(Map<String, Integer> counts) {
        // keep the most used names when there are too many, then list them alphabetically
        List<String> aliases = new ArrayList<>(counts.entrySet().stream().sorted(CANONICAL_FIRST)
                .limit(MAX_ALIASES).map(Map.Entry::getKey).toList());
        aliases.sort(null);
        return aliases;
    }
}
