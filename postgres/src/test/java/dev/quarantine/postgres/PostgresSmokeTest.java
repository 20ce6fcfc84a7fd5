package dev.quarantine.postgres;

import dev.quarantine.core.testing.PgServer;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSmokeTest {
    private String db;

    @BeforeEach
    void database() {
        db = PgServer.newDatabase("qd_smoke");
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
    }

    @Test
    void initRegisterAdmitRelease() {
        Clock clock = Clock.fixed(Instant.parse("2020-02-03T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), clock, "tester", List.of())) {
            desk.hotels().add("锦江之星", null, Money.parse("180"), "101-102");
            Admission a = desk.cases().admit(new AdmitRequest(null, new RegistrationInput("王伟", null, "410105198503121008",
                    "13803711234", "河南南阳", "2020-02-03", "祭城路社区", null, null, null), "36.5", null, null, true));
            assertThat(a.caseView().room()).isEqualTo("101");
            assertThat(desk.cases().show(a.caseView().caseNumber()).name()).isEqualTo("王伟");
            assertThat(desk.cases().history(a.caseView().caseNumber())).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /**
     * An import of many cases ends with the case table vacuumed: every page all-visible, so that the queries after it
     * (the overdue cases that {@code due} counts) read the indexes alone. A small import leaves that to autovacuum.
     */
    @Test
    void aLargeImportLeavesTheCaseTableVacuumedASmallOneLeavesItToAutovacuum() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2020-02-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        // The test cluster commits asynchronously (.ci/pg), and vacuum marks a page all-visible only once the commits of
        // its rows are on disk: this database commits as PostgreSQL does by default.
        PgServer.sql(db, "ALTER DATABASE " + db + " SET synchronous_commit = on");
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), clock, "tester", List.of())) {
            PgServer.sql(db, "ALTER TABLE qcase SET (autovacuum_enabled = false)");
            assertThat(importResidents(desk, 0, 10).registered()).isEqualTo(10);
            assertThat(visiblePages()).as("all-visible pages and pages after 10 cases").containsExactly(0, 1);
            assertThat(importResidents(desk, 10, 2_000).registered()).isEqualTo(2_000);
            long[] pages = visiblePages();
            assertThat(pages[1]).as("pages of 2,010 cases").isGreaterThan(10);
            assertThat(pages[0]).as("all-visible pages of " + pages[1]).isEqualTo(pages[1]);
        }
    }

    /** Imports {@code n} residents (each a new person) with lines numbered from {@code from}; rejects fail the test. */
    private static ImportSummary importResidents(QuarantineDesk desk, int from, int n) {
        return importResidents(desk, from, n, ImportOptions.DEFAULT_BATCH, read -> { });
    }

    /** {@link #importResidents(QuarantineDesk, int, int)} in batches of {@code batch}, with the rows read so far. */
    private static ImportSummary importResidents(QuarantineDesk desk, int from, int n, int batch,
                                                 java.util.function.LongConsumer progress) {
        List<RosterRow> rows = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            String first17 = "410105" + LocalDate.of(1960, 1, 1).plusDays(i / 900).toString().replace("-", "")
                    + (100 + i % 900);
            rows.add(new RosterRow(i + 2, List.of("王伟", first17 + ResidentId.checkCharacter(first17),
                    String.format("138%08d", i), "武汉", "2020-02-03")));
        }
        return desk.cases().importRoster(RosterHeader.of(List.of("姓名", "身份证号", "联系电话", "来源地", "返郑日期")),
                rows.iterator(), new ImportOptions(false, false, false, null, batch, Locale.ROOT),
                new RejectSink() {
                    @Override
                    public void reject(RosterRow row, String error) {
                        throw new AssertionError(row.line() + ": " + error);
                    }

                    @Override
                    public void close() {
                    }
                }, progress);
    }

    /** The case table's pages marked all-visible (its visibility map, read by pg_visibility), and its pages. */
    private long[] visiblePages() throws Exception {
        try (Connection c = DriverManager.getConnection(PgServer.jdbcUrl(db)); Statement st = c.createStatement()) {
            st.execute("CREATE EXTENSION IF NOT EXISTS pg_visibility");
            try (ResultSet rs = st.executeQuery("SELECT (SELECT all_visible FROM pg_visibility_map_summary('qcase')), "
                    + "pg_relation_size('qcase') / current_setting('block_size')::int")) {
                assertThat(rs.next()).isTrue();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * A roster import keeps the planner's statistics of the case table current: without them PostgreSQL read the
     * whole table for every lookup of a batch's people (a 1,000,000-row import did not finish in 5 minutes). They are
     * looked at from another connection while the import runs, at 20,000 of 25,000 rows, in batches of 5,000: the
     * vacuum that ends the import refreshes them too.
     */
    @Test
    void aLargeImportLeavesTheCaseTableWithStatisticsThatCountItsRows() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2020-02-05T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        int n = 25_000;
        PgServer.sql(db, "ALTER DATABASE " + db + " SET synchronous_commit = on"); // see the test above
        double[] known = {-1};
        StringBuilder plan = new StringBuilder();
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), clock, "tester", List.of())) {
            // Only the import refreshes the statistics here: autovacuum would too, a minute after the commit.
            PgServer.sql(db, "ALTER TABLE qcase SET (autovacuum_enabled = false)");
            ImportSummary s = importResidents(desk, 0, n, 5_000, read -> {
                if (read == 20_000) {
                    statistics(known, plan);
                }
            });
            assertThat(s.registered()).isEqualTo(n);
        }
        assertThat(known[0]).as("rows the planner knew of at 20,000 rows").isGreaterThanOrEqualTo(10_000);
        // What the statistics are for: the planner knows that a batch's 500 people match about 500 cases. Without
        // them it guesses 0.5% of the table per person, so every case, and on a large table it reads every case for
        // each batch instead of looking the 500 up in an index.
        java.util.regex.Matcher expected = java.util.regex.Pattern.compile("rows=(\\d+)").matcher(plan);
        assertThat(expected.find()).as(plan.toString()).isTrue();
        assertThat(Long.parseLong(expected.group(1))).as("cases the planner expects for 500 people")
                .isBetween(250L, 1_000L);
        assertThat(visiblePages()[0]).as("all-visible pages after 25,000 cases").isEqualTo(visiblePages()[1]);
        // 1,000 cases more are too few a share of 25,000 for the import to vacuum: autovacuum's work.
        try (QuarantineDesk desk = QuarantineDesk.open(PgServer.location(db), clock, "tester")) {
            assertThat(importResidents(desk, n, 1_000).registered()).isEqualTo(1_000);
        }
        long[] pages = visiblePages();
        assertThat(pages[0]).as("all-visible pages of " + pages[1] + " after 1,000 more").isLessThan(pages[1]);
    }

    /** The committed statistics of the case table: into {@code known} its rows, into {@code plan} a batch's lookup. */
    private void statistics(double[] known, StringBuilder plan) {
        try (Connection c = DriverManager.getConnection(PgServer.jdbcUrl(db)); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT reltuples FROM pg_class WHERE relname = 'qcase'")) {
                assertThat(rs.next()).isTrue();
                known[0] = rs.getDouble(1);
            }
            StringBuilder keys = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                keys.append(i == 0 ? "" : ", ").append(41010519600101100L + i); // the first 17 digits: the person key
            }
            try (ResultSet rs = st.executeQuery("EXPLAIN SELECT person_key, arrival_date, status FROM qcase "
                    + "WHERE person_key IN (" + keys + ") AND status <> 'CANCELLED'")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
