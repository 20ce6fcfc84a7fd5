package dev.quarantine.postgres;

import dev.quarantine.core.store.Dialect;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A batch of rows into a table through {@code COPY}, skipping the rows a unique index refuses, with ids consecutive
 * from the largest before (case numbers have no gaps, as on SQLite). The rows are copied into a temporary staging
 * table and moved over with {@code INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING id} under provisional negative
 * ids (row {@code n} as {@code -n-1}), so the ids that come back name the rows that went in; those are then numbered
 * from the largest id on, in row order. The caller holds the table lock, so no one else takes an id meanwhile.
 */
final class CopyInsert {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final String stage;
    private final String nextId;

    CopyInsert(Connection connection, String table, List<String> columns, String nextId) {
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("not a table or column name: " + table + " " + columns);
        }
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.stage = "qd_stage_" + table;
        this.nextId = nextId;
    }

    long[] insert(List<Object[]> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        Arrays.fill(ids, -1);
        if (rows.isEmpty()) {
            return ids;
        }
        String cols = String.join(", ", columns);
        long base;
        try (Statement s = connection.createStatement()) {
            // A temporary table lives as long as the connection; its rows only as long as the transaction.
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT 0 AS seq, "
                    + cols + " FROM " + table + " WITH NO DATA");
            s.execute("DELETE FROM " + stage);
            try (ResultSet rs = s.executeQuery(nextId)) {
                rs.next();
                base = rs.getLong(1);
            }
        }
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        for (int i = 0; i < rows.size(); i++) {
            csv.append(i);
            for (Object value : rows.get(i)) {
                csv.append(',');
                appendCsv(csv, Dialect.toDb(value));
            }
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + stage + " (seq, " + cols
                    + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + stage + " failed", "58030", e);
        }
        List<Integer> kept = new ArrayList<>(rows.size());
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("INSERT INTO " + table + " (id, " + cols + ") SELECT -seq - 1, " + cols
                    + " FROM " + stage + " ORDER BY seq ON CONFLICT DO NOTHING RETURNING id")) {
                while (rs.next()) {
                    kept.add((int) (-rs.getLong(1) - 1));
                }
            }
            // Negative ids to the final ones, in row order: none of them is taken yet, so no update collides.
            s.executeUpdate("UPDATE " + table + " t SET id = " + base + " + n.rank - 1 FROM (SELECT id, "
                    + "row_number() OVER (ORDER BY id DESC) AS rank FROM " + table + " WHERE id < 0) n "
                    + "WHERE t.id = n.id");
        }
        Collections.sort(kept);
        for (int i = 0; i < kept.size(); i++) {
            ids[kept.get(i)] = base + i;
        }
        return ids;
    }

    /** One CSV field: nothing for NULL, a number as it is, anything else quoted (so an empty text is not NULL). */
    private static void appendCsv(StringBuilder out, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number) {
            out.append(value);
            return;
        }
        String s = value.toString();
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
