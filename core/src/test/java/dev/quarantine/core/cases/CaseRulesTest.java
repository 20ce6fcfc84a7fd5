package dev.quarantine.core.cases;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.policy.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseRulesTest {
    private static final Policy POLICY = Policy.zhengzhou2020();
    private static final Instant NOW = Instant.parse("2020-02-15T02:00:00Z"); // 10:00 in Zhengzhou

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "REGISTERED, ADMITTED, true", "REGISTERED, RELEASED, true", "ADMITTED, RELEASED, true",
            "ADMITTED, TRANSFERRED, true", "ADMITTED, CANCELLED, true", "REGISTERED, CANCELLED, true",
            "RELEASED, ADMITTED, false", "TRANSFERRED, RELEASED, false", "CANCELLED, REGISTERED, false",
            "NOT_REQUIRED, ADMITTED, false", "ADMITTED, REGISTERED, false", "NOT_REQUIRED, CANCELLED, true",
    })
    void allowedStateChanges(CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void forbiddenChangeIsARefusalNamingBothStates() {
        assertThatThrownBy(() -> CaseStatus.RELEASED.checkMove("Q000001", CaseStatus.ADMITTED))
                .hasMessage("case Q000001 is released and cannot become admitted");
    }

    private static ReleaseCheck check(LocalDate eligible, boolean fever, Temperature latest, Instant latestAt,
                                      Temperature checkTemp, String by) {
        return new ReleaseCheck("Q000001", CaseStatus.ADMITTED, eligible, LocalDate.of(2020, 2, 15), NOW, fever,
                latest, latestAt, checkTemp, by, POLICY);
    }

    @Test
    void releaseOnTheEligibleDateWithARecentNormalReadingPasses() {
        assertThat(check(LocalDate.of(2020, 2, 15), false, Temperature.parse("36.5"),
                NOW.minusSeconds(3600), null, "Dr. Li").unmet()).isEmpty();
    }

    @Test
    void refusalListsEveryUnmetConditionNotJustTheFirst() {
        var unmet = check(LocalDate.of(2020, 2, 16), true, Temperature.parse("36.5"),
                NOW.minusSeconds(25 * 3600), null, " ").unmet();
        assertThat(unmet).extracting(Unmet::code).containsExactly(
                Unmet.Code.TOO_EARLY, Unmet.Code.OPEN_FEVER_ALERT, Unmet.Code.NO_RECENT_NORMAL_READING,
                Unmet.Code.NO_MEDICAL_CHECKER);
        assertThat(unmet.get(0).message(Locale.ROOT)).isEqualTo("not eligible before 2020-02-16");
        assertThat(unmet.get(0).message(Locale.CHINESE)).contains("2020-02-16");
    }

    @Test
    void aReleaseCheckTemperatureStandsInForTheLastReading() {
        assertThat(check(LocalDate.of(2020, 2, 15), false, null, null, Temperature.parse("36.6"), "Dr. Li").unmet())
                .isEmpty();
        assertThat(check(LocalDate.of(2020, 2, 15), false, null, null, Temperature.parse("37.5"), "Dr. Li").unmet())
                .extracting(Unmet::code).containsExactly(Unmet.Code.FEVER_AT_RELEASE_CHECK);
    }

    @Test
    void aFeverishLastReadingIsNotANormalOne() {
        assertThat(check(LocalDate.of(2020, 2, 15), false, Temperature.parse("37.3"), NOW.minusSeconds(60), null,
                "Dr. Li").unmet()).extracting(Unmet::code).containsExactly(Unmet.Code.NO_RECENT_NORMAL_READING);
    }

    @Test
    void homeObservationNeedsNoReading() {
        ReleaseCheck home = new ReleaseCheck("Q000002", CaseStatus.REGISTERED, LocalDate.of(2020, 2, 8),
                LocalDate.of(2020, 2, 15), NOW, false, null, null, null, "Dr. Li", POLICY);
        assertThat(home.unmet()).isEmpty();
    }

    @Test
    void aClosedCaseCannotBeReleased() {
        ReleaseCheck closed = new ReleaseCheck("Q000003", CaseStatus.RELEASED, LocalDate.of(2020, 2, 8),
                LocalDate.of(2020, 2, 15), NOW, false, null, null, null, "Dr. Li", POLICY);
        assertThat(closed.unmet()).extracting(Unmet::code).containsExactly(Unmet.Code.NOT_OPEN);
    }

    @Test
    void temperatureParsesAndPrints() {
        assertThat(Temperature.parse("36.5℃")).hasToString("36.5");
        assertThat(Temperature.parse("37")).hasToString("37.0");
        assertThatThrownBy(() -> Temperature.parse("36.55")).isInstanceOf(QuarantineException.class);
        assertThatThrownBy(() -> Temperature.parse("hot")).hasMessageContaining("hot");
    }
}
