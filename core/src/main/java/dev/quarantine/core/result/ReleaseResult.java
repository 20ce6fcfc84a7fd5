package dev.quarantine.core.result;

import java.time.Instant;

/** The outcome of a release: the released case, when and by whom it was checked, and the final bill (null at home). */
public record ReleaseResult(CaseView caseView, Instant releasedAt, String checkedBy, Bill bill) {
}
