package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.ReadingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static dev.quarantine.core.desk.DeskFixture.at;
import static dev.quarantine.core.desk.DeskFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Temperatures and fever alerts (SPEC §2, §5). Each test starts with Q000001 admitted to room 101 at 08:00. */
public interface HealthContract extends DeskFixture {

    private void admitted() {
        admit(1, "南阳", "2020-02-03");
    }

    @Test
    default void readingsAreKeptOldestFirstWithWhoTookThem() {
        admitted();
        now("2020-02-03T15:00");
        ReadingResult afternoon = desk().health().recordTemperature("Q000001", "36.6", null, "赵护士");
        ReadingResult paper = desk().health().recordTemperature("Q000001", "36.4℃", at("2020-02-03T09:30"), null);
        assertThat(afternoon).isEqualTo(new ReadingResult("Q000001", "王伟", Temperature.ofTenths(366),
                at("2020-02-03T15:00"), "赵护士", false, false));
        assertThat(paper.takenAt()).isEqualTo(at("2020-02-03T09:30"));
        assertThat(paper.recordedBy()).isEqualTo(OPERATOR);
        assertThat(desk().health().readings("Q000001")).extracting(ReadingResult::temperature, ReadingResult::takenAt)
                .containsExactly(
                        tuple(Temperature.ofTenths(365), at("2020-02-03T08:00")),
                        tuple(Temperature.ofTenths(364), at("2020-02-03T09:30")),
                        tuple(Temperature.ofTenths(366), at("2020-02-03T15:00")));
        assertThat(desk().health().feverAlerts(false)).isEmpty();
    }

    /** SPEC §2: 37.3 °C or more is a fever; the units people type are read. */
    @ParameterizedTest(name = "{0} → {1} fever {2}")
    @CsvSource({"34.0, 34.0, false", "36.5度, 36.5, false", "37.2, 37.2, false", "37.3, 37.3, true",
            "37.3°C, 37.3, true", "43.0, 43.0, true", "38, 38.0, true"})
    default void aReadingIsAFeverFromTheThresholdOn(String typed, String stored, boolean fever) {
        admitted();
        ReadingResult r = desk().health().recordTemperature("Q000001", typed, null, null);
        assertThat(r.temperature()).hasToString(stored);
        assertThat(r.fever()).isEqualTo(fever);
        assertThat(r.alertOpened()).isEqualTo(fever);
        assertThat(desk().health().feverAlerts(true)).hasSize(fever ? 1 : 0);
    }

    /** SPEC §5: a fever opens a fever alert; further fevers while it is open open no other. */
    @Test
    default void aFeverOpensOneAlertOnly() {
        admitted();
        now("2020-02-03T10:00");
        ReadingResult first = desk().health().recordTemperature("Q000001", "37.8", null, "赵护士");
        now("2020-02-03T14:00");
        ReadingResult second = desk().health().recordTemperature("Q000001", "38.2", null, "赵护士");
        assertThat(first.alertOpened()).isTrue();
        assertThat(second.fever()).isTrue();
        assertThat(second.alertOpened()).isFalse();
        assertThat(desk().health().feverAlerts(true)).containsExactly(new FeverAlert("Q000001", "王伟", HOTEL, "101",
                Temperature.ofTenths(378), at("2020-02-03T10:00"), null, null, null, null, null));
    }

    /** SPEC §5: {@code fever report} records to whom, once; {@code fever clear} closes the alert after review. */
    @Test
    default void anAlertIsReportedOnceAndClearedAfterReview() {
        admitted();
        desk().health().recordTemperature("Q000001", "37.8", null, null);
        now("2020-02-03T08:30");
        FeverAlert reported = desk().health().reportFever("Q000001", "区指挥部 李主任");
        assertThat(reported.reportedAt()).isEqualTo(at("2020-02-03T08:30"));
        assertThat(reported.reportedTo()).isEqualTo("区指挥部 李主任");
        assertThat(reported.open()).isTrue();
        failure(ErrorKind.REFUSED, "fever.reportedAlready", () -> desk().health().reportFever("Q000001", "someone else"));
        now("2020-02-03T12:00");
        FeverAlert cleared = desk().health().clearFever("Q000001", "张医生", "复查 36.6，排除");
        assertThat(cleared.closedAt()).isEqualTo(at("2020-02-03T12:00"));
        assertThat(cleared.closedBy()).isEqualTo("张医生");
        assertThat(cleared.note()).isEqualTo("复查 36.6，排除");
        assertThat(cleared.open()).isFalse();
        assertThat(cleared.reportedTo()).isEqualTo("区指挥部 李主任");
        assertThat(desk().health().feverAlerts(true)).isEmpty();
        assertThat(desk().health().feverAlerts(false)).containsExactly(cleared);
        assertThat(desk().health().recordTemperature("Q000001", "37.5", null, null).alertOpened()).isTrue();
        assertThat(desk().health().feverAlerts(false)).hasSize(2);
        assertThat(desk().cases().history("Q000001")).extracting(h -> h.action())
                .containsExactly("register", "admit", "temp", "fever-report", "fever-clear", "temp");
    }

    @Test
    default void withoutAnOpenAlertThereIsNothingToReportOrClear() {
        admitted();
        desk().health().recordTemperature("Q000001", "36.5", null, null);
        State before = state();
        failure(ErrorKind.REFUSED, "fever.noOpenAlert", () -> desk().health().reportFever("Q000001", "指挥部"));
        failure(ErrorKind.REFUSED, "fever.noOpenAlert", () -> desk().health().clearFever("Q000001", "张医生", null));
        assertThat(state()).isEqualTo(before);
    }

    /** Open alerts: unreported first, then oldest first. */
    @Test
    default void openAlertsListTheUnreportedFirst() {
        admitted();
        admit(2, "武汉", "2020-02-03");
        now("2020-02-03T09:00");
        desk().health().recordTemperature("Q000001", "38.0", null, null);
        now("2020-02-03T10:00");
        desk().health().recordTemperature("Q000002", "38.0", null, null);
        assertThat(desk().health().feverAlerts(true)).extracting(FeverAlert::caseNumber).containsExactly("Q000001", "Q000002");
        desk().health().reportFever("Q000001", "指挥部");
        assertThat(desk().health().feverAlerts(true)).extracting(FeverAlert::caseNumber).containsExactly("Q000002", "Q000001");
    }

    @ParameterizedTest(name = "taken {0} → {1}")
    @CsvSource({"2020-02-03T08:01, reading.future", "2020-02-02T23:59, reading.beforeArrival"})
    default void aReadingCannotBeTakenInTheFutureOrBeforeTheArrival(String taken, String key) {
        admitted();
        State before = state();
        failure(ErrorKind.INVALID_INPUT, key, () -> desk().health().recordTemperature("Q000001", "36.5", at(taken), null));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void aClosedCaseTakesNoMoreReadings() {
        admitted();
        desk().cases().transfer("Q000001", "郑州市第六人民医院");
        State before = state();
        failure(ErrorKind.REFUSED, "reading.closedCase", () -> desk().health().recordTemperature("Q000001", "36.5", null, null));
        assertThat(state()).isEqualTo(before);
    }

    /**
     * SPEC §2: a slot (06:00-12:00, 14:00-20:00) is missed when it has ended, the case was in the hotel throughout,
     * and no reading of the case falls in it (its ends included); the intake reading counts.
     */
    @ParameterizedTest(name = "admitted {0}, read at [{1}], report at {2} → missed [{3}]")
    @CsvSource(delimiter = '|', value = {
            "05:00 |             | 11:00 | ",
            "05:00 |             | 12:00 | 06:00-12:00",
            "06:00 |             | 21:00 | 14:00-20:00",
            "07:00 |             | 21:00 | 14:00-20:00",
            "05:00 | 13:00       | 21:00 | 06:00-12:00;14:00-20:00",
            "05:00 | 12:00;20:00 | 21:00 | "})
    default void missedChecksAreTheEndedSlotsWithoutAReading(String admitted, String readings, String reportAt,
                                                            String missed) {
        now("2020-02-03T" + admitted);
        admit(1, "南阳", "2020-02-03");
        now("2020-02-03T" + reportAt);
        for (String t : readings == null ? new String[0] : readings.split(";")) {
            desk().health().recordTemperature("Q000001", "36.5", at("2020-02-03T" + t), null);
        }
        assertThat(desk().reports().daily(null, 10).health().missedChecks().items())
                .extracting(m -> m.slot().toString())
                .containsExactlyElementsOf(missed == null ? List.of() : List.of(missed.split(";")));
    }

    @Test
    default void theDailyReportShowsReadingsOpenAlertsWithTheirAgeAndMissedChecks() {
        now("2020-02-03T05:00");
        admit(1, "南阳", "2020-02-03");
        admit(2, "南阳", "2020-02-03");
        now("2020-02-03T07:00");
        desk().health().recordTemperature("Q000001", "36.6", null, null);
        now("2020-02-03T15:00");
        desk().health().recordTemperature("Q000002", "38.1", null, null);
        clock().advance(Duration.ofHours(6));
        var health = desk().reports().daily(null, 10).health();
        assertThat(health.readingsCount()).isEqualTo(4);
        assertThat(health.openFeverAlerts().items()).singleElement().satisfies(a -> {
            assertThat(a.alert().caseNumber()).isEqualTo("Q000002");
            assertThat(a.ageMinutes()).isEqualTo(360);
        });
        assertThat(health.missedChecks().items())
                .extracting(m -> m.caseNumber() + " " + m.slot())
                .containsExactly("Q000001 14:00-20:00", "Q000002 06:00-12:00");
    }
}
