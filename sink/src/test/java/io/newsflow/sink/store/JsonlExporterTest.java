package io.newsflow.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlExporterTest {

    @TempDir
    Path dir;

    @Test
    void exportsOneLinePerQuoteAndArticleWithStableFields() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(StoreSettings.of("jdbc:sqlite:" + dir.resolve("x.db")))) {
            store.write(List.of(Fixtures.enriched("b", "1", List.of(
                    Fixtures.quote("b", "\"Line\none,\" he said.", "Sergey Lavrov", "lavrov", "1")), List.of()),
                    Fixtures.withQuotes("a", "1", 2)));
            JsonlExporter exporter = new JsonlExporter(store);
            StringWriter quotes = new StringWriter();
            StringWriter articles = new StringWriter();

            assertThat(exporter.exportQuotes(quotes)).isEqualTo(3);
            assertThat(exporter.exportArticles(articles)).isEqualTo(2);

            List<String> quoteLines = quotes.toString().lines().toList();
            assertThat(quoteLines).hasSize(3);
            assertThat(quoteLines.get(0)).startsWith("{\"id\":\"a-q-").contains("\"articleId\":\"a\"");
            assertThat(quoteLines.get(2)).contains("\"text\":\"\\\"Line\\none,\\\" he said.\"")
                    .contains("\"speakerRole\":null").contains("\"quoteTime\":\"2024-03-01T10:15:30.123Z\"")
                    .endsWith("}");
            List<String> articleLines = articles.toString().lines().toList();
            assertThat(articleLines).hasSize(2);
            assertThat(articleLines.get(0)).startsWith("{\"id\":\"a\",\"url\":").contains("\"modifiedAt\":null")
                    .contains("\"categoryCode\":\"medtop:11000000\"").contains("\"categoryConfidence\":0.8")
                    .contains("\"quoteCount\":2");
        }
    }
}
