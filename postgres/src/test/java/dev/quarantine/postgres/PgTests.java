package dev.quarantine.postgres;

import dev.quarantine.core.person.ResidentId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small helpers the PostgreSQL tests share when they work past the tool with plain JDBC. */
final class PgTests {
    private PgTests() {
    }

    /** The one number {@code sql} (a {@code SELECT COUNT(*)}, say) answers. */
    static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An 18-digit resident number with its right check character (the tests write any last digit). */
    static String fix(String id) {
        String first17 = id.substring(0, 17);
        return first17 + ResidentId.checkCharacter(first17);
    }
}
