package dev.quarantine.cli.page;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.DailyReportJson;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.Trend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily report as a printable page: the charts first — open cases and occupied rooms at the end of each of the
 * last 14 days, releases due on each of the next 7 — then the six sections of the text report, in the run's language.
 */
public final class ReportPage {
    /** Days of the first chart, the report's date the last. */
    public static final int PAST_DAYS = 14;
    /** Days of the second chart, from the day after the report's date. */
    public static final int NEXT_DAYS = 7;

    private final Output output;
    private final I18n i18n;
    private final Docs docs;
    private final List<Map<String, Object>> sections = new ArrayList<>();
    private List<Map<String, Object>> blocks;

    public ReportPage(Output output, I18n i18n, Docs docs) {
        this.output = output;
        this.i18n = i18n;
        this.docs = docs;
    }

    public String html(DailyReport r, Trend trend) {
        Map<String, Object> model = new LinkedHashMap<>();
        String title = i18n.text("report.title", r.date(), docs.time(r.asOf()));
        model.put("lang", i18n.chinese() ? "zh-CN" : "en");
        model.put("title", title);
        model.put("heading", i18n.text("report.htmlHeading"));
        model.put("meta", title);
        model.put("charts", List.of(trendChart(trend), dueChart(trend)));
        section("report.census");
        line(i18n.text("report.openTotal", r.census().openTotal()));
        table(DailyReportJson.censusLines(r), List.of("setting", "category", "count"));
        table(r.census().hotels().stream().map(docs::hotelDoc).toList(),
                List.of("name", "rooms", "occupied", "free", "needsDisinfection"));
        if (!r.census().offices().isEmpty()) {
            table(DailyReportJson.officeLines(r), List.of("office", "atHome", "inHotel", "registered", "admitted",
                    "released"));
        }
        section("report.movements");
        caseList("report.registered", r.movements().registered(), false);
        caseList("report.admitted", r.movements().admitted(), false);
        caseList("report.released", r.movements().released(), false);
        caseList("report.transferred", r.movements().transferred(), false);
        section("report.due");
        caseList("report.dueToday", r.due().today(), true);
        caseList("report.overdue", r.due().overdue(), true);
        caseList("report.dueTomorrow", r.due().tomorrow(), true);
        section("report.health");
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
        section("report.operations");
        DailyReport.Operations o = r.operations();
        sub("report.awaitingDisinfection", o.awaitingDisinfection());
        if (!o.awaitingDisinfection().items().isEmpty()) {
            line(String.join(", ", o.awaitingDisinfection().items().stream().map(x -> x.hotel() + " " + x.number())
                    .toList()));
        }
        line(i18n.text("report.areasNotDisinfected", o.areasNotDisinfected().size()));
        Map<String, List<String>> areas = new LinkedHashMap<>();
        o.areasNotDisinfected().forEach(a -> areas.computeIfAbsent(a.hotel(), k -> new ArrayList<>())
                .add(i18n.enumName(a.area())));
        areas.forEach((h, list) -> line(h + ": " + String.join(i18n.listSeparator(), list)));
        line(i18n.text("report.notInspected", o.hotelsNotInspected().size()));
        o.hotelsNotInspected().forEach(this::line);
        line(i18n.text("report.emptyRoles", o.blocksWithEmptyRole().size()));
        o.blocksWithEmptyRole().forEach(b -> line(i18n.text("report.block", b.hotel(), b.block(),
                String.join(i18n.listSeparator(), b.emptyRoles().stream().map(i18n::roleName).toList()))));
        sub("report.openRequests", o.requestsOpenOverTwoHours());
        table(o.requestsOpenOverTwoHours().items().stream().map(s -> OperationDocs.service(s, docs)).toList(),
                List.of("id", "caseNumber", "name", "room", "type", "openedAt"));
        caseList("report.pendingCommitments", o.pendingCommitments(), false);
        sub("report.violations", o.violations());
        table(o.violations().items().stream().map(v -> OperationDocs.violation(v, docs)).toList(),
                List.of("caseNumber", "name", "at", "note", "penalty"));
        section("report.money");
        DailyReport.MoneyTotals m = r.money();
        line(i18n.text("report.moneyLine", m.bills(), m.total().display(), m.hotelWaiver().display(),
                m.subsidy().display(), m.person().display()));
        line(i18n.text("report.outstandingLine", m.paid().display(), m.outstanding().display()));
        model.put("sections", sections);
        return HtmlPages.render("report", model);
    }

    private Map<String, Object> trendChart(Trend t) {
        List<String> labels = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> occupied = new ArrayList<>();
        for (Trend.Day d : t.past()) {
            labels.add(d.date().getMonthValue() + "/" + d.date().getDayOfMonth());
            dates.add(d.date().toString());
            open.add(d.openCases());
            occupied.add(d.occupiedRooms());
        }
        return Charts.bars("trend", i18n.text("report.chart.trend", t.past().size()), i18n.text("report.chart.count"),
                i18n.text("report.chart.day"), labels, dates,
                List.of(new Charts.Series("open", i18n.text("report.chart.open"), false, open),
                        new Charts.Series("occupied", i18n.text("report.chart.occupied"), true, occupied)), 250);
    }

    private Map<String, Object> dueChart(Trend t) {
        List<String> labels = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<Long> due = new ArrayList<>();
        for (Trend.Due d : t.next()) {
            labels.add(d.date().getMonthValue() + "/" + d.date().getDayOfMonth());
            dates.add(d.date().toString());
            due.add(d.eligible());
        }
        return Charts.bars("due", i18n.text("report.chart.due", t.next().size()), i18n.text("report.chart.count"),
                i18n.text("report.chart.day"), labels, dates,
                List.of(new Charts.Series("due", i18n.text("report.chart.dueSeries"), false, due)), 200);
    }

    private void section(String key) {
        blocks = new ArrayList<>();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", sections.size() + 1);
        s.put("heading", i18n.text(key));
        s.put("blocks", blocks);
        sections.add(s);
    }

    private void line(String text) {
        blocks.add(Map.of("line", text));
    }

    private void sub(String key, Capped<?> list) {
        line(i18n.text(key, list.total()) + (list.cut() ? " " + i18n.text("report.cut", list.items().size()) : ""));
    }

    private void caseList(String key, Capped<CaseView> cases, boolean withRoom) {
        sub(key, cases);
        table(cases.items().stream().map(docs::caseDoc).toList(), withRoom
                ? List.of("caseNumber", "name", "category", "arrivalDate", "eligibleDate", "setting", "hotel", "room")
                : List.of("caseNumber", "name", "category", "origin", "hotel", "room"));
    }

    private void table(List<Map<String, Object>> rows, List<String> columns) {
        if (rows.isEmpty()) {
            return;
        }
        String kind = rows.get(0) instanceof dev.quarantine.cli.render.Doc d ? d.kind() : null;
        List<String> headers = columns.stream().map(c -> i18n.label(kind, c)).toList();
        List<Map<String, Object>> body = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(output.display(c, row.get(c))));
            body.add(Map.of("cells", cells));
        }
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("headers", headers);
        t.put("rows", body);
        blocks.add(Map.of("table", t));
    }
}
