package dev.quarantine.postgres;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.MoveResult;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.testing.PgServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two offices' SQLite registers moved one after the other into one district database on PostgreSQL: the first into
 * the new database as it is, the second beside it, renumbered after the first's cases, with every reading, payment,
 * request, event and room following its case; the first office's data as it was; and a third register that the
 * district's rules would refuse, refused whole with nothing written.
 */
class MoveOfficesIntoDistrictTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String HOTEL = "锦江之星";
    private static final List<String> TABLES = List.of("policy_version", "office", "origin", "hotel", "hotel_rate",
            "room", "room_service", "qcase", "amendment", "reading", "fever_alert", "payment", "violation",
            "team_member", "service_request", "disinfection", "inspection", "landlord_arrangement", "audit_log");
    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void database() {
        db = PgServer.newDatabase("qd_move");
    }

    @AfterEach
    void drop() {
        PgServer.dropDatabase(db);
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZONE);
    }

    private static String id(String first17) {
        return first17 + ResidentId.checkCharacter(first17);
    }

    private static RegistrationInput person(String name, String first17, String phone) {
        return new RegistrationInput(name, null, id(first17), phone, "河南南阳", "2020-02-03", "祭城路社区", null, null,
                null);
    }

    private static AdmitRequest admit(String name, String first17, String phone, String hotel, String room) {
        return new AdmitRequest(null, person(name, first17, phone), "36.5", hotel, room, true);
    }

    /** Office A: one hotel, two guests (one with a fever, one released), one at home; payments, a request, events. */
    private Path officeA() {
        Path file = dir.resolve("jichenglu.db");
        try (QuarantineDesk desk = QuarantineDesk.create(file, at("2020-02-03T01:00:00Z"), "李主任", List.of())) {
            desk.hotels().add(HOTEL, "郑东新区", Money.parse("180"), "101-105");
            desk.offices().edit("本街道", "祭城路街道", "祭城路街道办事处疫情防控指挥部", null, "祭城路 1 号");
            desk.cases().admit(admit("王伟", "41130219850312101", "13803711234", HOTEL, "101"));
            desk.cases().register(person("李娜", "42010619900101102", "13903712345"));
            desk.cases().admit(admit("张强", "41152519780621123", "13703710001", HOTEL, "102"));
            desk.health().recordTemperature("Q000001", "37.6", null, "赵护士");
            desk.billing().pay("Q000001", Money.parse("100"));
            desk.operations().addService("Q000001", ServiceType.MEAL, "清真");
            desk.cases().violation("Q000002", "擅自外出", "警告");
        }
        try (QuarantineDesk desk = QuarantineDesk.open(file, at("2020-02-20T02:00:00Z"), "李主任")) {
            desk.cases().release("Q000003", "张医生", "36.5", null);
            desk.billing().pay("Q000003", Money.parse("500"));
        }
        return file;
    }

    /** Office B: the same hotel (shared: another room) and one of its own, a release, payments, a request done. */
    private Path officeB() {
        Path file = dir.resolve("ruyihu.db");
        try (QuarantineDesk desk = QuarantineDesk.create(file, at("2020-02-04T01:00:00Z"), "王主任", List.of())) {
            desk.hotels().add(HOTEL, "郑东新区", Money.parse("180"), "101-106");
            desk.hotels().add("如家", null, Money.parse("150"), "201-202");
            desk.offices().edit("本街道", "如意湖街道", "如意湖街道办事处疫情防控指挥部", null, null);
            desk.cases().admit(admit("赵敏", "41010519881201203", "13803710002", HOTEL, "106"));
            desk.cases().admit(admit("钱进", "41010519790305204", "13803710003", "如家", "201"));
            desk.cases().register(person("孙丽", "41010519950707205", "13803710004"));
            desk.health().recordTemperature("Q000001", "36.6", null, "钱护士");
            desk.billing().pay("Q000001", Money.parse("50"));
            ServiceRequest water = desk.operations().addService("Q000001", ServiceType.WATER, null);
            desk.operations().serviceDone(water.id(), "送水员");
            desk.operations().setTeamMember("如家", 1, "medical", "孙医生", "13900000009");
        }
        try (QuarantineDesk desk = QuarantineDesk.open(file, at("2020-02-20T03:00:00Z"), "王主任")) {
            desk.cases().release("Q000002", "张医生", "36.5", null);
            desk.billing().pay("Q000002", Money.parse("300"));
        }
        return file;
    }

    /** A register as a list of its cases with their readings, bills and events, numbers as {@code number} maps them. */
    private static List<Object> state(QuarantineDesk desk, UnaryOperator<String> number, List<String> cases) {
        List<Object> out = new ArrayList<>();
        for (String q : cases) {
            String n = number.apply(q);
            CaseView view = desk.cases().show(q);
            out.add(normal(view, number));
            out.add(desk.health().readings(q).stream().map(r -> normal(r, number)).toList());
            if (view.admittedAt() != null) {
                out.add(normal(desk.billing().bill(q), number));
            }
            out.add(desk.cases().history(q).stream().map(e -> normal(e, number)).toList());
            assertThat(n).isNotNull();
        }
        return out;
    }

    /**
     * A result with its case number as the district knows it, and the ids of rows (events, ledger entries) and of
     * service requests left out, which a move gives new ones.
     */
    private static Object normal(Object value, UnaryOperator<String> number) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> normal(v, number)).toList();
        }
        if (!(value instanceof Record r)) {
            return value;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (c.getName().equals("id")) {
                continue;
            }
            if (c.getName().equals("caseNumber") && v != null) {
                v = number.apply((String) v);
            }
            if (c.getName().equals("details") && v != null) {
                v = ((String) v).replaceAll("^#\\d+", "#");
            }
            fields.put(c.getName(), normal(v, number));
        }
        return fields;
    }

    private static List<String> numbers(int first, int last) {
        List<String> out = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            out.add(CaseNumber.of(i).toString());
        }
        return out;
    }

    private static List<HistoryEntry> events(QuarantineDesk desk) {
        List<HistoryEntry> out = new ArrayList<>();
        desk.audit().forEach(out::add);
        return out;
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(PgServer.jdbcUrl(db)); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static long sum(Map<String, Long> a, Map<String, Long> b, String table) {
        return a.get(table) + b.get(table);
    }

    @Test
    void twoOfficesMoveOneAfterTheOtherAndAThirdThatConflictsIsRefusedWhole() {
        Path a = officeA();
        Path b = officeB();
        String district = PgServer.location(db);
        Clock moving = at("2020-02-21T01:00:00Z");

        // The first office: into the new, empty database, as it is.
        List<Object> stateA;
        Map<String, Long> rowsA = new LinkedHashMap<>();
        List<String[]> mapped = new ArrayList<>();
        try (QuarantineDesk desk = QuarantineDesk.open(a, moving, "区指挥部")) {
            stateA = state(desk, q -> q, numbers(1, 3));
            MoveResult r = desk.storage().moveTo(district, null, (from, to) -> mapped.add(new String[] {from.toString(),
                    to.toString()}));
            assertThat(r.merged()).isFalse();
            assertThat(r.office()).isEqualTo("祭城路街道");
            assertThat(r.cases()).isEqualTo(3);
            assertThat(r.renumbered()).isZero();
            rowsA.putAll(r.rows());
        }
        assertThat(mapped).isEmpty();
        Map<String, Long> afterA = counts();
        List<HistoryEntry> districtEventsAfterA;
        try (QuarantineDesk desk = QuarantineDesk.open(district, moving, "区指挥部")) {
            districtEventsAfterA = events(desk);
        }

        // The second office: beside the first, its cases numbered after the first's.
        List<Object> stateB;
        Map<String, Long> sourceB = new LinkedHashMap<>();
        List<HistoryEntry> eventsB;
        long[] readingsB = {0};
        try (QuarantineDesk desk = QuarantineDesk.open(b, moving, "区指挥部")) {
            stateB = state(desk, q -> CaseNumber.of(CaseNumber.parse(q).orElseThrow().id() + 3).toString(),
                    numbers(1, 3));
            eventsB = events(desk);
            desk.health().forEach(r -> readingsB[0]++);
            MoveResult r = desk.storage().moveTo(district, "如意湖街道", (from, to) -> mapped.add(new String[] {from.toString(),
                    to.toString()}));
            assertThat(r.merged()).isTrue();
            assertThat(r.officeAdded()).isTrue();
            assertThat(r.office()).isEqualTo("如意湖街道");
            assertThat(r.cases()).isEqualTo(3);
            assertThat(r.renumbered()).isEqualTo(3);
            sourceB.putAll(r.rows());
            // The register itself stays as it was, with the move in its log.
            assertThat(desk.cases().show("Q000001").name()).isEqualTo("赵敏");
            assertThat(events(desk).get(events(desk).size() - 1).action()).isEqualTo("migrate-to");
        }
        assertThat(mapped).containsExactly(new String[] {"Q000001", "Q000004"}, new String[] {"Q000002", "Q000005"},
                new String[] {"Q000003", "Q000006"});
        Map<String, Long> afterB = counts();
        // Every row of the second register arrived (the shared hotel and its rooms but one were there already).
        assertThat(sourceB).containsEntry("qcase", 3L).containsEntry("reading", readingsB[0]).containsEntry("payment", 2L)
                .containsEntry("service_request", 1L).containsEntry("hotel", 1L).containsEntry("room", 3L)
                .containsEntry("team_member", 1L).containsEntry("office", 1L)
                .containsEntry("audit_log", (long) eventsB.size());
        for (String table : TABLES) {
            long extraEvents = table.equals("audit_log") ? 2 : 0; // office-add and migrate-from
            assertThat(afterB.get(table)).as(table).isEqualTo(afterA.get(table) + sourceB.get(table) + extraEvents);
        }
        assertThat(afterB.get("qcase")).isEqualTo(6);
        assertThat(afterB.get("reading")).isEqualTo(sum(rowsA, sourceB, "reading"));
        assertThat(afterB.get("payment")).isEqualTo(sum(rowsA, sourceB, "payment"));

        try (QuarantineDesk desk = QuarantineDesk.open(district, at("2020-02-21T02:00:00Z"), "区指挥部")) {
            desk.allOffices();
            // The first office's cases, readings, bills and events as they were; the second's under their new numbers.
            assertThat(state(desk, q -> q, numbers(1, 3))).isEqualTo(stateA);
            assertThat(state(desk, q -> q, numbers(4, 6))).isEqualTo(stateB);
            assertThat(events(desk).subList(0, districtEventsAfterA.size())).isEqualTo(districtEventsAfterA);
            assertThat(desk.cases().list(CaseFilter.ALL)).extracting(CaseView::office).containsExactly("祭城路街道", "祭城路街道",
                    "祭城路街道", "如意湖街道", "如意湖街道", "如意湖街道");
            assertThat(desk.letters().notice("Q000001").from().signature()).isEqualTo("祭城路街道办事处疫情防控指挥部");
            assertThat(desk.letters().notice("Q000004").from().signature()).isEqualTo("如意湖街道办事处疫情防控指挥部");
            // One hotel shared by both offices, its rooms with their guests; the second office's own hotel added.
            assertThat(desk.hotels().list()).extracting(h -> h.name()).containsExactlyInAnyOrder("如家", HOTEL);
            assertThat(desk.hotels().rooms(HOTEL)).extracting(RoomView::number, RoomView::caseNumber).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("101", "Q000001"),
                    org.assertj.core.groups.Tuple.tuple("102", null),
                    org.assertj.core.groups.Tuple.tuple("103", null),
                    org.assertj.core.groups.Tuple.tuple("104", null),
                    org.assertj.core.groups.Tuple.tuple("105", null),
                    org.assertj.core.groups.Tuple.tuple("106", "Q000004"));
            assertThat(desk.operations().team("如家")).hasSize(1);
            // A service request keeps its case and gets the district's next number, in its events too.
            ServiceRequest water = desk.operations().services(false).stream().filter(s -> s.caseNumber().equals("Q000004"))
                    .findFirst().orElseThrow();
            assertThat(water.id()).isEqualTo(2);
            assertThat(desk.cases().history("Q000004")).filteredOn(e -> e.action().startsWith("service"))
                    .allSatisfy(e -> assertThat(e.details()).startsWith("#2 "));
            assertThat(desk.billing().bill("Q000005").paid()).isEqualTo(Money.parse("300"));
            List<HistoryEntry> all = events(desk);
            assertThat(all.get(all.size() - 1).action()).isEqualTo("migrate-from");
            assertThat(all.get(all.size() - 1).details()).contains("Q000001–Q000003 → Q000004–Q000006");
            // The district's numbering goes on after both offices' cases.
            assertThat(desk.office("如意湖街道").cases().register(person("周杰", "41010519900808206", "13803710005")).caseView()
                    .caseNumber()).isEqualTo("Q000007");
        }

        // A third register whose people and rooms clash with the district's: refused whole, naming the conflicts.
        Path c = dir.resolve("conflict.db");
        try (QuarantineDesk desk = QuarantineDesk.create(c, at("2020-02-05T01:00:00Z"), "刘主任", List.of())) {
            desk.hotels().add(HOTEL, "郑东新区", Money.parse("180"), "101-105");
            desk.cases().register(person("王伟", "41130219850312101", "13803711234")); // open as Q000001 in the district
            desk.cases().admit(admit("吴刚", "41010519700101307", "13803710006", HOTEL, "101")); // Q000001's room
        }
        Map<String, Long> before = counts();
        List<String[]> none = new ArrayList<>();
        try (QuarantineDesk desk = QuarantineDesk.open(c, moving, "区指挥部")) {
            assertThatThrownBy(() -> desk.storage().moveTo(district, "龙子湖街道", (from, to) -> none.add(new String[0])))
                    .isInstanceOfSatisfying(QuarantineException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED);
                        assertThat(e.key()).isEqualTo("migrate.conflicts");
                        assertThat(e.getMessage()).contains("2 conflict")
                                .contains(IdentityDocument.mask(IdType.RESIDENT, id("41130219850312101")))
                                .contains("Q000001").contains("Q000002").contains(HOTEL + " room 101");
                        assertThat(e.message(java.util.Locale.CHINESE)).contains("冲突 2 处");
                    });
        }
        assertThat(none).isEmpty();
        assertThat(counts()).isEqualTo(before);
        try (QuarantineDesk desk = QuarantineDesk.open(district, moving, "区指挥部")) {
            assertThat(desk.offices().list()).extracting(o -> o.name()).doesNotContain("龙子湖街道");
        }
    }
}
