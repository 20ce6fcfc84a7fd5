package dev.quarantine.postgres;

import dev.quarantine.core.store.Dialect;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of rows, ids included, into a table through {@code COPY}, skipping the rows a unique index refuses: the
 * rows are copied into a temporary staging table (no indexes: the fastest way in) and moved over with one
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING id}; the ids that come back name the rows that went in.
 * Rows already checked by a login that sees the whole table go straight in ({@link #insertChecked}), without the
 * staging table's COPY and TRUNCATE and the probe of every unique index that ON CONFLICT makes (psql, on a roster's
 * 288,016 cases: 1.5 s to stage them, then 19.0 s to move them over with ON CONFLICT, 15.9 s without).
 */
final class CopyInsert {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final String stage;

    CopyInsert(Connection connection, String table, List<String> columns) {
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))
                || !columns.get(0).equals("id")) {
            throw new IllegalArgumentException("not a table or columns from id on: " + table + " " + columns);
        }
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.stage = "qd_stage_" + table;
    }

    boolean[] insert(List<Object[]> rows) throws SQLException {
        boolean[] written = new boolean[rows.size()];
        if (rows.isEmpty()) {
            return written;
        }
        String cols = String.join(", ", columns);
        try (Statement s = connection.createStatement()) {
            // A temporary table lives as long as the connection; its rows only as long as the transaction.
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT " + cols
                    + " FROM " + table + " WITH NO DATA");
            s.execute("TRUNCATE " + stage);
        }
        Map<Long, Integer> rowOfId = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            rowOfId.put(((Number) rows.get(i)[0]).longValue(), i);
        }
        copy(stage, cols, rows);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("INSERT INTO " + table + " (" + cols + ") SELECT " + cols + " FROM " + stage
                     + " ORDER BY id ON CONFLICT DO NOTHING RETURNING id")) {
            while (rs.next()) {
                written[rowOfId.get(rs.getLong(1))] = true;
            }
        }
        return written;
    }

    /**
     * The batch straight into the table with {@code COPY} when this login sees every row of it (no row-level security
     * applies to it), so that the caller's checks under the table's lock saw every row a unique index could refuse one
     * for; otherwise {@link #insert}. A row refused all the same fails the {@code COPY} and the transaction.
     */
    boolean[] insertChecked(List<Object[]> rows) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT row_security_active('" + table + "')")) {
            rs.next();
            if (rs.getBoolean(1)) {
                return insert(rows);
            }
        }
        copy(table, String.join(", ", columns), rows);
        boolean[] written = new boolean[rows.size()];
        Arrays.fill(written, true);
        return written;
    }

    private void copy(String into, String cols, List<Object[]> rows) throws SQLException {
        StringBuilder csv = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    csv.append(',');
                }
                appendCsv(csv, Dialect.toDb(row[c]));
            }
            csv.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + into + " (" + cols
                    + ") FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + into + " failed", "58030", e);
        }
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
