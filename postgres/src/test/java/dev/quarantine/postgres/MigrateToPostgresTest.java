package dev.quarantine.postgres;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.CopyResult;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An office's SQLite register moved into the district's PostgreSQL database: everything arrives, nothing else. */
class MigrateToPostgresTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void database() {
        db = PgServer.newDatabase("qd_migrate");
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZONE);
    }

    private static RegistrationInput person(String name, String first17, String phone) {
        return new RegistrationInput(name, null, first17 + dev.quarantine.core.person.ResidentId.checkCharacter(first17),
                phone, "河南南阳", "2020-02-03", "祭城路社区", null, null, null);
    }

    private static List<HistoryEntry> events(QuarantineDesk desk) {
        List<HistoryEntry> out = new ArrayList<>();
        desk.audit().forEach(out::add);
        return out;
    }

    @Test
    void everyCaseReadingBillAndEventArrivesWithItsNumber() {
        Path file = dir.resolve("office.db");
        try (QuarantineDesk desk = QuarantineDesk.create(file, at("2020-02-03T00:00:00Z"), "李主任", List.of())) {
            desk.hotels().add("锦江之星", "郑东新区", Money.parse("180"), "101-105");
            desk.offices().edit("本街道", "祭城路街道", "祭城路街道办事处疫情防控指挥部", null, null);
            desk.cases().admit(new AdmitRequest(null, person("王伟", "41130219850312101", "13803711234"), "36.5", null, null,
                    true));
            desk.cases().register(person("李娜", "42010619900101102", "13903712345"));
            desk.health().recordTemperature("Q000001", "37.6", null, "赵护士");
            desk.billing().pay("Q000001", Money.parse("100"));
        }
        List<CaseView> before;
        List<HistoryEntry> eventsBefore;
        try (QuarantineDesk desk = QuarantineDesk.open(file, at("2020-02-04T00:00:00Z"), "李主任")) {
            before = desk.cases().list(CaseFilter.ALL);
            eventsBefore = events(desk);
            CopyResult r = desk.storage().copyTo(PgServer.location(db));
            assertThat(r.rows()).containsEntry("qcase", 2L).containsEntry("reading", 2L).containsEntry("payment", 1L)
                    .containsEntry("fever_alert", 1L).containsEntry("office", 1L)
                    .containsEntry("audit_log", (long) eventsBefore.size());
            assertThat(events(desk).get(events(desk).size() - 1).action()).isEqualTo("migrate-to");
            // Moving twice into the same database is refused; it holds a register now.
            assertThatThrownBy(() -> desk.storage().copyTo(PgServer.location(db))).isInstanceOfSatisfying(
                    QuarantineException.class, e -> assertThat(e.key()).isEqualTo("db.exists"));
        }
        try (QuarantineDesk moved = QuarantineDesk.open(PgServer.location(db), at("2020-02-04T00:00:00Z"), "区指挥部")) {
            assertThat(moved.cases().list(CaseFilter.ALL)).isEqualTo(before);
            assertThat(events(moved).subList(0, eventsBefore.size())).isEqualTo(eventsBefore);
            assertThat(events(moved).get(eventsBefore.size()).action()).isEqualTo("migrate-from");
            assertThat(moved.health().readings("Q000001")).hasSize(2);
            assertThat(moved.billing().bill("Q000001").paid()).isEqualTo(Money.parse("100"));
            assertThat(moved.health().feverAlerts(true)).hasSize(1);
            assertThat(moved.letters().notice("Q000001").from().signature()).isEqualTo("祭城路街道办事处疫情防控指挥部");
            // New rows continue after the copied ones: ids from the database's own counters.
            assertThat(moved.cases().register(person("张强", "41152519780621123", "13703710001")).caseView().caseNumber())
                    .isEqualTo("Q000003");
            moved.hotels().add("如家", null, Money.parse("150"), "201-202");
            moved.offices().add("如意湖街道", null, null, null);
            assertThat(moved.hotels().list()).hasSize(2);
        }
    }
}
