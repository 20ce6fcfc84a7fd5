package dev.quarantine.core.result;


import java.time.LocalDate;

/**
 * Open cases by release date relative to {@code date}: eligible that day, overdue, eligible the day after; each list
 * cut at the caller's limit with its full count.
 */
public record DueList(LocalDate date, Capped<CaseView> today, Capped<CaseView> overdue, Capped<CaseView> tomorrow) {
}
