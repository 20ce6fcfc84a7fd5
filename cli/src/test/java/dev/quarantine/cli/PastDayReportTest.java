package dev.quarantine.cli;

import dev.quarantine.cli.demo.DemoData;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.report.DailyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report for a past day is the state at the end of that day: the demo's fortnight is reported at 23:59:59 of each
 * day as it happens, and every one of those reports is asked for again a day after the fortnight, from the finished
 * database. Census, occupancy, due lists, alerts, operations and money must agree.
 */
class PastDayReportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    /** The parts of a report that describe the state at its moment (ages in minutes, taken a second apart, aside). */
    private static Map<String, Object> state(DailyReport r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("census", r.census().openCases());
        s.put("openTotal", r.census().openTotal());
        s.put("hotels", r.census().hotels());
        s.put("registered", numbers(r.movements().registered()));
        s.put("admitted", numbers(r.movements().admitted()));
        s.put("released", numbers(r.movements().released()));
        s.put("transferred", numbers(r.movements().transferred()));
        s.put("dueToday", numbers(r.due().today()));
        s.put("overdue", numbers(r.due().overdue()));
        s.put("tomorrow", numbers(r.due().tomorrow()));
        s.put("alerts", r.health().openFeverAlerts().items().stream().map(a -> a.alert().caseNumber()).toList());
        s.put("readings", r.health().readingsCount());
        s.put("missed", r.health().missedChecks().items());
        s.put("dirtyRooms", r.operations().awaitingDisinfection().items().stream().map(RoomView::number).toList());
        s.put("areas", r.operations().areasNotDisinfected());
        s.put("notInspected", r.operations().hotelsNotInspected());
        s.put("emptyRoles", r.operations().blocksWithEmptyRole());
        s.put("requests", r.operations().requestsOpenOverTwoHours().items().stream().map(q -> q.id()).toList());
        s.put("commitments", numbers(r.operations().pendingCommitments()));
        s.put("violations", r.operations().violations().total());
        s.put("money", r.money());
        return s;
    }

    private static List<String> numbers(Capped<CaseView> cases) {
        return cases.items().stream().map(CaseView::caseNumber).toList();
    }

    @Test
    void everyDayOfTheFortnightReadsLaterAsItStoodThen() {
        Path db = dir.resolve("demo.db");
        Map<LocalDate, Map<String, Object>> asItHappened = new LinkedHashMap<>();
        Map<LocalDate, DueList> dueThen = new LinkedHashMap<>();
        DemoData.build(db, "tester", (day, desk) -> {
            asItHappened.put(day, state(desk.reports().daily(day, 10_000)));
            dueThen.put(day, desk.reports().due(day, 10_000));
        });
        assertThat(asItHappened).hasSize(14);
        Clock after = Clock.fixed(LocalDateTime.parse("2020-02-15T09:00").atZone(ZONE).toInstant(), ZONE);
        try (QuarantineDesk later = QuarantineDesk.open(db, after, "tester")) {
            for (Map.Entry<LocalDate, Map<String, Object>> then : asItHappened.entrySet()) {
                LocalDate day = then.getKey();
                Map<String, Object> now = state(later.reports().daily(day, 10_000));
                assertThat(now).as("report of " + day).isEqualTo(then.getValue());
                DueList due = later.reports().due(day, 10_000);
                assertThat(numbers(due.today())).as("due on " + day).isEqualTo(numbers(dueThen.get(day).today()));
                assertThat(numbers(due.overdue())).as("overdue on " + day).isEqualTo(numbers(dueThen.get(day).overdue()));
            }
        }
        // With the clock set back to the end of a day, today's report is that day's state too, not the fortnight's.
        Clock back = Clock.fixed(LocalDateTime.parse("2020-02-05T23:59:59").atZone(ZONE).toInstant(), ZONE);
        try (QuarantineDesk then = QuarantineDesk.open(db, back, "tester")) {
            assertThat(state(then.reports().daily(null, 10_000))).isEqualTo(asItHappened.get(LocalDate.of(2020, 2, 5)));
            assertThat(numbers(then.reports().due(null, 10_000).today()))
                    .isEqualTo(numbers(dueThen.get(LocalDate.of(2020, 2, 5)).today()));
            // The fortnight changed a lot: a past day does not read as the last one.
            assertThat(asItHappened.get(LocalDate.of(2020, 2, 4))).isNotEqualTo(asItHappened.get(LocalDate.of(2020, 2, 14)));
        }
    }
}
