package dev.quarantine.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an office's login may do: read everything the district shares (hotels, rooms, teams, policies, offices,
 * origins), and write its own office's cases and what hangs off them; row-level security (schema version 4) keeps its
 * reads and writes to its own office's rows. It may append to the audit log, never change or delete an entry; it may
 * not add hotels, offices or policies, which are the district's.
 */
final class OfficeGrant {
    /** Tables an office's clerks write: their cases and what hangs off them, rooms (taken, freed), hotel work. */
    private static final String WRITES = "qcase, reading, fever_alert, payment, amendment, violation, service_request, "
            + "landlord_arrangement, origin, room, room_service, disinfection, inspection, team_member";

    private final Connection connection;

    OfficeGrant(Connection connection) {
        this.connection = connection;
    }

    void grant(String role) throws SQLException {
        boolean exists;
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                exists = rs.next();
            }
        }
        String r = quote(role);
        try (Statement s = connection.createStatement()) {
            if (!exists) {
                s.execute("CREATE ROLE " + r + " LOGIN");
            }
            String database;
            String schema;
            try (ResultSet rs = s.executeQuery("SELECT current_database(), current_schema()")) {
                rs.next();
                database = rs.getString(1);
                schema = rs.getString(2);
            }
            s.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + quote(database) + " TO " + r);
            s.execute("GRANT USAGE ON SCHEMA " + quote(schema) + " TO " + r);
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA " + quote(schema) + " TO " + r);
            s.execute("GRANT INSERT, UPDATE ON " + WRITES + " TO " + r);
            s.execute("GRANT INSERT ON audit_log TO " + r);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quote(schema) + " TO " + r);
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM " + r);
        }
    }

    /** An identifier as PostgreSQL reads it exactly (the name was checked: lower-case letters, digits and _). */
    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
