package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a table moved into another database ({@link DatabaseCopy}, {@link MergeWrites}), written in chunks
 * through the dialect's bulk path for rows already checked ({@code COPY} on PostgreSQL, where one {@code INSERT} per
 * row made moving 288,016 cases take 50 s). Every row must go in: one the target refuses is an error, and the
 * caller's transaction rolls back.
 */
final class ChunkedInsert {
    /** Rows per chunk: about 5 MB of cases held at a time. */
    static final int CHUNK = 5_000;

    private final Sql to;
    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    /** {@code columns} from {@code id} on (the bulk path names each row by its id). */
    ChunkedInsert(Sql to, String table, List<String> columns) {
        if (columns.isEmpty() || !columns.get(0).equals("id")) {
            throw new IllegalArgumentException("not columns from id on: " + table + " " + columns);
        }
        this.to = to;
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /**
     * True when a table's columns (as a query returns them) can go this way: from a whole-number {@code id} on, which
     * the bulk path names rows by ({@code policy_version}'s text id goes row by row).
     */
    static boolean fits(List<String> columns, java.sql.ResultSetMetaData meta) throws SQLException {
        int type = columns.isEmpty() ? java.sql.Types.NULL : meta.getColumnType(1);
        return !columns.isEmpty() && columns.get(0).equals("id") && (type == java.sql.Types.INTEGER
                || type == java.sql.Types.BIGINT || type == java.sql.Types.SMALLINT);
    }

    /** Adds a row (kept as it is: pass a copy of an array that is reused). */
    void add(Object[] row) throws SQLException {
        rows.add(row);
        if (rows.size() == CHUNK) {
            flush();
        }
    }

    /** Writes the rows added since the last chunk. */
    void flush() throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean[] written = to.dialect().insertChecked(to.connection(), table, columns, rows);
        for (int i = 0; i < written.length; i++) {
            if (!written[i]) {
                throw new QuarantineException(ErrorKind.INTERNAL, "db.error",
                        "the row with id " + rows.get(i)[0] + " of " + table + " was refused by the target");
            }
        }
        rows.clear();
    }
}
