package io.newsflow.sink.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads every logical column of every store table through a separate connection, in key order. */
final class TableDump {

    private static final Map<String, String> ORDER = new LinkedHashMap<>();

    static {
        ORDER.put("articles", "id");
        ORDER.put("quotes", "id");
        ORDER.put("speakers", "id");
        ORDER.put("keyphrases", "article_id, phrase");
        ORDER.put("entities", "article_id, type, name");
        ORDER.put("categories", "article_id");
    }

    private TableDump() {}

    static Map<String, List<String>> dump(String jdbcUrl) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement st = c.createStatement()) {
            for (Map.Entry<String, String> table : ORDER.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String column = md.getColumnName(i);
                            // physical details, not logical content: SQLite's rowid alias and PG's derived tsvector
                            if (!column.equals("seq") && !column.equals("text_tsv")) {
                                row.append(column).append('=').append(rs.getString(i)).append('|');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }
}
