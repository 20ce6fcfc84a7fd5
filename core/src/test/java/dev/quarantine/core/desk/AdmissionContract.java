package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.RoomView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.person;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Admission to a hotel room (SPEC §5): room assignment, the estimate, a full hotel, a fever at the door. */
public interface AdmissionContract extends DeskFixture {

    @Test
    default void admittingARegisteredCaseGivesItTheLowestFreeRoomAndAnEstimate() {
        register(1, "南阳", "2020-02-03");
        now("2020-02-03T10:00");
        Admission a = desk().cases().admit(new AdmitRequest("Q000001", null, "36.5", HOTEL, null, true));
        assertThat(a.registeredNow()).isFalse();
        CaseView c = a.caseView();
        assertThat(c.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(c.setting()).isEqualTo(Setting.HOTEL);
        assertThat(c.hotel()).isEqualTo(HOTEL);
        assertThat(c.room()).isEqualTo("101");
        assertThat(c.block()).isEqualTo(1);
        assertThat(c.doorTag()).isEqualTo(DoorTag.YELLOW);
        assertThat(c.admittedAt()).isEqualTo(clock().instant());
        assertThat(c.intakeTemperature()).isEqualTo(Temperature.ofTenths(365));
        assertThat(c.commitmentSignedAt()).isEqualTo(clock().instant());
        assertThat(a.estimate()).isEqualTo(new Bill("Q000001", true, LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 10),
                7, yuan("180"), yuan("1260"), yuan("378"), yuan("504"), yuan("378"), Money.ZERO, yuan("378"), Money.ZERO,
                List.of(new RateSpan(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 9), 7, yuan("180"), yuan("1260"))),
                List.of()));
        assertThat(desk().cases().show("Q000001")).isEqualTo(c);
        assertThat(desk().hotels().rooms(HOTEL).get(0)).isEqualTo(new RoomView(HOTEL, "101", RoomState.OCCUPIED, 1, "Q000001",
                "王伟", null));
        assertThat(desk().hotels().list()).singleElement().isEqualTo(new HotelView(HOTEL, "郑东新区祭城路 1 号", HOTEL_RATE, 10,
                9, 1, 0, 0, null));
        assertThat(desk().health().readings("Q000001")).singleElement().satisfies(r -> {
            assertThat(r.temperature()).isEqualTo(Temperature.ofTenths(365));
            assertThat(r.takenAt()).isEqualTo(clock().instant());
            assertThat(r.fever()).isFalse();
        });
    }

    @Test
    default void aNewPersonIsRegisteredAndAdmittedAtOnce() {
        Admission a = desk().cases().admit(new AdmitRequest(null, person(1, "武汉", "2020-02-02"), "36.8", null, null, false));
        assertThat(a.registeredNow()).isTrue();
        assertThat(a.caseView().caseNumber()).isEqualTo("Q000001");
        assertThat(a.caseView().hotel()).isEqualTo(HOTEL); // the only hotel: no need to name it
        assertThat(a.caseView().doorTag()).isEqualTo(DoorTag.RED);
        assertThat(a.caseView().commitmentSignedAt()).isNull();
        assertThat(a.estimate().nights()).isEqualTo(13); // admitted on day 2 of 14, eligible 2020-02-16
        assertThat(a.estimate().total()).isEqualTo(yuan("2340"));
        assertThat(desk().cases().history("Q000001")).extracting(h -> h.action()).containsExactly("register", "admit");
    }

    /** SPEC §5: the lowest free room in natural order (101 < 102 < 1001); blocks of five rooms in that order. */
    @Test
    default void roomsAreAssignedInNaturalOrderAndGroupedInBlocksOfFive() {
        desk().hotels().add("如家", null, yuan("150"), "1001,102,101,201,103,104");
        List<String> rooms = new ArrayList<>();
        List<Integer> blocks = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            CaseView c = desk().cases().admit(new AdmitRequest(null, person(n, "南阳", "2020-02-03"), "36.5", "如家", null, true))
                    .caseView();
            rooms.add(c.room());
            blocks.add(c.block());
        }
        assertThat(rooms).containsExactly("101", "102", "103", "104", "201", "1001");
        assertThat(blocks).containsExactly(1, 1, 1, 1, 1, 2);
        assertThat(desk().hotels().rooms("如家")).extracting(RoomView::number).containsExactly("101", "102", "103", "104", "201",
                "1001");
        assertThat(desk().hotels().rooms("如家")).extracting(RoomView::state).containsOnly(RoomState.OCCUPIED);
    }

    @Test
    default void aRoomAwaitingDisinfectionIsSkippedUntilDisinfected() {
        admit(1, "南阳", "2020-02-03");
        desk().cases().transfer("Q000001", "郑州市第六人民医院");
        assertThat(admit(2, "南阳", "2020-02-03").caseView().room()).isEqualTo("102");
        desk().operations().disinfect(HOTEL, "101", null, "消毒员");
        assertThat(admit(3, "南阳", "2020-02-03").caseView().room()).isEqualTo("101");
    }

    static Stream<Arguments> chosenRooms() {
        return Stream.of(
                arguments("105", null, null),
                arguments(" 110 ", null, null),
                arguments("101", ErrorKind.REFUSED, "room.notFree"),
                arguments("999", ErrorKind.NOT_FOUND, "room.unknown"));
    }

    @ParameterizedTest(name = "room {0} → {2}")
    @MethodSource("chosenRooms")
    default void staffMayChooseAFreeRoom(String room, ErrorKind kind, String key) {
        admit(1, "南阳", "2020-02-03");
        register(2, "南阳", "2020-02-03");
        AdmitRequest request = new AdmitRequest("Q000002", null, "36.5", HOTEL, room, true);
        if (kind == null) {
            assertThat(desk().cases().admit(request).caseView().room()).isEqualTo(room.strip());
            assertThat(desk().hotels().rooms(HOTEL)).filteredOn(r -> r.number().equals(room.strip()))
                    .singleElement().extracting(RoomView::caseNumber).isEqualTo("Q000002");
        } else {
            State before = state();
            failure(kind, key, () -> desk().cases().admit(request));
            assertThat(state()).isEqualTo(before);
        }
    }

    /** SPEC §5: a full hotel refuses with its occupancy; the registration that came with the request is not kept. */
    @Test
    default void aFullHotelRefusesWithItsOccupancyAndWritesNothing() {
        desk().hotels().add("小旅馆", null, yuan("100"), "1-2");
        for (int n = 1; n <= 2; n++) {
            desk().cases().admit(new AdmitRequest(null, person(n, "南阳", "2020-02-03"), "36.5", "小旅馆", null, true));
        }
        State before = state();
        QuarantineException e = failure(ErrorKind.REFUSED, "hotel.full", () -> desk().cases().admit(
                new AdmitRequest(null, person(3, "南阳", "2020-02-03"), "36.5", "小旅馆", null, true)));
        assertThat(e.args()).containsExactly("小旅馆", 2L, 2, 0L);
        assertThat(state()).isEqualTo(before);
        assertThat(register(3, "南阳", "2020-02-03").caseNumber()).isEqualTo("Q000003");
    }

    /** SPEC §5: a fever at intake registers the person, keeps the reading and its alert, and refuses admission. */
    @Test
    default void aFeverAtIntakeRegistersButRefusesAdmissionKeepingTheReadingAndAlert() {
        QuarantineException e = failure(ErrorKind.REFUSED, "admit.fever", () -> desk().cases().admit(
                new AdmitRequest(null, person(1, "武汉", "2020-02-03"), "38.0", HOTEL, null, true)));
        assertThat(e.args()[0]).isEqualTo("Q000001");
        CaseView c = desk().cases().show("Q000001");
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.hotel()).isNull();
        assertThat(desk().health().readings("Q000001")).singleElement().satisfies(r -> {
            assertThat(r.temperature()).isEqualTo(Temperature.ofTenths(380));
            assertThat(r.fever()).isTrue();
        });
        assertThat(desk().health().feverAlerts(true)).singleElement().satisfies(a -> {
            assertThat(a.caseNumber()).isEqualTo("Q000001");
            assertThat(a.reading()).isEqualTo(Temperature.ofTenths(380));
            assertThat(a.open()).isTrue();
        });
        assertThat(desk().hotels().rooms(HOTEL)).extracting(RoomView::state).containsOnly(RoomState.FREE);
    }

    /** SPEC §2: a reading of 37.3 °C or more is a fever. */
    @ParameterizedTest(name = "intake {0} → admitted {1}")
    @CsvSource({"36.0, true", "37.2, true", "37.2℃, true", "37.3, false", "37.3度, false", "39.5, false"})
    default void theFeverThresholdDecidesAdmission(String temperature, boolean admitted) {
        register(1, "南阳", "2020-02-03");
        AdmitRequest request = new AdmitRequest("Q000001", null, temperature, HOTEL, null, true);
        if (admitted) {
            assertThat(desk().cases().admit(request).caseView().status()).isEqualTo(CaseStatus.ADMITTED);
        } else {
            failure(ErrorKind.REFUSED, "admit.fever", () -> desk().cases().admit(request));
            assertThat(desk().cases().show("Q000001").status()).isEqualTo(CaseStatus.REGISTERED);
        }
    }

    /** SPEC §2: a reading outside 34.0–43.0 °C is a typo, never stored; the request registers no one either. */
    @ParameterizedTest(name = "intake \"{0}\" → {1}")
    @CsvSource({"3.7, temperature.implausible", "377, temperature.implausible", "33.9, temperature.implausible",
            "43.1, temperature.implausible", "36.55, temperature.format", "warm, temperature.format"})
    default void anImplausibleIntakeTemperatureIsAnInputErrorAndWritesNothing(String temperature, String key) {
        State before = state();
        QuarantineException e = failure(ErrorKind.INVALID_INPUT, key, () -> desk().cases().admit(
                new AdmitRequest(null, person(1, "南阳", "2020-02-03"), temperature, HOTEL, null, true)));
        assertThat(e.field()).isEqualTo("temperature");
        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> notAdmissible() {
        return Stream.of(arguments("郑州", false, "admit.notRequired"), arguments("南阳", true, "admit.notRegistered"));
    }

    @ParameterizedTest(name = "{0}, admitted already {1} → {2}")
    @MethodSource("notAdmissible")
    default void onlyARegisteredCaseThatNeedsQuarantineIsAdmitted(String origin, boolean admitFirst, String key) {
        register(1, origin, "2020-02-03");
        if (admitFirst) {
            admitCase("Q000001");
        }
        State before = state();
        failure(ErrorKind.REFUSED, key, () -> admitCase("Q000001"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void theHotelMustBeNamedWhenThereAreSeveral() {
        register(1, "南阳", "2020-02-03");
        failure(ErrorKind.NOT_FOUND, "hotel.notFound",
                () -> desk().cases().admit(new AdmitRequest("Q000001", null, "36.5", "希尔顿", null, true)));
        desk().hotels().add("如家", null, yuan("150"), "1-5");
        failure(ErrorKind.INVALID_INPUT, "hotel.choose",
                () -> desk().cases().admit(new AdmitRequest("Q000001", null, "36.5", null, null, true)));
        assertThat(desk().cases().admit(new AdmitRequest("Q000001", null, "36.5", "如家", null, true)).caseView().hotel())
                .isEqualTo("如家");
    }

    /** SPEC §10: the notice letter of an admitted case holds the case and its estimate; a case at home has none. */
    @Test
    default void theNoticeLetterIsGivenOnAdmissionOnly() {
        Admission a = admit(1, "南阳", "2020-02-03");
        assertThat(desk().letters().notice("Q000001")).isEqualTo(new Notice(a.caseView(), a.estimate(), new Letterhead("本街道", "街道办事处疫情防控指挥部", null, null)));
        register(2, "武汉", "2020-02-03");
        failure(ErrorKind.REFUSED, "notice.notInHotel", () -> desk().letters().notice("Q000002"));
    }

    /** SPEC §5: a pending commitment letter is recorded once; the daily report lists it until then. */
    @Test
    default void aPendingCommitmentIsRecordedOnce() {
        desk().cases().admit(new AdmitRequest(null, person(1, "南阳", "2020-02-03"), "36.5", HOTEL, null, false));
        assertThat(desk().reports().daily(null, 10).operations().pendingCommitments().items())
                .extracting(CaseView::caseNumber).containsExactly("Q000001");
        now("2020-02-03T11:00");
        assertThat(desk().cases().commitment("Q000001").commitmentSignedAt()).isEqualTo(clock().instant());
        assertThat(desk().reports().daily(null, 10).operations().pendingCommitments().total()).isZero();
        failure(ErrorKind.REFUSED, "commitment.already", () -> desk().cases().commitment("Q000001"));
        register(2, "南阳", "2020-02-03");
        failure(ErrorKind.REFUSED, "commitment.notAdmitted", () -> desk().cases().commitment("Q000002"));
    }
}
