package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarantine.core.desk.QuarantineDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database written by schema version 1 (a real file made by the first release: a roster import, bulk admission,
 * readings, a release and a payment) opens migrated to the current version (10) with its data intact; one from a newer
 * version is refused and left untouched.
 */
class SchemaMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path fixture() throws Exception {
        Path db = dir.resolve("v1.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/schema-v1.db")) {
            Files.copy(in, db);
        }
        return db;
    }

    private static long one(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SQLite's plan for a query: one line per step ("SEARCH qcase USING COVERING INDEX …", "SCAN …"). */
    private static String plan(Path db, String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }

    private static void exec(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void versionOneMigratesWithItsDataIntact() throws Exception {
        Path db = fixture();
        assertThat(one(db, "SELECT MAX(version) FROM schema_version")).isEqualTo(1);
        // A payment as version 1 kept it (the amount, positive by its check), for version 5 to turn into a ledger entry.
        exec(db, "INSERT INTO payment (case_id, amount_fen, paid_at, recorded_by) VALUES (1, 10000, "
                + "'2020-02-10T03:00:00Z', '李主任')");
        long readings = one(db, "SELECT COUNT(*) FROM reading");
        long events = one(db, "SELECT COUNT(*) FROM audit_log");
        CliHarness cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_DB", db.toString());
        JsonNode cases = JSON.readTree(cli.run("--format", "json", "--unmasked", "list").out()).get("cases");
        assertThat(one(db, "SELECT MAX(version) FROM schema_version")).isEqualTo(QuarantineDesk.codeSchemaVersion());
        assertThat(cases).hasSize(10);
        // Version 4: the register becomes the one office it always was, every case and event its own.
        assertThat(one(db, "SELECT COUNT(*) FROM qcase WHERE office_id = (SELECT id FROM office WHERE name = '本街道')"))
                .isEqualTo(10);
        JsonNode first = cases.get(0);
        assertThat(first.get("caseNumber").asText()).isEqualTo("Q000001");
        assertThat(first.get("name").asText()).isEqualTo("王伟");
        assertThat(first.get("idNumber").asText()).isEqualTo("410105198503121008");
        assertThat(first.get("phone").asText()).isEqualTo("13803711234");
        assertThat(first.get("status").asText()).isEqualTo("RELEASED");
        assertThat(first.get("checkedBy").asText()).isEqualTo("张医生");
        assertThat(cases).filteredOn(c -> c.get("status").asText().equals("ADMITTED")).hasSize(4);
        assertThat(cases).filteredOn(c -> c.get("status").asText().equals("NOT_REQUIRED")).hasSize(1);
        assertThat(one(db, "SELECT COUNT(*) FROM reading")).isEqualTo(readings);
        assertThat(one(db, "SELECT COUNT(*) FROM audit_log")).isGreaterThanOrEqualTo(events);
        long payments = one(db, "SELECT COUNT(*) FROM payment");
        assertThat(payments).isEqualTo(1);
        JsonNode bill = JSON.readTree(cli.run("--format", "json", "bill", "Q000001").out());
        assertThat(bill.get("estimate").asBoolean()).isFalse();
        // Version 5: the payments became entries of the ledger, kept whole, which no one may change or delete.
        assertThat(payments).isPositive();
        assertThat(one(db, "SELECT COUNT(*) FROM payment WHERE kind = 'PAYMENT' AND amount_fen > 0")).isEqualTo(payments);
        assertThat(bill.get("entries")).isNotEmpty().allSatisfy(e -> assertThat(e.get("kind").asText()).isEqualTo("PAYMENT"));
        assertThat(bill.get("paid").asText()).isEqualTo("100.00");
        assertThatThrownBy(() -> exec(db, "UPDATE payment SET amount_fen = 1")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> exec(db, "DELETE FROM payment")).hasMessageContaining("append-only");
        assertThat(one(db, "SELECT COUNT(*) FROM hotel_rate")).isZero();
        assertThat(cli.at("2020-02-10T12:00", "hotel", "rate", "锦江之星").out()).contains("opening");
        assertThat(cli.run("history", "Q000001").out()).contains("release").contains("admit");
        // Version 6: the origin as typed, a new column; the old cases kept no text (NULL), so their text is the origin
        // and show prints no line for it.
        assertThat(one(db, "SELECT COUNT(*) FROM pragma_table_info('qcase') WHERE name = 'origin_text'")).isEqualTo(1);
        assertThat(one(db, "SELECT COUNT(*) FROM qcase WHERE origin_text IS NOT NULL")).isZero();
        assertThat(cases).allSatisfy(c -> assertThat(c.get("originText")).isEqualTo(c.get("origin")));
        assertThat(cli.run("show", "Q000001").out()).contains("Origin").doesNotContain("Origin as typed");
        // Version 7: the indexes a past day's counts read also hold when each case was registered and is eligible.
        assertThat(one(db, "SELECT COUNT(*) FROM pragma_index_info('qcase_open_eligible')")).isEqualTo(2);
        assertThat(one(db, "SELECT COUNT(*) FROM pragma_index_info('qcase_closed')")).isEqualTo(3);
        assertThat(one(db, "SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'qcase_closed' AND stat = '10000 2 1 1'"))
                .isEqualTo(1);
        // Version 10: the phone index leads with the last four digits, so that a search by them (or by the whole
        // number, which names both) reads the few entries that match instead of all of them.
        assertThat(one(db, "SELECT COUNT(*) FROM pragma_index_xinfo('qcase_phone') WHERE key = 1")).isEqualTo(2);
        assertThat(plan(db, "SELECT id FROM qcase WHERE phone_key % 10000 = 1234"))
                .startsWith("SEARCH qcase USING COVERING INDEX qcase_phone");
        assertThat(plan(db, "SELECT id FROM qcase WHERE phone_key % 10000 = 1234 AND phone_key = 13803711234"))
                .startsWith("SEARCH qcase USING COVERING INDEX qcase_phone");
        assertThat(cli.run("--unmasked", "list", "--phone", "1234").out()).contains("王伟").contains("13803711234");
        assertThat(cli.run("--unmasked", "list", "--phone", "13803711234").out()).contains("王伟");
        assertThat(cli.run("--unmasked", "find", "13803711234").out()).contains("王伟");
        assertThat(cli.run("--unmasked", "find", "1234").out()).contains("王伟");
        // The migrated database keeps working: a new registration of a known person is still a duplicate.
        assertThat(cli.at("2020-02-10T12:00", "register", "--name", "李娜", "--id", "420106199001011012", "--phone",
                "13937155678", "--origin", "武汉", "--arrived", "2020-02-04").err()).contains("duplicate");
        // ... and a new one keeps its origin as typed.
        assertThat(cli.at("2020-02-10T12:00", "register", "--name", "赵敏", "--id", "420106199001011039", "--phone",
                "13937155679", "--origin", "湖北省武汉市汉口火车站", "--arrived", "2020-02-09").code()).isZero();
        assertThat(one(db, "SELECT COUNT(*) FROM qcase WHERE origin_text = '湖北省武汉市汉口火车站' "
                + "AND origin_code = '4201'")).isEqualTo(1);
    }

    /** A version after the one this code writes. */
    private static final int NEWER = dev.quarantine.core.desk.QuarantineDesk.codeSchemaVersion() + 1;

    @Test
    void aNewerDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path db = fixture();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, applied_at) VALUES (" + NEWER + ", 'later')");
        }
        byte[] before = Files.readAllBytes(db);
        CliHarness cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_DB", db.toString());
        CliHarness.Result r = cli.run("list");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("schema version " + NEWER).contains("newer");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
