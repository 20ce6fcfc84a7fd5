package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a table moved into another database ({@link DatabaseCopy}, {@link MergeWrites}). A table with a
 * whole-number {@code id} first goes in chunks of {@value #CHUNK} rows through the dialect's bulk path for rows already
 * checked ({@code COPY} on PostgreSQL, where one {@code INSERT} per row made moving 288,016 cases take 50 s); every row
 * must go in, and one the target refuses is an error, so that the caller's transaction rolls back. Any other table
 * ({@code policy_version}, {@code origin}: a few rows, named by text) goes as JDBC batches of {@code INSERT}s.
 */
final class RowWriter implements AutoCloseable {
    /** Rows per bulk chunk, held in memory until written. */
    private static final int CHUNK = 5_000;
    /** Rows per JDBC batch of the other tables. */
    private static final int BATCH = 1_000;

    private final Sql to;
    private final String table;
    private final List<String> columns;
    /** The INSERT of a table that does not go in bulk; null for one that does. */
    private final PreparedStatement insert;
    private final List<Object[]> chunk = new ArrayList<>();
    private int batched;

    /** A writer of {@code table}'s {@code columns}, as {@code meta} (the source's query) describes them. */
    RowWriter(Sql to, String table, List<String> columns, ResultSetMetaData meta) throws SQLException {
        this.to = to;
        this.table = table;
        this.columns = List.copyOf(columns);
        int idType = meta.getColumnType(1);
        boolean bulk = columns.get(0).equals("id")
                && (idType == Types.INTEGER || idType == Types.BIGINT || idType == Types.SMALLINT);
        this.insert = bulk ? null : to.connection().prepareStatement("INSERT INTO " + table + " ("
                + String.join(", ", columns) + ") VALUES (" + String.join(", ", Collections.nCopies(columns.size(), "?"))
                + ")");
    }

    /** Adds a row, values in the order of the columns (kept until its chunk is written: never reuse the array). */
    void add(Object[] row) throws SQLException {
        if (insert == null) {
            chunk.add(row);
            if (chunk.size() == CHUNK) {
                flush();
            }
            return;
        }
        for (int i = 0; i < row.length; i++) {
            to.dialect().bind(insert, i + 1, row[i]);
        }
        insert.addBatch();
        if (++batched == BATCH) {
            flush();
        }
    }

    /** Writes the rows added since the last chunk or batch. */
    void flush() throws SQLException {
        if (insert != null) {
            if (batched > 0) {
                insert.executeBatch();
                batched = 0;
            }
            return;
        }
        if (chunk.isEmpty()) {
            return;
        }
        boolean[] written = to.dialect().insertChecked(to.connection(), table, columns, chunk);
        for (int i = 0; i < written.length; i++) {
            if (!written[i]) {
                throw new QuarantineException(ErrorKind.INTERNAL, "db.error",
                        "the row with id " + chunk.get(i)[0] + " of " + table + " was refused by the target");
            }
        }
        chunk.clear();
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
