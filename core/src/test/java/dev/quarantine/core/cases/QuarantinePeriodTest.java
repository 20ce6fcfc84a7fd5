package dev.quarantine.core.cases;

import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarantinePeriodTest {

    @ParameterizedTest(name = "arrival {0} + {1} days: last day {2}, eligible {3}")
    @CsvSource({
            "2020-02-01, 7, 2020-02-07, 2020-02-08",
            "2020-02-01, 14, 2020-02-14, 2020-02-15",
            "2020-02-28, 7, 2020-03-05, 2020-03-06",
            "2020-02-28, 14, 2020-03-12, 2020-03-13",
    })
    void arrivalIsDayOne(LocalDate arrival, int days, LocalDate lastDay, LocalDate eligible) {
        QuarantinePeriod p = QuarantinePeriod.of(arrival, days, LocalDate.of(2020, 3, 31));
        assertThat(p.lastDay()).isEqualTo(lastDay);
        assertThat(p.eligibleDate()).isEqualTo(eligible);
    }

    @Test
    void arrivalAfterTodayIsRefused() {
        assertThatThrownBy(() -> QuarantinePeriod.of(LocalDate.of(2020, 2, 11), 7, LocalDate.of(2020, 2, 10)))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("arrival.future"))
                .hasMessageContaining("2020-02-11");
    }

    @Test
    void arrivalTodayIsAccepted() {
        LocalDate today = LocalDate.of(2020, 2, 10);
        assertThat(QuarantinePeriod.of(today, 14, today).eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 24));
    }
}
