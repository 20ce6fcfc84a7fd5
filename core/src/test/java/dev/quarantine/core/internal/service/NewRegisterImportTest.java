package dev.quarantine.core.internal.service;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A roster loaded into a new register on SQLite: the case table's plain indexes are dropped and built again after the
 * rows, in the import's one transaction. Seen from outside by the indexes' root pages (an index built again starts on
 * another page) and by SQLite's integrity check, which compares every index with the table; a register with cases, a
 * batch size of its own, an import that fails and one refused whole keep the indexes as they were.
 */
class NewRegisterImportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(LocalDateTime.parse("2020-02-05T09:00").atZone(ZONE).toInstant(), ZONE);
    private static final List<String> HEADER = List.of("name", "id_number", "phone", "origin", "arrival_date");
    private static final List<String> NAMES = List.of("张伟", "李娜", "王芳", "刘洋", "陈静");
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;
    private static final RejectSink NO_REJECTS = (row, error) -> {
        throw new AssertionError("rejected line " + row.line() + ": " + error);
    };

    @TempDir
    Path dir;
    Path file;
    QuarantineDesk desk;

    @BeforeEach
    void create() {
        file = dir.resolve("desk.db");
        desk = QuarantineDesk.create(file, NOW, "importer", List.of());
        desk.hotels().add("锦江之星", null, Money.parse("180"), "101-150");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    static String id(int i) {
        String first17 = "420106" + LocalDate.of(1950, 1, 1).plusDays(i / 1000).format(BIRTH)
                + String.format("%03d", i % 1000);
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** Rows {@code from} to {@code to} - 1 of distinct Wuhan returnees; a row past {@code failAt} throws. */
    private static Iterator<RosterRow> rows(int from, int to, int failAt) {
        return new Iterator<>() {
            int next = from;

            @Override
            public boolean hasNext() {
                return next < to;
            }

            @Override
            public RosterRow next() {
                if (next >= to) {
                    throw new NoSuchElementException();
                }
                if (next == failAt) {
                    throw new IllegalStateException("the roster broke off at row " + next);
                }
                int i = next++;
                return new RosterRow(i + 2, List.of(NAMES.get(i % NAMES.size()), id(i), "139" + String.format("%08d", i),
                        i % 2 == 0 ? "武汉" : "湖北省黄冈市", i % 3 == 0 ? "2020-01-26" : "2020-02-04"));
            }
        };
    }

    private ImportSummary load(int from, int to, ImportOptions options) {
        return desk.cases().importRoster(RosterHeader.of(HEADER), rows(from, to, -1), options, NO_REJECTS, n -> { });
    }

    private static ImportOptions batches(int size) {
        return new ImportOptions(false, false, false, null, size, Locale.ROOT);
    }

    /** Each index of the case table with its definition and its root page. */
    private Map<String, String[]> indexes() throws Exception {
        Map<String, String[]> all = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, sql, rootpage FROM sqlite_master "
                     + "WHERE type = 'index' AND tbl_name = 'qcase'")) {
            while (rs.next()) {
                all.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return all;
    }

    /** The planner's fixed statistics of the case table's indexes (sqlite_stat1), which the everyday queries rely on. */
    private List<String> statistics() throws Exception {
        List<String> all = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'qcase' ORDER BY idx")) {
            while (rs.next()) {
                all.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return all;
    }

    private List<String> rebuilt(Map<String, String[]> before, Map<String, String[]> after) {
        assertThat(after.keySet()).as("the same indexes").isEqualTo(before.keySet());
        List<String> moved = new ArrayList<>();
        before.forEach((name, was) -> {
            assertThat(after.get(name)[0]).as("definition of %s", name).isEqualTo(was[0]);
            if (!after.get(name)[1].equals(was[1])) {
                moved.add(name);
            }
        });
        return moved;
    }

    private String integrity() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long importEvents() {
        long[] n = {0};
        desk.audit().forEach(e -> n[0] += e.action().equals("import") ? 1 : 0);
        return n[0];
    }

    @Test
    void aRosterIntoANewRegisterBuildsThePlainIndexesAfterItsRowsInOneTransaction() throws Exception {
        Map<String, String[]> before = indexes();
        List<String> statistics = statistics();
        assertThat(statistics).contains("qcase_open_eligible 800000 25000 100", "qcase_phone 1000000 100 1");
        ImportSummary s = load(0, 3_000, ImportOptions.plain());
        assertThat(s.registered()).isEqualTo(3_000);
        assertThat(rebuilt(before, indexes())).containsExactlyInAnyOrder("qcase_status_category", "qcase_registered",
                "qcase_admitted", "qcase_hotel", "qcase_room", "qcase_office", "qcase_open_eligible", "qcase_closed",
                "qcase_phone");
        assertThat(integrity()).isEqualTo("ok");
        assertThat(statistics()).as("dropping an index drops its statistics: they are put back").isEqualTo(statistics);
        assertThat(importEvents()).as("one transaction, one event").isEqualTo(1);
        // The rebuilt indexes answer the everyday questions: open cases, those due, a name, a last four.
        assertThat(desk.cases().list(CaseFilter.ALL)).hasSize(3_000);
        assertThat(desk.cases().find("王芳", 10).total()).isEqualTo(600);
        assertThat(desk.cases().find("2999", 10).items()).extracting(v -> v.idNumber()).contains(id(2_999));
    }

    @Test
    void aRegisterWithCasesKeepsItsIndexes() throws Exception {
        load(0, RosterImporter.NEW_REGISTER, ImportOptions.plain());
        Map<String, String[]> before = indexes();
        ImportSummary s = load(RosterImporter.NEW_REGISTER, RosterImporter.NEW_REGISTER + 100, ImportOptions.plain());
        assertThat(s.registered()).isEqualTo(100);
        assertThat(rebuilt(before, indexes())).isEmpty();
        assertThat(integrity()).isEqualTo("ok");
    }

    @Test
    void batchesOfAGivenSizeKeepTheIndexesAndCommitOneByOne() throws Exception {
        Map<String, String[]> before = indexes();
        ImportSummary s = load(0, 250, batches(100));
        assertThat(s.registered()).isEqualTo(250);
        assertThat(rebuilt(before, indexes())).isEmpty();
        assertThat(importEvents()).isEqualTo(3);
    }

    @Test
    void anImportThatFailsLeavesTheIndexesAsTheyWere() throws Exception {
        Map<String, String[]> before = indexes();
        assertThatThrownBy(() -> desk.cases().importRoster(RosterHeader.of(HEADER), rows(0, 2_000, 1_500),
                ImportOptions.plain(), NO_REJECTS, n -> { }))
                .hasStackTraceContaining("the roster broke off at row 1500");
        assertThat(rebuilt(before, indexes())).isEmpty();
        assertThat(integrity()).isEqualTo("ok");
        assertThat(desk.cases().list(CaseFilter.ALL)).isEmpty();
    }

    @Test
    void anAtomicImportRefusedOrADryRunLeavesTheIndexesAsTheyWere() throws Exception {
        Map<String, String[]> before = indexes();
        List<RosterRow> bad = List.of(new RosterRow(2, List.of("张伟", id(1), "13937155678", "武汉", "2020-02-04")),
                new RosterRow(3, List.of("李娜", id(2), "123", "武汉", "2020-02-04")));
        ImportSummary refused = desk.cases().importRoster(RosterHeader.of(HEADER), bad.iterator(),
                new ImportOptions(false, true, false, null, ImportOptions.DEFAULT_BATCH, Locale.ROOT), (row, e) -> { },
                n -> { });
        assertThat(refused.atomicRefused()).isTrue();
        ImportSummary dry = desk.cases().importRoster(RosterHeader.of(HEADER), rows(0, 500, -1),
                new ImportOptions(true, false, false, null, ImportOptions.DEFAULT_BATCH, Locale.ROOT), NO_REJECTS,
                n -> { });
        assertThat(dry.registered()).isEqualTo(500);
        assertThat(rebuilt(before, indexes())).isEmpty();
        assertThat(desk.cases().list(CaseFilter.ALL)).isEmpty();
    }

    @Test
    void anAtomicImportWithAdmissionsAdmitsThroughTheRebuiltIndexes() throws Exception {
        ImportSummary s = desk.cases().importRoster(RosterHeader.of(HEADER), rows(0, 80, -1),
                new ImportOptions(false, true, true, null, ImportOptions.DEFAULT_BATCH, Locale.ROOT), NO_REJECTS,
                n -> { });
        assertThat(s.registered()).isEqualTo(80);
        assertThat(s.admitted()).as("50 rooms").isEqualTo(50);
        assertThat(integrity()).isEqualTo("ok");
        assertThat(desk.cases().list(CaseFilter.ALL)).filteredOn(v -> v.status() == CaseStatus.ADMITTED)
                .hasSize(50).extracting(v -> v.room()).doesNotHaveDuplicates();
    }
}
