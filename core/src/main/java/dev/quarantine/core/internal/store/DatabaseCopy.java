package dev.quarantine.core.internal.store;

import dev.quarantine.core.QuarantineException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies a whole register into a new, empty database of the same schema version, row for row with the same ids (so
 * case numbers stay), table by table in the order their references need, in one transaction of the target: the copy
 * is all there or not at all. An office's SQLite file moves into the district's PostgreSQL database this way.
 */
public final class DatabaseCopy {
    /** Every table of schema version 7 (each with all its columns), referenced before referring. */
    static final List<String> TABLES = List.of("policy_version", "office", "origin", "hotel", "hotel_rate", "room",
            "room_service", "qcase", "amendment",
            "reading", "fever_alert", "payment", "violation", "team_member", "service_request", "disinfection",
            "inspection", "landlord_arrangement", "audit_log");

    private DatabaseCopy() {
    }

    /** Copies {@code source} into {@code target} (just created: its own starting rows are replaced); rows per table. */
    public static Map<String, Long> copy(Database source, Database target) {
        return copy(source, target, null);
    }

    /**
     * {@link #copy(Database, Database)}, the one office of {@code source} named {@code officeName} in the copy (as it
     * is when null).
     *
     * @throws QuarantineException {@code REFUSED} {@code migrate.severalOffices} when a name is given for a register of
     *                             several offices
     */
    public static Map<String, Long> copy(Database source, Database target, String officeName) {
        DatabaseMerge.checkVersions(source, target);
        Map<String, Long> counts = new LinkedHashMap<>();
        source.read(from -> target.inTransaction(to -> {
            List<String> offices = from.list("SELECT name FROM office ORDER BY id", rs -> rs.getString(1));
            if (officeName != null && offices.size() > 1) {
                throw QuarantineException.refused("migrate.severalOffices", offices.size(), String.join(", ", offices),
                        officeName);
            }
            try {
                // A new register holds its first office; the copied one replaces it.
                to.update("DELETE FROM office");
                for (String table : TABLES) {
                    counts.put(table, copyTable(from.connection(), to, table));
                    if (!table.equals("policy_version") && !table.equals("origin")) {
                        target.dialect().afterCopy(to.connection(), table);
                    }
                }
            } catch (SQLException e) {
                throw to.failure(e);
            }
            if (officeName != null) {
                to.update("UPDATE office SET name = ?", officeName);
            }
            for (String table : TABLES) {
                long there = to.count("SELECT COUNT(*) FROM " + table);
                if (there != counts.get(table)) {
                    throw new QuarantineException(dev.quarantine.core.ErrorKind.INTERNAL, "db.error",
                            "copied " + counts.get(table) + " rows of " + table + " but " + there + " arrived");
                }
            }
            return null;
        }));
        return counts;
    }

    private static long copyTable(Connection from, Sql to, String table) throws SQLException {
        long rows = 0;
        try (Statement s = from.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + (table.equals("policy_version") || table.equals(
                     "origin") ? "" : " ORDER BY id"))) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            try (RowWriter writer = new RowWriter(to, table, columns, meta)) {
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    writer.add(row);
                    rows++;
                }
                writer.flush();
            }
        }
        return rows;
    }
}
