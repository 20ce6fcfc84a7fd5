package dev.quarantine.core.internal.service;

import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.policy.Category;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of cases that the daily report and the due list show: open cases by category, open cases by the day they
 * become eligible, cases registered between two moments. Where the schema keeps tallies of the cases (SQLite from
 * schema version 8, kept by triggers in the transaction of each change: see its {@code V8.sql}) they are read from
 * them, a few rows; on a million cases each of these counts read up to a million index entries. Where it does not
 * (PostgreSQL), or a tally cannot answer (a day whose ends are not whole hours), the caller counts from the indexes.
 */
final class CaseCounts {
    private static final String OPEN = "('REGISTERED', 'ADMITTED')";

    private final DeskContext context;

    CaseCounts(DeskContext context) {
        this.context = context;
    }

    private boolean tallied() {
        return context.db().dialect().talliesCases();
    }

    /**
     * The cases open now with one of {@code statuses}, by category (in the order of the categories' names; none with no
     * case). Without tallies, one count per status and category: each counts one range of the index on status and
     * category, three times as fast as grouping a large register's entries by both.
     */
    Map<String, Long> byCategory(Sql sql, List<String> statuses) {
        String scope = context.scope("c");
        Map<String, Long> open = new TreeMap<>();
        if (tallied()) {
            sql.forEach("SELECT c.category, SUM(c.n) FROM case_tally c WHERE c.status IN (" + String.join(", ",
                            statuses.stream().map(status -> "?").toList()) + ")" + scope + " GROUP BY c.category",
                    rs -> {
                        if (rs.getLong(2) > 0) {
                            open.put(rs.getString(1), rs.getLong(2));
                        }
                    }, statuses.toArray());
            return open;
        }
        for (Category category : Category.values()) {
            long n = 0;
            for (String status : statuses) {
                n += sql.count("SELECT COUNT(*) FROM qcase c WHERE c.status = ? AND c.category = ?" + scope, status,
                        category.name());
            }
            if (n > 0) {
                open.put(category.name(), n);
            }
        }
        return open;
    }

    /**
     * The cases open now whose eligible date is {@code op} ({@code "="} or {@code "<"}) {@code date}, less those of them
     * registered after {@code registeredBy} when it is not null (the part of the cases open at that past moment that is
     * still open: {@link AsOf#openIds}). Null without tallies: the caller counts.
     */
    Long openEligible(Sql sql, String op, LocalDate date, Instant registeredBy) {
        if (!tallied()) {
            return null;
        }
        if (!op.equals("=") && !op.equals("<")) {
            throw new IllegalArgumentException(op);
        }
        String scope = context.scope("c");
        long n = sql.count("SELECT COALESCE(SUM(c.n), 0) FROM case_tally c WHERE c.status IN " + OPEN
                + " AND c.eligible_date " + op + " ?" + scope, date);
        if (registeredBy != null) {
            // Those registered since: few, found by the index on registration time (the + keeps the planner off the
            // index on eligible dates, which would read every open case due by then).
            n -= sql.count("SELECT COUNT(*) FROM qcase c WHERE c.registered_at > ? AND c.status IN " + OPEN
                    + " AND +c.eligible_date " + op + " ?" + scope, registeredBy, date);
        }
        return n;
    }

    /**
     * The cases registered from {@code start} (inclusive) to {@code end} (exclusive), or null when the caller must
     * count them: without tallies, or when either end is not a whole hour (the tally counts by UTC hour; a day in a
     * zone whose offset is not whole hours, such as UTC+05:30, is counted from the index).
     */
    Long registered(Sql sql, Instant start, Instant end) {
        String from = hour(start);
        String to = hour(end);
        if (!tallied() || from == null || to == null) {
            return null;
        }
        return sql.count("SELECT COALESCE(SUM(c.n), 0) FROM registration_tally c WHERE c.hour >= ? AND c.hour < ?"
                + context.scope("c"), from, to);
    }

    /** The hour as the tally stores it ({@code 2020-02-25T10}), or null when {@code at} is not a whole hour. */
    private static String hour(Instant at) {
        String text = at.toString();
        // Instants are stored as 2020-02-25T10:00:00Z; a year beyond 9999 would be written otherwise.
        return at.getEpochSecond() % 3600 == 0 && at.getNano() == 0 && text.length() == 20 ? text.substring(0, 13)
                : null;
    }
}
