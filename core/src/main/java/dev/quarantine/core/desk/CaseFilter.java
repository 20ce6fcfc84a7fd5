package dev.quarantine.core.desk;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.policy.Category;

/** Which cases {@link QuarantineDesk#list} returns; a null field does not filter. */
public record CaseFilter(CaseStatus status, String hotel, Category category) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null);
}
