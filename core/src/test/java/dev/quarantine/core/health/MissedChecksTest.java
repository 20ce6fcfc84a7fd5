package dev.quarantine.core.health;

import dev.quarantine.core.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissedChecksTest {
    private static final Policy POLICY = Policy.zhengzhou2020();
    private static final ZoneId ZONE = POLICY.zone();
    private static final LocalDate DAY = LocalDate.of(2020, 2, 10);

    private static Instant at(String localTime) {
        return LocalDateTime.parse("2020-02-10T" + localTime).atZone(ZONE).toInstant();
    }

    private static List<MissedChecks.Missed> missed(Instant admitted, List<Instant> readings, Instant now) {
        return MissedChecks.find(admitted, null, readings, POLICY.slots(), ZONE, DAY, DAY, now);
    }

    @Test
    void admittedAtOnePmHasNotMissedTheMorningSlot() {
        assertThat(missed(at("13:00"), List.of(), at("13:30"))).isEmpty();
    }

    @Test
    void noAfternoonReadingIsMissedOnceEightPmHasPassed() {
        assertThat(missed(at("13:00"), List.of(), at("19:59"))).isEmpty();
        assertThat(missed(at("13:00"), List.of(), at("20:00")))
                .extracting(m -> m.slot().toString()).containsExactly("14:00-20:00");
    }

    @Test
    void aReadingInsideTheSlotCounts() {
        assertThat(missed(at("05:00"), List.of(at("07:30"), at("15:00")), at("23:00"))).isEmpty();
        assertThat(missed(at("05:00"), List.of(at("13:00")), at("23:00"))).hasSize(2);
    }

    @Test
    void aCaseThatLeftDuringASlotHasNotMissedIt() {
        assertThat(MissedChecks.find(at("05:00"), at("15:00"), List.of(at("08:00")), POLICY.slots(), ZONE, DAY, DAY,
                at("23:00"))).isEmpty();
    }
}
