package dev.quarantine.postgres;

import dev.quarantine.core.store.Dialect;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch of rows into a table through {@code COPY}, skipping the rows a unique index refuses: the rows are copied
 * into a temporary staging table, each given its id from the table's sequence in row order, and moved over with
 * {@code INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING id}; a row whose id did not come back was refused. A
 * refused row leaves its id unused (sequences never promise to have no gaps).
 */
final class CopyInsert {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final String stage;

    CopyInsert(Connection connection, String table, List<String> columns) {
        if (!table.matches("[a-z_]+") || !columns.stream().allMatch(c -> c.matches("[a-z_]+"))) {
            throw new IllegalArgumentException("not a table or column name: " + table + " " + columns);
        }
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        this.stage = "qd_stage_" + table;
    }

    long[] insert(List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return new long[0];
        }
        String cols = String.join(", ", columns);
        try (Statement s = connection.createStatement()) {
            // A temporary table lives as long as the connection; its rows only as long as the transaction.
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " ON COMMIT DELETE ROWS AS SELECT 0 AS seq, id, "
                    + cols + " FROM " + table + " WITH NO DATA");
            s.execute("DELETE FROM " + stage);
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
        Map<Long, Integer> rowOfId = new HashMap<>(rows.size() * 2);
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE " + stage + " st SET id = n.id FROM (SELECT seq, nextval(pg_get_serial_sequence('"
                    + table + "', 'id')) AS id FROM (SELECT seq FROM " + stage + " ORDER BY seq) ordered) n "
                    + "WHERE st.seq = n.seq");
            try (ResultSet rs = s.executeQuery("SELECT seq, id FROM " + stage)) {
                while (rs.next()) {
                    rowOfId.put(rs.getLong(2), rs.getInt(1));
                }
            }
        }
        long[] ids = new long[rows.size()];
        java.util.Arrays.fill(ids, -1);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (id, " + cols + ") SELECT id, "
                + cols + " FROM " + stage + " ORDER BY seq ON CONFLICT DO NOTHING RETURNING id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                ids[rowOfId.get(id)] = id;
            }
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
