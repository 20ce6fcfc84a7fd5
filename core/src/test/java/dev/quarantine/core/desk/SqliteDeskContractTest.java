package dev.quarantine.core.desk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facade contract on the default backend: a SQLite file. After each test, whatever it did to the cases, the tallies
 * that SQLite's triggers keep (schema version 8) hold what counting the cases gives.
 */
class SqliteDeskContractTest extends DeskContract {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("register.db");
    }

    @Override
    protected QuarantineDesk create(Clock clock, String operator) {
        return QuarantineDesk.create(file(), clock, operator, List.of());
    }

    @Override
    protected QuarantineDesk reopen(Clock clock, String operator) {
        return QuarantineDesk.open(file(), clock, operator);
    }

    @Override
    protected QuarantineDesk openBackup(Path backup, Clock clock, String operator) {
        return QuarantineDesk.open(backup, clock, operator);
    }

    @AfterEach
    void talliesAgreeWithTheCases() throws SQLException {
        if (!Files.isRegularFile(file())) {
            return; // moved away by the test
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT office_id, status, category, eligible_date, n FROM case_tally WHERE n <> 0 "
                    + "ORDER BY 1, 2, 3, 4"))
                    .isEqualTo(rows(s, "SELECT office_id, status, category, eligible_date, COUNT(*) FROM qcase "
                            + "GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"));
            assertThat(rows(s, "SELECT office_id, hour, n FROM registration_tally WHERE n <> 0 ORDER BY 1, 2"))
                    .isEqualTo(rows(s, "SELECT office_id, substr(registered_at, 1, 13), COUNT(*) FROM qcase "
                            + "GROUP BY 1, 2 ORDER BY 1, 2"));
        }
    }

    private static List<String> rows(Statement s, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append(i < columns ? "|" : "");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
