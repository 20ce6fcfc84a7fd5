package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.ops.LandlordArrangement;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.result.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.quarantine.core.desk.DeskFixture.at;
import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.person;
import static org.assertj.core.api.Assertions.assertThat;

/** Transfer to hospital and cancellation (SPEC §5): the moves a case may make, and what stays behind. */
public interface ClosingContract extends DeskFixture {
    String HOSPITAL = "郑州市第六人民医院";

    @Test
    default void aTransferClosesTheCaseItsAlertAndSendsTheRoomToDisinfection() {
        admit(1, "武汉", "2020-02-03");
        now("2020-02-04T09:00");
        desk().health().recordTemperature("Q000001", "38.5", null, "赵护士");
        desk().health().reportFever("Q000001", "区指挥部");
        now("2020-02-04T10:00");
        CaseView c = desk().cases().transfer("Q000001", HOSPITAL);
        assertThat(c.status()).isEqualTo(CaseStatus.TRANSFERRED);
        assertThat(c.hospital()).isEqualTo(HOSPITAL);
        assertThat(desk().cases().show("Q000001")).isEqualTo(c);
        assertThat(desk().hotels().rooms(HOTEL).get(0).state()).isEqualTo(RoomState.NEEDS_DISINFECTION);
        assertThat(desk().health().feverAlerts(true)).isEmpty();
        assertThat(desk().health().feverAlerts(false)).singleElement().satisfies(a -> {
            assertThat(a.closedAt()).isEqualTo(at("2020-02-04T10:00"));
            assertThat(a.note()).contains(HOSPITAL);
        });
        assertThat(desk().reports().daily(null, 10).movements().transferred().items()).containsExactly(c);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).last().isEqualTo("transfer");
    }

    /** SPEC §5: a case entered in error is cancelled; the record and its history stay. */
    @Test
    default void aCancelledCaseKeepsItsRecordAndHistory() {
        admit(1, "南阳", "2020-02-03");
        CaseView c = desk().cases().cancel("Q000001", "身份证号录错");
        assertThat(c.status()).isEqualTo(CaseStatus.CANCELLED);
        assertThat(c.name()).isEqualTo("王伟");
        assertThat(c.room()).isEqualTo("101");
        assertThat(desk().cases().list(CaseFilter.ALL)).containsExactly(c);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action)
                .containsExactly("register", "admit", "cancel");
        assertThat(desk().cases().history("Q000001").get(2).details()).contains("身份证号录错");
        assertThat(desk().hotels().rooms(HOTEL).get(0).state()).isEqualTo(RoomState.NEEDS_DISINFECTION);
    }

    /** A cancelled case is no case of the person: the same registration again opens a new case, not a duplicate. */
    @Test
    default void afterACancellationThePersonCanBeRegisteredAgain() {
        register(1, "南阳", "2020-02-03");
        desk().cases().cancel("Q000001", null);
        RegisterResult again = desk().cases().register(person(1, "南阳", "2020-02-03"));
        assertThat(again.duplicate()).isFalse();
        assertThat(again.caseView().caseNumber()).isEqualTo("Q000002");
        assertThat(desk().cases().show(DeskFixture.idOf(1))).isEqualTo(again.caseView());
    }

    /** The moves of SPEC §5: only an open case is transferred; a roster-only record may still be cancelled. */
    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @CsvSource({
            "REGISTERED, TRANSFERRED, true", "REGISTERED, CANCELLED, true",
            "ADMITTED, TRANSFERRED, true", "ADMITTED, CANCELLED, true",
            "NOT_REQUIRED, TRANSFERRED, false", "NOT_REQUIRED, CANCELLED, true",
            "RELEASED, TRANSFERRED, false", "RELEASED, CANCELLED, false",
            "TRANSFERRED, TRANSFERRED, false", "TRANSFERRED, CANCELLED, false",
            "CANCELLED, TRANSFERRED, false", "CANCELLED, CANCELLED, false"})
    default void onlyTheMovesOfTheLifecycleAreAllowed(CaseStatus from, CaseStatus to, boolean allowed) {
        reach(from);
        assertThat(desk().cases().show("Q000001").status()).isEqualTo(from);
        if (allowed) {
            CaseView c = to == CaseStatus.TRANSFERRED ? desk().cases().transfer("Q000001", HOSPITAL)
                    : desk().cases().cancel("Q000001", "录入错误");
            assertThat(c.status()).isEqualTo(to);
        } else {
            State before = state();
            failure(ErrorKind.REFUSED, "case.transition", () -> {
                if (to == CaseStatus.TRANSFERRED) {
                    desk().cases().transfer("Q000001", HOSPITAL);
                } else {
                    desk().cases().cancel("Q000001", "录入错误");
                }
            });
            assertThat(state()).isEqualTo(before);
        }
    }

    /** Brings Q000001 (test person 1) to {@code status}. */
    private void reach(CaseStatus status) {
        switch (status) {
            case NOT_REQUIRED -> register(1, "郑州", "2020-02-01");
            case REGISTERED -> register(1, "南阳", "2020-02-01");
            case ADMITTED -> admit(1, "南阳", "2020-02-01");
            case RELEASED -> {
                register(1, "南阳", "2020-02-01");
                now("2020-02-08T10:00");
                desk().cases().release("Q000001", "张医生", null, null);
            }
            case TRANSFERRED -> {
                register(1, "南阳", "2020-02-01");
                desk().cases().transfer("Q000001", HOSPITAL);
            }
            case CANCELLED -> {
                register(1, "南阳", "2020-02-01");
                desk().cases().cancel("Q000001", null);
            }
        }
    }

    @Test
    default void aTransferNamesTheHospital() {
        register(1, "南阳", "2020-02-03");
        State before = state();
        assertThat(failure(ErrorKind.INVALID_INPUT, "field.required", () -> desk().cases().transfer("Q000001", "  ")).field())
                .isEqualTo("hospital");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void aClosedCaseTakesNoServiceRequests() {
        admit(1, "南阳", "2020-02-03");
        desk().cases().transfer("Q000001", HOSPITAL);
        failure(ErrorKind.REFUSED, "service.closedCase", () -> desk().operations().addService("Q000001", ServiceType.MEAL, null));
        assertThat(desk().operations().services(false)).isEmpty();
    }

    /** SPEC §5, §6: violations with their penalty, and landlord arrangements (days or cash, one of the two). */
    @Test
    default void violationsAndLandlordArrangementsAreRecordedOnTheCase() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-04T09:00");
        Violation v = desk().cases().violation("Q000001", "擅自离开房间", "警告");
        assertThat(v).isEqualTo(new Violation("Q000001", "王伟", at("2020-02-04T09:00"), "擅自离开房间", "警告", OPERATOR));
        LandlordArrangement days = desk().operations().landlord("Q000001", 14, null, "房东老李");
        assertThat(days.extendDays()).isEqualTo(14);
        assertThat(days.cash()).isNull();
        LandlordArrangement cash = desk().operations().landlord("Q000001", null, DeskFixture.yuan("500"), null);
        assertThat(cash.cash()).isEqualTo(DeskFixture.yuan("500"));
        State before = state();
        failure(ErrorKind.INVALID_INPUT, "landlord.oneOf", () -> desk().operations().landlord("Q000001", 3, DeskFixture.yuan("1"),
                null));
        failure(ErrorKind.INVALID_INPUT, "landlord.days", () -> desk().operations().landlord("Q000001", 0, null, null));
        assertThat(state()).isEqualTo(before);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).endsWith("violation", "landlord",
                "landlord");
    }

    /** An alert of a cancelled case is closed with it. */
    @Test
    default void aCancellationClosesTheOpenAlert() {
        admit(1, "南阳", "2020-02-03");
        desk().health().recordTemperature("Q000001", "38.0", null, null);
        desk().cases().cancel("Q000001", null);
        assertThat(desk().health().feverAlerts(true)).isEmpty();
        assertThat(desk().health().feverAlerts(false)).extracting(FeverAlert::open).containsExactly(false);
    }
}
