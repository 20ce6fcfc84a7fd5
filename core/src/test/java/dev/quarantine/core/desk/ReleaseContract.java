package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.ReleaseRefusedException;
import dev.quarantine.core.cases.Unmet;
import dev.quarantine.core.cases.Unmet.Code;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.result.RoomView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import static dev.quarantine.core.desk.DeskFixture.at;
import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Release (SPEC §5): every condition, every unmet one listed, the room to disinfection, the final bill. Each test starts
 * with Q000001 from 南阳, arrived 2020-02-03 and admitted that morning: 7 days, eligible 2020-02-10.
 */
public interface ReleaseContract extends DeskFixture {

    private void admitted() {
        admit(1, "南阳", "2020-02-03");
    }

    private ReleaseRefusedException refused(String checker, String temperature, LocalDate on) {
        return (ReleaseRefusedException) failure(ErrorKind.REFUSED, "release.refused",
                () -> desk().cases().release("Q000001", checker, temperature, on));
    }

    @Test
    default void aRefusalListsEveryUnmetConditionAndChangesNothing() {
        admitted();
        now("2020-02-05T15:00");
        desk().health().recordTemperature("Q000001", "37.9", null, "赵护士");
        now("2020-02-06T16:00");
        State before = state();
        ReleaseRefusedException e = refused(null, null, null);
        assertThat(e.unmet()).containsExactly(new Unmet(Code.TOO_EARLY, LocalDate.of(2020, 2, 10)),
                new Unmet(Code.OPEN_FEVER_ALERT), new Unmet(Code.NO_RECENT_NORMAL_READING),
                new Unmet(Code.NO_MEDICAL_CHECKER));
        assertThat(e.getMessage()).contains("2020-02-10");
        assertThat(state()).isEqualTo(before);
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                arguments("on the eligible date, read 2 h ago", "2020-02-10T10:00", 2, null, "张医生", List.of()),
                arguments("days after the eligible date", "2020-02-14T10:00", 2, null, "张医生", List.of()),
                arguments("a day early", "2020-02-09T10:00", 2, null, "张医生", List.of(Code.TOO_EARLY)),
                arguments("read exactly 24 h ago", "2020-02-10T10:00", 24, null, "张医生", List.of()),
                arguments("read 25 h ago", "2020-02-10T10:00", 25, null, "张医生",
                        List.of(Code.NO_RECENT_NORMAL_READING)),
                arguments("read 25 h ago, checked now", "2020-02-10T10:00", 25, "36.4", "张医生", List.of()),
                arguments("a fever at the check", "2020-02-10T10:00", 2, "37.5", "张医生",
                        List.of(Code.FEVER_AT_RELEASE_CHECK)),
                arguments("nobody checked", "2020-02-10T10:00", 2, null, null, List.of(Code.NO_MEDICAL_CHECKER)),
                arguments("a blank checker", "2020-02-10T10:00", 2, "36.5", "  ", List.of(Code.NO_MEDICAL_CHECKER)));
    }

    /** SPEC §5: eligible date reached, a normal reading within 24 h or a check now, a named checker. */
    @ParameterizedTest(name = "{0} → {5}")
    @MethodSource("conditions")
    default void eachReleaseConditionIsChecked(String what, String when, int readingHoursAgo, String temperature,
                                               String checker, List<Code> unmet) {
        admitted();
        LocalDateTime release = LocalDateTime.parse(when);
        clock().set(release.minusHours(readingHoursAgo));
        desk().health().recordTemperature("Q000001", "36.6", null, "赵护士");
        clock().set(release);
        if (unmet.isEmpty()) {
            assertThat(desk().cases().release("Q000001", checker, temperature, null).caseView().status())
                    .isEqualTo(CaseStatus.RELEASED);
        } else {
            assertThat(refused(checker, temperature, null).unmet()).extracting(Unmet::code)
                    .containsExactlyElementsOf(unmet);
            assertThat(desk().cases().show("Q000001").status()).isEqualTo(CaseStatus.ADMITTED);
        }
    }

    @Test
    default void aFeverAtTheReleaseCheckIsKeptWithItsAlert() {
        admitted();
        now("2020-02-10T10:00");
        refused("张医生", "37.6", null);
        assertThat(desk().health().readings("Q000001")).last().satisfies(r -> {
            assertThat(r.temperature()).isEqualTo(Temperature.ofTenths(376));
            assertThat(r.fever()).isTrue();
            assertThat(r.recordedBy()).isEqualTo("张医生");
        });
        assertThat(desk().health().feverAlerts(true)).extracting(a -> a.caseNumber()).containsExactly("Q000001");
        assertThat(refused("张医生", "36.5", null).unmet()).extracting(Unmet::code)
                .containsExactly(Code.OPEN_FEVER_ALERT);
    }

    /** SPEC §5: a release records who checked, frees the room into disinfection and fixes the bill. */
    @Test
    default void aReleaseClosesTheCaseAndTheRoomAwaitsDisinfection() {
        admitted();
        now("2020-02-10T09:00");
        desk().health().recordTemperature("Q000001", "36.6", null, "赵护士");
        now("2020-02-10T10:00");
        ReleaseResult r = desk().cases().release("Q000001", "张医生", null, null);
        assertThat(r.releasedAt()).isEqualTo(at("2020-02-10T10:00"));
        assertThat(r.checkedBy()).isEqualTo("张医生");
        assertThat(r.caseView().status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(r.caseView().releasedAt()).isEqualTo(r.releasedAt());
        assertThat(r.caseView().checkedBy()).isEqualTo("张医生");
        assertThat(r.caseView().room()).isEqualTo("101");
        assertThat(r.bill().estimate()).isFalse();
        assertThat(r.bill().nights()).isEqualTo(7);
        assertThat(r.bill().total()).isEqualTo(yuan("1260"));
        assertThat(desk().cases().show("Q000001")).isEqualTo(r.caseView());
        assertThat(desk().hotels().rooms(HOTEL).get(0)).isEqualTo(new RoomView(HOTEL, "101", RoomState.NEEDS_DISINFECTION, 1,
                null, null, null));
        assertThat(desk().hotels().list().get(0).needsDisinfection()).isEqualTo(1);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).last().isEqualTo("release");
        now("2020-02-10T11:00");
        Disinfection d = desk().operations().disinfect(HOTEL, "101", null, "消毒员");
        assertThat(d).isEqualTo(new Disinfection(HOTEL, "101", null, at("2020-02-10T11:00"), "消毒员"));
        assertThat(desk().hotels().rooms(HOTEL).get(0).state()).isEqualTo(RoomState.FREE);
    }

    @Test
    default void aReleaseCheckTemperatureIsRecordedAsAReading() {
        admitted();
        now("2020-02-11T10:00");
        desk().cases().release("Q000001", "张医生", "36.4", null);
        assertThat(desk().health().readings("Q000001")).last().satisfies(r -> {
            assertThat(r.temperature()).isEqualTo(Temperature.ofTenths(364));
            assertThat(r.takenAt()).isEqualTo(at("2020-02-11T10:00"));
            assertThat(r.recordedBy()).isEqualTo("张医生");
        });
    }

    /** A case observed at home needs no reading: the date and the checker. */
    @Test
    default void aCaseAtHomeIsReleasedWithoutAReadingAndWithoutABill() {
        register(1, "南阳", "2020-02-03");
        now("2020-02-09T10:00");
        assertThat(refused("张医生", null, null).unmet()).extracting(Unmet::code).containsExactly(Code.TOO_EARLY);
        clock().advance(Duration.ofDays(1));
        ReleaseResult r = desk().cases().release("Q000001", "张医生", null, null);
        assertThat(r.caseView().status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(r.bill()).isNull();
    }

    /** Paper records: a release entered afterwards carries its own date, and the bill counts to it. */
    @Test
    default void aReleaseMayBeEnteredForAnEarlierDate() {
        admitted();
        now("2020-02-12T10:00");
        ReleaseResult r = desk().cases().release("Q000001", "张医生", "36.5", LocalDate.of(2020, 2, 10));
        assertThat(r.releasedAt()).isEqualTo(at("2020-02-10T10:00"));
        assertThat(r.bill().to()).isEqualTo(LocalDate.of(2020, 2, 10));
        assertThat(r.bill().nights()).isEqualTo(7);
        assertThat(desk().reports().daily(LocalDate.of(2020, 2, 10), 10).movements().released().items())
                .extracting(c -> c.caseNumber()).containsExactly("Q000001");
    }

    @Test
    default void aReleaseDateInTheFutureOrBeforeTheArrivalIsAnInputError() {
        admitted();
        now("2020-02-12T10:00");
        State before = state();
        failure(ErrorKind.INVALID_INPUT, "release.futureDate",
                () -> desk().cases().release("Q000001", "张医生", "36.5", LocalDate.of(2020, 2, 13)));
        failure(ErrorKind.INVALID_INPUT, "release.beforeArrival",
                () -> desk().cases().release("Q000001", "张医生", "36.5", LocalDate.of(2020, 2, 2)));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void aReleasedCaseCannotBeReleasedAgain() {
        admitted();
        now("2020-02-10T10:00");
        desk().cases().release("Q000001", "张医生", "36.5", null);
        State before = state();
        assertThat(refused("张医生", "36.5", null).unmet()).extracting(Unmet::code).containsExactly(Code.NOT_OPEN);
        assertThat(state()).isEqualTo(before);
    }
}
