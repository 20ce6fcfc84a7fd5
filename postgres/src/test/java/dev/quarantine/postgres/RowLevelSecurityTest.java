package dev.quarantine.postgres;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.desk.RosterImportContract;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.quarantine.postgres.PgTests.count;
import static dev.quarantine.postgres.PgTests.fix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Isolation of offices by the database itself (schema version 4): a login made by {@code office grant} reads and
 * changes its own office's cases only, whatever program it connects with. Shown with plain JDBC, past the tool, and
 * through the library.
 */
class RowLevelSecurityTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-02-03T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final String suffix = "_" + ProcessHandle.current().pid();
    private final String roleA = "office_a" + suffix;
    private final String roleB = "office_b" + suffix;
    private String db;

    @BeforeEach
    void district() {
        db = PgServer.newDatabase("qd_rls");
        try (QuarantineDesk desk = QuarantineDesk.create(PgServer.location(db), CLOCK, "区指挥部", List.of())) {
            desk.hotels().add("锦江之星", null, Money.parse("180"), "101-110");
            desk.offices().edit("本街道", "祭城路街道", null, null, null);
            desk.offices().add("如意湖街道", null, null, null);
            desk.office("祭城路街道").cases().register(person("王伟", "411302198503121011", "13803711234"));
            desk.office("如意湖街道").cases().register(person("李娜", "420106199001011028", "13903712345"));
            desk.offices().grant("祭城路街道", roleA);
            desk.offices().grant("如意湖街道", roleB);
        }
        PgServer.sql(null, "ALTER ROLE " + roleA + " PASSWORD 'secret-a'", "ALTER ROLE " + roleB + " PASSWORD 'secret-b'");
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
        PgServer.sql(null, "DROP ROLE IF EXISTS " + roleA, "DROP ROLE IF EXISTS " + roleB);
    }

    private static RegistrationInput person(String name, String id, String phone) {
        return new RegistrationInput(name, null, fix(id), phone, "河南南阳", "2020-02-03", null, null, null, null);
    }

    private Connection as(String role, String password) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", role);
        p.setProperty("password", password);
        return DriverManager.getConnection(PgServer.jdbcUrl(db).replaceAll("[?&]user=[^&]*", ""), p);
    }

    @Test
    void anOfficeLoginReadsAndChangesOnlyItsOwnCasesWithPlainJdbc() throws SQLException {
        try (Connection c = as(roleA, "secret-a"); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM qcase")).isEqualTo(1);
            try (ResultSet rs = s.executeQuery("SELECT name FROM qcase")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("王伟");
            }
            // The other office's case: invisible to UPDATE, and no reading can be hung on it.
            assertThat(s.executeUpdate("UPDATE qcase SET notes = 'x' WHERE name = '李娜'")).isZero();
            assertThat(s.executeUpdate("UPDATE qcase SET notes = 'seen' WHERE name = '王伟'")).isEqualTo(1);
            assertThatThrownBy(() -> s.executeUpdate("INSERT INTO reading (case_id, taken_at, tenths, fever, "
                    + "recorded_by) SELECT 2, '2020-02-03T03:00:00Z', 365, 0, 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            // A case cannot be moved to the other office, nor deleted, nor the audit log rewritten.
            assertThatThrownBy(() -> s.executeUpdate("UPDATE qcase SET office_id = 2 WHERE name = '王伟'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM qcase"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_log SET operator = 'x'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            // The district's events (hotels, offices) are everyone's; the other office's registration is not.
            assertThat(count(s, "SELECT COUNT(*) FROM audit_log WHERE case_id = 2")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'hotel-add'")).isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM hotel")).isEqualTo(1);
        }
        try (Connection c = as(roleB, "secret-b"); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM qcase WHERE notes = 'x'")).isZero();
            assertThat(count(s, "SELECT COUNT(*) FROM qcase")).isEqualTo(1);
        }
    }

    /**
     * An office's login may create temporary tables (its import stages batches in one), and PostgreSQL looks in the
     * session's temporary schema first. None of them stands in for the district's tables inside our functions: not an
     * office table that claims office 1 for this login (row-level security), not a policy table with a made-up policy
     * (the reference checks), not a case table with a higher case number.
     */
    @Test
    void anOfficeLoginsTemporaryTablesDoNotStandInForTheDistricts() throws SQLException {
        try (Connection c = as(roleB, "secret-b"); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE office (id BIGINT, db_role TEXT)");
            s.execute("INSERT INTO office VALUES (1, current_user)");
            s.execute("CREATE TEMP TABLE policy_version (id TEXT)");
            s.execute("INSERT INTO policy_version VALUES ('made-up')");
            try (ResultSet rs = s.executeQuery("SELECT name FROM public.qcase")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("李娜");
                assertThat(rs.next()).as("another office's case").isFalse();
            }
            assertThatThrownBy(() -> s.executeUpdate("UPDATE public.qcase SET policy_id = 'made-up'"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            s.execute("CREATE TEMP TABLE qcase (id BIGINT)");
            s.execute("INSERT INTO qcase VALUES (1000)");
            assertThat(count(s, "SELECT qd_next_case_id()")).isEqualTo(3);
        }
    }

    @Test
    void throughTheLibraryAnOfficeLoginWorksForItsOfficeOnly() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(PgServer.jdbcUrl(db).replaceAll("[?&]user=[^&]*", ""));
        source.setUser(roleA);
        source.setPassword("secret-a");
        try (QuarantineDesk desk = QuarantineDesk.open(source, new PostgresDialect(), dev.quarantine.core.policy.Policy
                .zhengzhou2020(), CLOCK, "祭城路 张三")) {
            assertThat(desk.currentOffice()).contains("祭城路街道");
            assertThat(desk.cases().list(CaseFilter.ALL)).extracting(CaseView::name).containsExactly("王伟");
            assertThatThrownBy(() -> desk.cases().show("Q000002")).isInstanceOfSatisfying(QuarantineException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
            assertThatThrownBy(() -> desk.office("如意湖街道")).isInstanceOfSatisfying(QuarantineException.class,
                    e -> assertThat(e.key()).isEqualTo("office.notYours"));
            assertThatThrownBy(desk::allOffices).isInstanceOfSatisfying(QuarantineException.class,
                    e -> assertThat(e.key()).isEqualTo("office.allNotYours"));
            // Someone the other office has open: the unique index sees it, this login does not; a clear refusal.
            assertThatThrownBy(() -> desk.cases().register(person("李娜", "420106199001011028", "13903712345")))
                    .isInstanceOfSatisfying(QuarantineException.class,
                            e -> assertThat(e.key()).isEqualTo("case.otherOffice"));
            // Its own work goes on, with case numbers over the whole district.
            assertThat(desk.cases().register(person("张强", "411525197806211234", "13703710001")).caseView().caseNumber())
                    .isEqualTo("Q000003");
            assertThat(desk.cases().admit(new dev.quarantine.core.request.AdmitRequest("Q000003", null, "36.5", null, null,
                    true)).caseView().room()).isEqualTo("101");
        }
        try (QuarantineDesk district = QuarantineDesk.open(PgServer.location(db), CLOCK, "区指挥部")) {
            assertThat(district.allOffices().cases().list(CaseFilter.ALL)).extracting(CaseView::office)
                    .containsExactly("祭城路街道", "如意湖街道", "祭城路街道");
            assertThat(district.offices().list()).extracting(o -> Map.entry(o.name(), o.dbRole()))
                    .containsExactly(Map.entry("祭城路街道", roleA), Map.entry("如意湖街道", roleB));
        }
    }

    /**
     * An office login's import cannot see the other office's cases, so its batches go through the staging table that
     * skips what a unique index refuses: the person the other office has open is rejected with the reason, the rows
     * around her are registered. (The district's login sees every case and copies its batches straight in: the
     * contract's import tests run that way.)
     */
    @Test
    void anOfficeLoginsImportRejectsWhomAnotherOfficeHasOpenAndRegistersTheRest() {
        Map<Long, String> rejects = new java.util.LinkedHashMap<>();
        ImportSummary s;
        try (QuarantineDesk desk = deskAs(roleA, "secret-a", "祭城路 张三")) {
            s = desk.cases().importRoster(RosterImportContract.HEADER, List.of(
                    RosterImportContract.row(2, "1", "张强", fix("411525197806211234"), "13703710001", "河南南阳",
                            "2020-02-03", "否"),
                    RosterImportContract.row(3, "2", "李娜", fix("420106199001011028"), "13903712345", "河南南阳",
                            "2020-02-03", "否"),
                    RosterImportContract.row(4, "3", "赵敏", fix("411302199203151021"), "13703710002", "河南南阳",
                            "2020-02-03", "否")).iterator(),
                    new ImportOptions(false, false, false, null, 100, Locale.ROOT),
                    (row, error) -> rejects.put(row.line(), error), n -> { });
            assertThat(desk.cases().list(CaseFilter.ALL)).extracting(CaseView::name).containsExactly("王伟", "张强", "赵敏");
        }
        assertThat(s.registered()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects).containsOnlyKeys(3L);
        assertThat(rejects.get(3L)).contains("another office");
        try (QuarantineDesk district = QuarantineDesk.open(PgServer.location(db), CLOCK, "区指挥部")) {
            assertThat(district.allOffices().cases().list(CaseFilter.ALL)).extracting(v -> v.name() + " " + v.office())
                    .containsExactly("王伟 祭城路街道", "李娜 如意湖街道", "张强 祭城路街道", "赵敏 祭城路街道");
        }
    }

    private QuarantineDesk deskAs(String role, String password, String operator) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(PgServer.jdbcUrl(db).replaceAll("[?&]user=[^&]*", ""));
        source.setUser(role);
        source.setPassword(password);
        return QuarantineDesk.open(source, new PostgresDialect(), dev.quarantine.core.policy.Policy.zhengzhou2020(),
                CLOCK, operator);
    }

    /** Waits until {@code sessions} sessions of this database wait for a lock. */
    private void awaitLockWaits(Statement s, int sessions) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (count(s, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'") < sessions) {
            assertThat(System.nanoTime()).as("%d sessions waiting for a lock", sessions).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /**
     * One office's clerk admits a case registered before while another's registers and admits someone, into the same
     * hotel, at the moment that used to deadlock: the admission held the hotel and then wanted the case table, which
     * the registration held while it waited for the hotel. Both take the case table first now, and take turns.
     * Forced with a third session that holds the hotel's turn until both clerks wait.
     */
    @Test
    void anAdmissionAndARegisterAndAdmitIntoOneHotelTakeTurnsWithoutDeadlock() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (QuarantineDesk a = deskAs(roleA, "secret-a", "祭城路 张三");
             QuarantineDesk b = deskAs(roleB, "secret-b", "如意湖 李四");
             Connection admin = DriverManager.getConnection(PgServer.jdbcUrl(db));
             Connection hotel = DriverManager.getConnection(PgServer.jdbcUrl(db));
             Statement s = admin.createStatement()) {
            long hotelId = count(s, "SELECT id FROM hotel");
            hotel.setAutoCommit(false);
            new PostgresDialect().lockKey(hotel, "hotel", hotelId);
            java.util.concurrent.Future<String> admitted = pool.submit(() -> b.cases().admit(new dev.quarantine.core
                    .request.AdmitRequest("Q000002", null, "36.5", null, null, true)).caseView().room());
            awaitLockWaits(s, 1);
            java.util.concurrent.Future<String> registeredAndAdmitted = pool.submit(() -> a.cases().admit(
                    new dev.quarantine.core.request.AdmitRequest(null, person("张强", "411525197806211234",
                            "13703710001"), "36.5", null, null, true)).caseView().room());
            awaitLockWaits(s, 2);
            hotel.commit();
            String first = admitted.get(30, java.util.concurrent.TimeUnit.SECONDS);
            String second = registeredAndAdmitted.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(List.of(first, second)).containsExactly("101", "102");
            assertThat(count(s, "SELECT COUNT(DISTINCT room_id) FROM qcase WHERE status = 'ADMITTED'")).isEqualTo(2);
            assertThat(count(s, "SELECT office_id FROM qcase WHERE name = '张强'")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
