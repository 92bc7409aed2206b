package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchPlanTest {

    @Test
    void skipsRecordsOlderThanTheStoredVersion() {
        BatchPlan plan = BatchPlan.of(List.of(Fixtures.withQuotes("a", "1.9", 2), Fixtures.withQuotes("b", "1", 3)),
                Map.of("a", "1.10"));

        assertThat(plan.result()).isEqualTo(new WriteResult(1, 1, 3));
        assertThat(plan.winnerIds()).containsExactly("b");
    }

    @Test
    void keepsTheLastAcceptedRecordPerIdAndCountsEachAcceptedOne() {
        BatchPlan plan = BatchPlan.of(List.of(Fixtures.withQuotes("a", "2", 2), Fixtures.withQuotes("a", "1", 4),
                Fixtures.withQuotes("a", "2", 1)), Map.of());

        assertThat(plan.result()).isEqualTo(new WriteResult(2, 1, 3));
        assertThat(plan.winners()).singleElement().satisfies(rows -> assertThat(rows.quotes()).hasSize(1));
    }

    @Test
    void ordersWinnersByIdForAStableLockOrder() {
        BatchPlan plan = BatchPlan.of(List.of(Fixtures.withQuotes("c", "1", 0), Fixtures.withQuotes("a", "1", 0),
                Fixtures.withQuotes("b", "1", 0)), Map.of());

        assertThat(plan.winnerIds()).containsExactly("a", "b", "c");
    }

    @Test
    void mergesDuplicateQuoteIdsWithinARecord() {
        var q = Fixtures.quote("a", "same text", "X", "x", "1");
        BatchPlan plan = BatchPlan.of(List.of(Fixtures.enriched("a", "1", List.of(q, q), List.of("k", "k"))), Map.of());

        assertThat(plan.result().quotesWritten()).isEqualTo(1);
        assertThat(plan.winners().get(0).keyphrases()).hasSize(1);
    }
}
