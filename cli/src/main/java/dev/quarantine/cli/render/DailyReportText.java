package dev.quarantine.cli.render;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily report (SPEC §10) for people: six numbered sections in the run's language, tables that line up, long
 * lists cut with a note of how many were left out. One instance renders one report.
 */
public final class DailyReportText {
    private static final String NL = System.lineSeparator();
    private final Output output;
    private final I18n i18n;
    private final Docs docs;
    private final StringBuilder out = new StringBuilder();
    private int section;

    public DailyReportText(Output output, I18n i18n, Docs docs) {
        this.output = output;
        this.i18n = i18n;
        this.docs = docs;
    }

    public String render(DailyReport r) {
        out.append(i18n.text("report.title", r.date(), docs.time(r.asOf()))).append(NL).append(NL);
        heading("report.census");
        line(i18n.text("report.openTotal", r.census().openTotal()));
        table(DailyReportJson.censusLines(r), List.of("setting", "category", "count"));
        table(r.census().hotels().stream().map(docs::hotelDoc).toList(),
                List.of("name", "rooms", "occupied", "free", "needsDisinfection"));
        if (!r.census().offices().isEmpty()) {
            table(DailyReportJson.officeLines(r), List.of("office", "atHome", "inHotel", "registered", "admitted",
                    "released"));
        }
        heading("report.movements");
        caseList("report.registered", r.movements().registered(), false);
        caseList("report.admitted", r.movements().admitted(), false);
        caseList("report.released", r.movements().released(), false);
        caseList("report.transferred", r.movements().transferred(), false);
        heading("report.due");
        caseList("report.dueToday", r.due().today(), true);
        caseList("report.overdue", r.due().overdue(), true);
        caseList("report.dueTomorrow", r.due().tomorrow(), true);
        heading("report.health");
        sub("report.feverAlerts", r.health().openFeverAlerts());
        table(r.health().openFeverAlerts().items().stream().map(a -> {
            Map<String, Object> m = docs.alertDoc(a.alert());
            m.put("age", i18n.text("report.age", a.ageMinutes() / 60, a.ageMinutes() % 60));
            m.put("reportedTo", a.alert().reportedTo() == null ? i18n.text("report.unreported") : a.alert().reportedTo());
            return m;
        }).toList(), List.of("caseNumber", "name", "room", "temperature", "openedAt", "age", "reportedTo"));
        line(i18n.text("report.readings", r.health().readingsCount()));
        sub("report.missedChecks", r.health().missedChecks());
        table(r.health().missedChecks().items().stream().map(DailyReportJson::missedCheck).toList(),
                List.of("caseNumber", "name", "hotel", "room", "slot"));
        heading("report.operations");
        DailyReport.Operations o = r.operations();
        sub("report.awaitingDisinfection", o.awaitingDisinfection());
        if (!o.awaitingDisinfection().items().isEmpty()) {
            line("  " + String.join(", ", o.awaitingDisinfection().items().stream()
                    .map(x -> x.hotel() + " " + x.number()).toList()));
        }
        line(i18n.text("report.areasNotDisinfected", o.areasNotDisinfected().size()));
        Map<String, List<String>> areas = new LinkedHashMap<>();
        o.areasNotDisinfected().forEach(a -> areas.computeIfAbsent(a.hotel(), k -> new ArrayList<>())
                .add(i18n.enumName(a.area())));
        areas.forEach((h, list) -> line("  " + h + ": " + String.join(", ", list)));
        line(i18n.text("report.notInspected", o.hotelsNotInspected().size()));
        o.hotelsNotInspected().forEach(h -> line("  " + h));
        line(i18n.text("report.emptyRoles", o.blocksWithEmptyRole().size()));
        o.blocksWithEmptyRole().forEach(b -> line("  " + i18n.text("report.block", b.hotel(), b.block(),
                String.join(i18n.listSeparator(), b.emptyRoles().stream().map(i18n::roleName).toList()))));
        sub("report.openRequests", o.requestsOpenOverTwoHours());
        table(o.requestsOpenOverTwoHours().items().stream().map(s -> OperationDocs.service(s, docs)).toList(),
                List.of("id", "caseNumber", "name", "room", "type", "openedAt"));
        caseList("report.pendingCommitments", o.pendingCommitments(), false);
        sub("report.violations", o.violations());
        table(o.violations().items().stream().map(v -> OperationDocs.violation(v, docs)).toList(),
                List.of("caseNumber", "name", "at", "note", "penalty"));
        heading("report.money");
        DailyReport.MoneyTotals m = r.money();
        line(i18n.text("report.moneyLine", m.bills(), m.total().display(), m.hotelWaiver().display(),
                m.subsidy().display(), m.person().display()));
        line(i18n.text("report.outstandingLine", m.paid().display(), m.outstanding().display()));
        return out.toString();
    }

    private void heading(String key) {
        if (section > 0) {
            out.append(NL);
        }
        section++;
        out.append(section).append(". ").append(i18n.text(key)).append(NL);
    }

    private void line(String text) {
        out.append("   ").append(text).append(NL);
    }

    private void sub(String key, Capped<?> list) {
        line(i18n.text(key, list.total()) + (list.cut() ? " " + i18n.text("report.cut", list.items().size()) : ""));
    }

    private void caseList(String key, Capped<CaseView> cases, boolean withRoom) {
        sub(key, cases);
        Function<CaseView, Map<String, Object>> f = docs::caseDoc;
        table(cases.items().stream().map(f).toList(), withRoom
                ? List.of("caseNumber", "name", "category", "arrivalDate", "eligibleDate", "setting", "hotel", "room")
                : List.of("caseNumber", "name", "category", "origin", "hotel", "room"));
    }

    private void table(List<Map<String, Object>> rows, List<String> columns) {
        if (rows.isEmpty()) {
            return;
        }
        for (String l : output.table(rows, columns).split("\\R")) {
            out.append("     ").append(l).append(NL);
        }
    }
}
