package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {

    @Test
    void comparesDigitRunsAsNumbers() {
        assertThat(ExtractorVersions.compare("1.10", "1.9")).isPositive();
        assertThat(ExtractorVersions.compare("1.9", "1.10")).isNegative();
        assertThat(ExtractorVersions.compare("quotes-2", "quotes-1")).isPositive();
        assertThat(ExtractorVersions.compare("quotes-10", "quotes-9")).isPositive();
    }

    @Test
    void enrichVersionsBuiltFromComponentNumbersSortByEachComponent() {
        // ArticleEnricher.VERSION is BASE.QUOTES.KEYPHRASES; the rows of the old single-number scheme ("2") are older
        assertThat(ExtractorVersions.compare("2", "3.14.2")).isNegative();
        assertThat(ExtractorVersions.compare("3.15.2", "3.14.2")).isPositive();
        assertThat(ExtractorVersions.compare("3.14.10", "3.14.9")).isPositive();
        assertThat(ExtractorVersions.compare("4.1.1", "3.14.2")).isPositive();
    }

    @Test
    void equalVersionsCompareAsZeroIgnoringLeadingZeros() {
        assertThat(ExtractorVersions.compare("1.2.3", "1.2.3")).isZero();
        assertThat(ExtractorVersions.compare("1.01", "1.1")).isZero();
    }

    @Test
    void aPrefixIsOlder() {
        assertThat(ExtractorVersions.compare("1.0", "1.0.1")).isNegative();
        assertThat(ExtractorVersions.compare("1.0.1", "1.0")).isPositive();
    }

    @Test
    void hugeNumbersDoNotOverflow() {
        assertThat(ExtractorVersions.compare("v99999999999999999999999", "v99999999999999999999998")).isPositive();
    }

    @Test
    void nullIsOlderThanAnything() {
        assertThat(ExtractorVersions.compare(null, "")).isNegative();
        assertThat(ExtractorVersions.compare("0", null)).isPositive();
        assertThat(ExtractorVersions.compare(null, null)).isZero();
    }

    @Test
    void orderIsConsistentWhenSorting() {
        List<String> versions = new ArrayList<>(List.of("2.0", "1.10", "1.9", "1.9.1", "1.a", "10", "1", "quotes-2",
                "quotes-11"));
        versions.sort(ExtractorVersions::compare);

        assertThat(versions).containsExactly("1", "1.9", "1.9.1", "1.10", "1.a", "2.0", "10", "quotes-2", "quotes-11");
        for (String a : versions) {
            for (String b : versions) {
                assertThat(Integer.signum(ExtractorVersions.compare(a, b)))
                        .isEqualTo(-Integer.signum(ExtractorVersions.compare(b, a)));
            }
        }
    }
}
