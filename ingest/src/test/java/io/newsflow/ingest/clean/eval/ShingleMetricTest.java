package io.newsflow.ingest.clean.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void tokensAreUnicodeWordRuns() {
        assertThat(ShingleMetric.tokens("Zürich’s café—naïve, 2019!")).containsExactly("Zürich", "s", "café", "naïve", "2019");
    }

    @Test
    void scoresFourGramOverlapAsMultisets() {
        ShingleMetric.Score score = ShingleMetric.score("a b c d e", "a b c d x");

        assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextsFormOneShingleAndEmptyPredictionScoresZero() {
        assertThat(ShingleMetric.shingles("one two")).containsOnlyKeys("one two");
        assertThat(ShingleMetric.score("one two three four", "").recall()).isZero();
    }
}
