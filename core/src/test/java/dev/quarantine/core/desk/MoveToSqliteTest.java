package dev.quarantine.core.desk;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.MoveResult;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Storage#moveTo} between SQLite files (the PostgreSQL district is tested in the postgres module): a
 * register moved beside another's, renumbered after its cases, and one whose rules clash refused with nothing written.
 */
class MoveToSqliteTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZONE);
    }

    private static RegistrationInput person(String name, String first17) {
        return new RegistrationInput(name, null, first17 + ResidentId.checkCharacter(first17), "13803711234",
                "河南南阳", "2020-02-03", null, null, null, null);
    }

    private Path office(String file, String name, String first17, String other17, String room) {
        Path path = dir.resolve(file);
        try (QuarantineDesk desk = QuarantineDesk.create(path, at("2020-02-03T01:00:00Z"), "李主任", List.of())) {
            desk.hotels().add("锦江之星", null, Money.parse("180"), "101-103");
            desk.offices().edit("本街道", name, name + "办事处", null, null);
            desk.cases().admit(new AdmitRequest(null, person("王" + file, first17), "36.5", null, room, true));
            desk.cases().register(person("李" + file, other17));
            desk.health().recordTemperature("Q000001", "36.8", null, "赵护士");
            desk.billing().pay("Q000001", Money.parse("100"));
            desk.operations().addService("Q000001", ServiceType.MEAL, null);
        }
        return path;
    }

    private static List<HistoryEntry> events(QuarantineDesk desk) {
        List<HistoryEntry> out = new ArrayList<>();
        desk.audit().forEach(out::add);
        return out;
    }

    @Test
    void aSecondRegisterJoinsTheFirstRenumberedAndAClashingOneIsRefused() throws Exception {
        Path district = dir.resolve("district.db");
        Path a = office("a.db", "祭城路街道", "41130219850312101", "41130219850312111", "101");
        Path b = office("b.db", "如意湖街道", "41010519881201203", "41010519881201213", "102");
        Clock moving = at("2020-02-05T01:00:00Z");
        try (QuarantineDesk desk = QuarantineDesk.open(a, moving, "区")) {
            MoveResult r = desk.storage().moveTo(district.toString(), null, (from, to) -> {
                throw new AssertionError("renumbered " + from);
            });
            assertThat(r.merged()).isFalse();
            assertThat(r.cases()).isEqualTo(2);
        }
        List<CaseView> first;
        List<HistoryEntry> firstEvents;
        try (QuarantineDesk desk = QuarantineDesk.open(district, moving, "区")) {
            first = desk.cases().list(CaseFilter.ALL);
            firstEvents = events(desk);
        }
        List<String> mapping = new ArrayList<>();
        try (QuarantineDesk desk = QuarantineDesk.open(b, moving, "区")) {
            MoveResult r = desk.storage().moveTo(district.toString(), null, (from, to) -> mapping.add(from + ">" + to));
            assertThat(r.merged()).isTrue();
            assertThat(r.officeAdded()).isTrue();
            assertThat(r.office()).isEqualTo("如意湖街道");
            assertThat(r.rows()).containsEntry("qcase", 2L).containsEntry("payment", 1L).containsEntry("hotel", 0L)
                    .containsEntry("room", 0L).containsEntry("service_request", 1L);
        }
        assertThat(mapping).containsExactly("Q000001>Q000003", "Q000002>Q000004");
        try (QuarantineDesk desk = QuarantineDesk.open(district, moving, "区").allOffices()) {
            List<CaseView> all = desk.cases().list(CaseFilter.ALL);
            assertThat(all.subList(0, 2)).isEqualTo(first);
            assertThat(events(desk).subList(0, firstEvents.size())).isEqualTo(firstEvents);
            assertThat(all).extracting(CaseView::caseNumber, CaseView::office, CaseView::room).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Q000001", "祭城路街道", "101"),
                    org.assertj.core.groups.Tuple.tuple("Q000002", "祭城路街道", null),
                    org.assertj.core.groups.Tuple.tuple("Q000003", "如意湖街道", "102"),
                    org.assertj.core.groups.Tuple.tuple("Q000004", "如意湖街道", null));
            assertThat(desk.health().readings("Q000003")).hasSize(2);
            assertThat(desk.billing().bill("Q000003").paid()).isEqualTo(Money.parse("100"));
            assertThat(desk.letters().notice("Q000003").from().signature()).isEqualTo("如意湖街道办事处");
            assertThat(desk.operations().services(false)).extracting(s -> s.id() + " " + s.caseNumber())
                    .containsExactly("1 Q000001", "2 Q000003");
            assertThat(desk.cases().history("Q000003")).extracting(HistoryEntry::action).startsWith("register", "admit");
        }

        // The same person open in both and the same room taken: refused, and the district's file unchanged.
        Path c = office("c.db", "龙子湖街道", "41130219850312101", "41010519881201223", "102");
        byte[] before = Files.readAllBytes(district);
        try (QuarantineDesk desk = QuarantineDesk.open(c, moving, "区")) {
            assertThatThrownBy(() -> desk.storage().moveTo(district.toString(), null, (from, to) -> { }))
                    .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.getMessage())
                            .contains("2 conflict").contains("open case Q000001").contains("room 102, where Q000003"));
        }
        assertThat(Files.readAllBytes(district)).isEqualTo(before);
        try (QuarantineDesk desk = QuarantineDesk.open(district, moving, "区")) {
            assertThat(desk.offices().list()).hasSize(2);
        }
    }
}
