package io.newsflow.sink.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the parent directory of a SQLite database file named by a JDBC URL. */
final class SqliteFiles {

    private SqliteFiles() {}

    /** The file a {@code jdbc:sqlite:} URL names, or null for in-memory and URI forms it cannot map. */
    static Path databaseFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith(":resource:")) {
            return null;
        }
        return Path.of(rest);
    }

    static void createParentDirectories(String jdbcUrl) {
        Path file = databaseFile(jdbcUrl);
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of the SQLite file " + file, e, false);
        }
    }
}
