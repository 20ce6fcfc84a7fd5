package dev.quarantine.core.desk;

import java.time.LocalDate;
import java.util.List;

/** Open cases by release date relative to {@code date}: eligible that day, overdue, eligible the next day. */
public record DueList(LocalDate date, List<CaseView> today, List<CaseView> overdue, List<CaseView> tomorrow) {
}
