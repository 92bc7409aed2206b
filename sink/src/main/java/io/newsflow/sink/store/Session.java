package io.newsflow.sink.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open connection and its prepared statements, which are kept for the life of the connection so every
 * batch reuses them. Not thread-safe; {@link JdbcArticleStore} serialises access.
 */
final class Session implements AutoCloseable {

    /** IN lists are padded to this many parameters so one prepared statement serves every chunk. */
    static final int IN_CHUNK = 100;

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    final Connection connection;
    final Dialect dialect;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Session(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /**
     * Runs {@code prefix + "(?,...,?)" + suffix} for consecutive chunks of {@code values}; the last chunk
     * repeats its final value to fill the list, which cannot change an IN result.
     */
    void queryIn(String prefix, String suffix, List<String> values, RowHandler handler) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        PreparedStatement ps = statement(prefix + placeholders(IN_CHUNK) + suffix);
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            int to = Math.min(values.size(), from + IN_CHUNK);
            for (int i = 0; i < IN_CHUNK; i++) {
                ps.setString(i + 1, values.get(Math.min(from + i, to - 1)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    private static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(3 * n).append('(');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ",?");
        }
        return sb.append(')').toString();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing anyway; the connection close below releases it too
            }
        }
        statements.clear();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing useful to do with a failed close
        }
    }
}
