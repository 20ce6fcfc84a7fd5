package dev.quarantine.core.desk;

import dev.quarantine.core.internal.service.ReportService;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.result.Trend;

import java.time.LocalDate;

/**
 * The daily report, its charts and the due lists (SPEC §10): {@code desk.reports()}.
 */
public final class Reports {
    private final ReportService reports;

    Reports(ReportService reports) {
        this.reports = reports;
    }

    /** The daily report of {@code date} (today when null), each list cut at {@code limit} items with its full count. */
    public DailyReport daily(LocalDate date, int limit) {
        return reports.daily(date, limit);
    }

    /**
     * The figures the daily report of {@code date} (today when null) draws as charts: open cases and occupied rooms at
     * the end of each of the {@code pastDays} days up to it, and the cases becoming eligible on each of the
     * {@code nextDays} days after it.
     */
    public Trend trend(LocalDate date, int pastDays, int nextDays) {
        return reports.trend(date, pastDays, nextDays);
    }

    /**
     * Open cases eligible on {@code date} (today when null), overdue before it, and eligible the day after (SPEC §10),
     * each list cut at {@code limit} cases with its full count.
     */
    public DueList due(LocalDate date, int limit) {
        return reports.due(date, limit);
    }

    /** Every case due, overdue or due tomorrow: {@link #due(LocalDate, int)} without a limit. */
    public DueList due(LocalDate date) {
        return due(date, Integer.MAX_VALUE);
    }
}
