package dev.quarantine.core.cases;

import java.util.EnumSet;
import java.util.Set;

/** The states of a case and the moves between them (SPEC §5). */
public enum CaseStatus {
    /** Registered, observed at home until admitted or released. */
    REGISTERED,
    /** In a hotel room. */
    ADMITTED,
    /** Released at the end of the period, after the release checks. */
    RELEASED,
    /** Taken to hospital. */
    TRANSFERRED,
    /** The origin needs no quarantine: a roster record only. */
    NOT_REQUIRED,
    /** Entered in error; the record and its history stay. */
    CANCELLED;

    /** Open cases: at most one per person. */
    public boolean isOpen() {
        return this == REGISTERED || this == ADMITTED;
    }

    /** The statuses a case may move to from this one (SPEC §5); none from a closed case. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> EnumSet.of(ADMITTED, RELEASED, TRANSFERRED, CANCELLED);
            case ADMITTED -> EnumSet.of(RELEASED, TRANSFERRED, CANCELLED);
            case NOT_REQUIRED -> EnumSet.of(CANCELLED);
            case RELEASED, TRANSFERRED, CANCELLED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** True when a case in this status may move to {@code target}. */
    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /**
     * @throws dev.quarantine.core.QuarantineException {@code REFUSED} {@code case.transition}
     */
    public void checkMove(String caseNumber, CaseStatus target) {
        if (!canMoveTo(target)) {
            throw dev.quarantine.core.QuarantineException.refused("case.transition", caseNumber, this, target);
        }
    }
}
