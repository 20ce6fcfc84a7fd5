package dev.quarantine.core.desk;

import dev.quarantine.core.cases.ReleaseRefusedException;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.RegisterResult;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.Unmet;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade on a real SQLite file: the rules the database itself enforces, the audit log, schema versions. */
class QuarantineDeskTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    Path file;
    QuarantineDesk desk;

    static Clock at(String local) {
        return Clock.fixed(LocalDateTime.parse(local).atZone(ZONE).toInstant(), ZONE);
    }

    static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + ResidentId.checkCharacter(first17);
    }

    static RegistrationInput person(String name, String id, String origin, String arrived) {
        return new RegistrationInput(name, null, id, "13803711234", origin, arrived, "祭城路社区", null, null, null);
    }

    @BeforeEach
    void create() {
        file = dir.resolve("desk.db");
        desk = QuarantineDesk.create(file, at("2020-02-03T08:00"), "tester", List.of());
        desk.hotels().add("锦江之星", null, Money.parse("180"), "101-102");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private QuarantineDesk reopen(String now) {
        desk.close();
        desk = QuarantineDesk.open(file, at(now), "tester");
        return desk;
    }

    /** Runs a statement on the file through a connection of its own, past every check the desk makes. */
    private void bypass(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    @Test
    void theDatabaseRefusesASecondOpenCaseEvenWhenJavaChecksAreBypassed() {
        desk.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"));
        assertThatThrownBy(() -> bypass(
                "INSERT INTO qcase (id, person_key, id_type, id_number, name, phone, phone_key, origin_code, "
                        + "category, period_days, arrival_date, eligible_date, policy_id, status, registered_at) "
                        + "SELECT 2, person_key, id_type, id_number, name, phone, phone_key, '4113', "
                        + "'IN_PROVINCE_HIGH_RISK', 7, '2020-02-02', '2020-02-09', 'zhengzhou-2020-02', 'REGISTERED', "
                        + "'2020-02-03T00:00:00Z' FROM qcase WHERE id = 1"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE constraint failed");
    }

    @Test
    void theDatabaseRefusesTwoOccupantsInOneRoom() {
        desk.cases().admit(new AdmitRequest(null, person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"),
                "36.5", null, null, true));
        desk.cases().register(person("李娜", id("420106", "19900101", "102"), "武汉", "2020-02-03"));
        assertThatThrownBy(() -> bypass("UPDATE qcase SET status = 'ADMITTED', room_id = 1 WHERE id = 2"))
                .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE constraint failed");
    }

    @Test
    void theAuditLogIsAppendOnly() {
        desk.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"));
        assertThat(desk.cases().history("Q000001")).extracting(HistoryEntry::action).containsExactly("register");
        assertThat(desk.cases().history("Q000001").get(0).operator()).isEqualTo("tester");
        assertThatThrownBy(() -> bypass("DELETE FROM audit_log"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> bypass("UPDATE audit_log SET operator = 'x'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void aRefusedAdmissionWritesNothingButTheFeverReading() {
        desk.cases().admit(new AdmitRequest(null, person("李娜", id("420106", "19900101", "102"), "武汉", "2020-02-03"),
                "36.5", null, null, true));
        desk.cases().admit(new AdmitRequest(null, person("张强", id("411525", "19780621", "103"), "固始", "2020-02-03"),
                "36.5", null, null, true));
        // A full hotel: the registration that came with the admission is rolled back too.
        assertThatThrownBy(() -> desk.cases().admit(new AdmitRequest(null,
                person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"), "36.6", null, null, true)))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("hotel.full"));
        assertThat(desk.cases().list(CaseFilter.ALL)).hasSize(2);
        // A fever at the door: the person is registered, the reading kept with its alert, and the admission refused.
        assertThatThrownBy(() -> desk.cases().admit(new AdmitRequest(null,
                person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"), "38.0", null, null, true)))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED));
        assertThat(desk.cases().list(CaseFilter.ALL)).hasSize(3);
        assertThat(desk.cases().show("Q000003").status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(desk.health().readings("Q000003")).singleElement().satisfies(r -> assertThat(r.fever()).isTrue());
        assertThat(desk.health().feverAlerts(true)).singleElement().satisfies(a -> assertThat(a.caseNumber()).isEqualTo("Q000003"));
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        desk.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')");
        }
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> QuarantineDesk.open(file, at("2020-02-04T08:00"), "tester"))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATA_FILE))
                .hasMessageContaining("schema version 99");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        desk = QuarantineDesk.create(dir.resolve("other.db"), at("2020-02-03T08:00"), "tester", List.of());
    }

    @Test
    void aFileThatIsNotADatabaseIsADataFileError() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "name,id\n王伟,1\n".repeat(100));
        assertThatThrownBy(() -> QuarantineDesk.open(junk, at("2020-02-04T08:00"), "tester"))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.DATA_FILE));
    }

    @Test
    void releaseRefusalListsEveryUnmetConditionAndRecordsNothing() {
        desk.cases().admit(new AdmitRequest(null, person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"),
                "36.5", null, null, true));
        reopen("2020-02-05T15:00").health().recordTemperature("Q000001", "37.9", null, "赵护士");
        assertThatThrownBy(() -> reopen("2020-02-06T10:00").cases().release("Q000001", null, null, null))
                .isInstanceOfSatisfying(ReleaseRefusedException.class, e -> assertThat(e.unmet())
                        .extracting(Unmet::code).containsExactly(Unmet.Code.TOO_EARLY, Unmet.Code.OPEN_FEVER_ALERT,
                                Unmet.Code.NO_RECENT_NORMAL_READING, Unmet.Code.NO_MEDICAL_CHECKER));
        assertThat(desk.cases().show("Q000001").status()).isEqualTo(CaseStatus.ADMITTED);
    }

    @Test
    void laterPolicyChangesNeverAlterExistingCases() {
        desk.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"));
        desk.addPolicy(dev.quarantine.core.policy.PolicyJson.parse("""
                {"id": "strict", "effectiveFrom": "2020-02-04",
                 "rules": [{"origins": ["*"], "category": "OUT_OF_PROVINCE", "days": 21, "doorTag": "RED"}]}
                """));
        CaseView old = reopen("2020-02-05T08:00").cases().show("Q000001");
        assertThat(old.periodDays()).isEqualTo(7);
        assertThat(old.policyId()).isEqualTo("zhengzhou-2020-02");
        RegisterResult later = desk.cases().register(person("李娜", id("411302", "19900101", "102"), "南阳", "2020-02-05"));
        assertThat(later.caseView().periodDays()).isEqualTo(21);
        assertThat(later.caseView().policyId()).isEqualTo("strict");
    }

    @Test
    void samePhoneAndNameUnderAnotherIdentityNumberIsAWarning() {
        desk.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"));
        RegisterResult r = desk.cases().register(person("王伟", id("411302", "19850312", "113"), "南阳", "2020-02-03"));
        assertThat(r.duplicate()).isFalse();
        assertThat(r.warnings()).hasSize(1);
        assertThat(r.warnings().get(0).toString()).contains("possible duplicate");
    }

    @Test
    void aNewArrivalAfterAClosedCaseOpensANewCase() {
        String id = id("411302", "19850312", "101");
        desk.cases().register(person("王伟", id, "南阳", "2020-02-03"));
        reopen("2020-02-10T09:00").cases().release(id, "张医生", null, null);
        RegisterResult again = desk.cases().register(person("王伟", id, "南阳", "2020-02-10"));
        assertThat(again.caseView().caseNumber()).isEqualTo("Q000002");
        assertThat(desk.cases().show(id).caseNumber()).isEqualTo("Q000002");
    }

    @Test
    void caseNumbersAreCaseInsensitiveAndUnpadded() {
        desk.cases().register(person("王伟", id("411302", "19850312", "101"), "南阳", "2020-02-03"));
        assertThat(desk.cases().show("q1").caseNumber()).isEqualTo("Q000001");
    }
}
