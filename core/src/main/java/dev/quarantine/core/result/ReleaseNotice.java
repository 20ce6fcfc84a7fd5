package dev.quarantine.core.result;

import java.time.Instant;

/**
 * What the release notice (解除隔离医学观察告知书) of a released case says: the case, when and by whom it was checked,
 * the final bill (null for a case released from home observation), and the office whose name signs the letter.
 */
public record ReleaseNotice(CaseView caseView, Instant releasedAt, String checkedBy, Bill bill, Letterhead from) {
}
