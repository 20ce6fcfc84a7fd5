package dev.quarantine.core.cases;

import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.policy.Policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The release conditions of SPEC §5 as pure logic. {@link #unmet()} lists every condition not met, not just the first,
 * so a refusal tells staff everything to fix at once.
 *
 * @param latestReading     the newest reading of the case, or null
 * @param latestReadingAt   when it was taken, or null
 * @param releaseCheckTemp  a temperature taken for the release check, or null
 */
public record ReleaseCheck(
        String caseNumber,
        CaseStatus status,
        LocalDate eligibleDate,
        LocalDate releaseDate,
        Instant now,
        boolean openFeverAlert,
        Temperature latestReading,
        Instant latestReadingAt,
        Temperature releaseCheckTemp,
        String checkedBy,
        Policy policy) {

    /** Every condition of release not met, in a fixed order; empty when the case may be released. */
    public List<Unmet> unmet() {
        List<Unmet> unmet = new ArrayList<>();
        if (!status.isOpen()) {
            unmet.add(new Unmet(Unmet.Code.NOT_OPEN, caseNumber, status));
        }
        if (releaseDate.isBefore(eligibleDate)) {
            unmet.add(new Unmet(Unmet.Code.TOO_EARLY, eligibleDate));
        }
        if (openFeverAlert) {
            unmet.add(new Unmet(Unmet.Code.OPEN_FEVER_ALERT));
        }
        if (releaseCheckTemp != null) {
            if (policy.isFever(releaseCheckTemp)) {
                unmet.add(new Unmet(Unmet.Code.FEVER_AT_RELEASE_CHECK, releaseCheckTemp));
            }
        } else if (status == CaseStatus.ADMITTED) {
            boolean recentNormal = latestReading != null && latestReadingAt != null
                    && !latestReadingAt.isAfter(now)
                    && Duration.between(latestReadingAt, now).compareTo(Duration.ofHours(24)) <= 0
                    && !policy.isFever(latestReading);
            if (!recentNormal) {
                unmet.add(new Unmet(Unmet.Code.NO_RECENT_NORMAL_READING));
            }
        }
        if (checkedBy == null || checkedBy.isBlank()) {
            unmet.add(new Unmet(Unmet.Code.NO_MEDICAL_CHECKER));
        }
        return unmet;
    }
}
