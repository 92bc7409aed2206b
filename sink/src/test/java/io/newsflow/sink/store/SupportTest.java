package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small helpers: text bounds, JSON, SQLite paths, dialect choice, speaker naming. */
class SupportTest {

    @Test
    void boundedTextDropsNulAndNeverSplitsASurrogatePair() {
        assertThat(Text.bounded("a\u0000b", 10)).isEqualTo("ab");
        assertThat(Text.bounded("ab\uD83D\uDE00", 3)).isEqualTo("ab");
        assertThat(Text.bounded(null, 3)).isNull();
    }

    @Test
    void sqliteUrlsMapToTheirFile() {
        assertThat(SqliteFiles.databaseFile("jdbc:sqlite:./data/newsflow.db")).isEqualTo(Path.of("./data/newsflow.db"));
        assertThat(SqliteFiles.databaseFile("jdbc:sqlite:file:/tmp/x.db?mode=rwc")).isEqualTo(Path.of("/tmp/x.db"));
        assertThat(SqliteFiles.databaseFile("jdbc:sqlite::memory:")).isNull();
    }

    @Test
    void urlChoosesTheDialectAndOthersAreRejected() {
        assertThat(Dialect.of("jdbc:sqlite:x.db")).isEqualTo(Dialect.SQLITE);
        assertThat(Dialect.of("jdbc:postgresql://h/db")).isEqualTo(Dialect.POSTGRESQL);
        assertThatThrownBy(() -> Dialect.of("jdbc:mysql://h/db?password=secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
    }

    @Test
    void sqliteSearchQuotesEveryWord() {
        assertThat(Dialect.SQLITE.searchArgument("farm* OR \"x\" NEAR(")).isEqualTo("\"farm\" \"OR\" \"x\" \"NEAR\"");
        assertThat(Dialect.SQLITE.searchArgument("()*")).isEmpty();
    }

    @Test
    void canonicalSpeakerNameIsTheMostFrequentThenTheLongest() {
        assertThat(SpeakerTally.canonicalName(Map.of("Lavrov", 3, "Sergey Lavrov", 2))).isEqualTo("Lavrov");
        assertThat(SpeakerTally.canonicalName(Map.of("Lavrov", 2, "Sergey Lavrov", 2))).isEqualTo("Sergey Lavrov");
        assertThat(SpeakerTally.canonicalName(Map.of())).isNull();
    }

    @Test
    void settingsNeverPrintThePassword() {
        assertThat(new StoreSettings("jdbc:sqlite:x", "u", "secret").toString()).doesNotContain("secret");
        assertThatThrownBy(() -> StoreSettings.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
