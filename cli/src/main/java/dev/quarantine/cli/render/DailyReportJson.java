package dev.quarantine.cli.render;

import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Capped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily report (SPEC §10) as one JSON document: the six sections as objects, every list with its full count
 * beside the items shown.
 */
public final class DailyReportJson {
    private DailyReportJson() {
    }

    public static Map<String, Object> doc(DailyReport r, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("date", r.date().toString());
        d.put("asOf", docs.time(r.asOf()));
        Map<String, Object> census = new LinkedHashMap<>();
        census.put("openTotal", r.census().openTotal());
        census.put("openCases", censusLines(r));
        census.put("hotels", r.census().hotels().stream().map(docs::hotelDoc).toList());
        if (!r.census().offices().isEmpty()) {
            census.put("offices", officeLines(r));
        }
        d.put("census", census);
        Map<String, Object> movements = new LinkedHashMap<>();
        movements.put("registered", cases(r.movements().registered(), docs));
        movements.put("admitted", cases(r.movements().admitted(), docs));
        movements.put("released", cases(r.movements().released(), docs));
        movements.put("transferred", cases(r.movements().transferred(), docs));
        d.put("movements", movements);
        Map<String, Object> due = new LinkedHashMap<>();
        due.put("today", r.due().today().items().stream().map(docs::caseDoc).toList());
        due.put("overdue", r.due().overdue().items().stream().map(docs::caseDoc).toList());
        due.put("tomorrow", r.due().tomorrow().items().stream().map(docs::caseDoc).toList());
        due.put("todayCount", r.due().today().total());
        due.put("overdueCount", r.due().overdue().total());
        due.put("tomorrowCount", r.due().tomorrow().total());
        d.put("due", due);
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("openFeverAlerts", r.health().openFeverAlerts().items().stream().map(a -> {
            Map<String, Object> m = docs.alertDoc(a.alert());
            m.put("ageMinutes", a.ageMinutes());
            return m;
        }).toList());
        health.put("openFeverAlertCount", r.health().openFeverAlerts().total());
        health.put("missedChecks", r.health().missedChecks().items().stream().map(DailyReportJson::missedCheck).toList());
        health.put("missedCheckCount", r.health().missedChecks().total());
        health.put("readingsCount", r.health().readingsCount());
        d.put("health", health);
        DailyReport.Operations o = r.operations();
        Map<String, Object> ops = new LinkedHashMap<>();
        ops.put("roomsAwaitingDisinfection", o.awaitingDisinfection().items().stream().map(docs::roomDoc).toList());
        ops.put("roomsAwaitingDisinfectionCount", o.awaitingDisinfection().total());
        ops.put("areasNotDisinfected", o.areasNotDisinfected().stream().map(a -> ordered("hotel", a.hotel(),
                "area", a.area().id())).toList());
        ops.put("hotelsNotInspected", o.hotelsNotInspected());
        ops.put("blocksWithEmptyRole", o.blocksWithEmptyRole().stream().map(b -> ordered("hotel", b.hotel(),
                "block", b.block(), "emptyRoles", b.emptyRoles())).toList());
        ops.put("requestsOpenOverTwoHours", o.requestsOpenOverTwoHours().items().stream()
                .map(s -> OperationDocs.service(s, docs)).toList());
        ops.put("requestsOpenOverTwoHoursCount", o.requestsOpenOverTwoHours().total());
        ops.put("pendingCommitments", o.pendingCommitments().items().stream().map(docs::caseDoc).toList());
        ops.put("pendingCommitmentCount", o.pendingCommitments().total());
        ops.put("violations", o.violations().items().stream().map(v -> OperationDocs.violation(v, docs)).toList());
        ops.put("violationCount", o.violations().total());
        d.put("operations", ops);
        DailyReport.MoneyTotals m = r.money();
        Map<String, Object> money = new LinkedHashMap<>();
        money.put("bills", m.bills());
        money.put("total", m.total().toString());
        money.put("hotelWaiver", m.hotelWaiver().toString());
        money.put("subsidy", m.subsidy().toString());
        money.put("person", m.person().toString());
        money.put("paid", m.paid().toString());
        money.put("outstanding", m.outstanding().toString());
        d.put("money", money);
        return d;
    }

    /** The district's view: a line per office. */
    public static List<Map<String, Object>> officeLines(DailyReport r) {
        return r.census().offices().stream().map(o -> {
            Map<String, Object> m = new Doc("officeLine");
            m.put("office", o.office());
            m.put("atHome", o.atHome());
            m.put("inHotel", o.inHotel());
            m.put("registered", o.registered());
            m.put("admitted", o.admitted());
            m.put("released", o.released());
            return m;
        }).toList();
    }

    /** The open cases by setting and category: {@code setting}, {@code category}, {@code count}. */
    public static List<Map<String, Object>> censusLines(DailyReport r) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (DailyReport.CensusLine l : r.census().openCases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setting", l.setting());
            m.put("category", l.category());
            m.put("count", l.count());
            lines.add(m);
        }
        return lines;
    }

    public static Map<String, Object> missedCheck(DailyReport.MissedCheck m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNumber", m.caseNumber());
        d.put("name", m.name());
        d.put("hotel", m.hotel());
        d.put("room", m.room());
        d.put("slot", m.slot().toString());
        return d;
    }

    private static Map<String, Object> cases(Capped<CaseView> c, Docs docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", c.total());
        m.put("cases", c.items().stream().map(docs::caseDoc).toList());
        return m;
    }

    /** Keys in the order given (Map.of has none: the same report would print differently from run to run). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
