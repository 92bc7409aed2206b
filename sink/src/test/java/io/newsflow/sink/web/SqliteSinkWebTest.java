package io.newsflow.sink.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/** The web API over a real SQLite file. */
class SqliteSinkWebTest extends SinkWebContract {

    private Path dir;

    @Override
    protected String freshStoreUrl() throws Exception {
        if (dir == null) {
            dir = Files.createTempDirectory("newsflow-web-test");
        }
        return "jdbc:sqlite:" + Files.createTempDirectory(dir, "db").resolve("newsflow.db");
    }

    @AfterAll
    void deleteFiles() throws Exception {
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
