package dev.quarantine.cli.command;

import dev.quarantine.cli.CliExitCode;
import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.CsvText;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Violation;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.report.DailyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code report daily [--date D] [--full]}: the six sections of SPEC §10 as text, CSV or JSON. */
@Command(name = "report", description = "Reports for the office leaders.", subcommands = ReportCommand.Daily.class)
public final class ReportCommand extends GroupCommand {

    @Command(name = "daily", description = "The daily report: census, movements, due, health, operations, money.")
    public static final class Daily extends DeskCommand {
        static final int DEFAULT_LIMIT = 50;

        @Option(names = "--date", paramLabel = "DATE", description = "The day (default today).")
        String date;

        @Option(names = "--full", description = "Show every item of long lists (default: the first 50 of each).")
        boolean full;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            DailyReport r = desk.dailyReport(date("--date", date), full ? Integer.MAX_VALUE : DEFAULT_LIMIT);
            Docs docs = docs();
            switch (output().format()) {
                case JSON -> output().json(json(r, docs));
                case CSV -> output().text(csv(r, docs));
                case TABLE -> output().text(new TextReport(output(), i18n(), docs).render(r));
            }
            return CliExitCode.OK;
        }
    }

    // ------------------------------------------------------------------ JSON

    static Map<String, Object> json(DailyReport r, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("date", r.date().toString());
        d.put("asOf", docs.time(r.asOf()));
        Map<String, Object> census = new LinkedHashMap<>();
        census.put("openTotal", r.census().openTotal());
        List<Object> lines = new ArrayList<>();
        for (DailyReport.CensusLine l : r.census().openCases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setting", l.setting());
            m.put("category", l.category());
            m.put("count", l.count());
            lines.add(m);
        }
        census.put("openCases", lines);
        census.put("hotels", r.census().hotels().stream().map(docs::hotelDoc).toList());
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
        health.put("missedChecks", r.health().missedChecks().items().stream().map(ReportCommand::missedDoc).toList());
        health.put("missedCheckCount", r.health().missedChecks().total());
        health.put("readingsCount", r.health().readingsCount());
        d.put("health", health);
        DailyReport.Operations o = r.operations();
        Map<String, Object> ops = new LinkedHashMap<>();
        ops.put("roomsAwaitingDisinfection", o.awaitingDisinfection().items().stream().map(docs::roomDoc).toList());
        ops.put("roomsAwaitingDisinfectionCount", o.awaitingDisinfection().total());
        ops.put("areasNotDisinfected", o.areasNotDisinfected().stream().map(a -> Map.of("hotel", a.hotel(),
                "area", a.area().id())).toList());
        ops.put("hotelsNotInspected", o.hotelsNotInspected());
        ops.put("blocksWithEmptyRole", o.blocksWithEmptyRole().stream().map(b -> Map.of("hotel", b.hotel(),
                "block", b.block(), "emptyRoles", b.emptyRoles())).toList());
        ops.put("requestsOpenOverTwoHours", o.requestsOpenOverTwoHours().items().stream()
                .map(s -> ServiceCommand.doc(s, docs)).toList());
        ops.put("requestsOpenOverTwoHoursCount", o.requestsOpenOverTwoHours().total());
        ops.put("pendingCommitments", o.pendingCommitments().items().stream().map(docs::caseDoc).toList());
        ops.put("pendingCommitmentCount", o.pendingCommitments().total());
        ops.put("violations", o.violations().items().stream().map(v -> violationDoc(v, docs)).toList());
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

    private static Map<String, Object> cases(Capped<CaseView> c, Docs docs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", c.total());
        m.put("cases", c.items().stream().map(docs::caseDoc).toList());
        return m;
    }

    static Map<String, Object> missedDoc(DailyReport.MissedCheck m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNumber", m.caseNumber());
        d.put("name", m.name());
        d.put("hotel", m.hotel());
        d.put("room", m.room());
        d.put("slot", m.slot().toString());
        return d;
    }

    static Map<String, Object> violationDoc(Violation v, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("caseNumber", v.caseNumber());
        d.put("name", v.name());
        d.put("at", docs.time(v.at()));
        d.put("note", v.note());
        d.put("penalty", v.penalty());
        return d;
    }

    // ------------------------------------------------------------------ CSV: one row per item

    static String csv(DailyReport r, Docs docs) {
        StringBuilder out = new StringBuilder();
        out.append(CsvText.line(List.of("section", "item", "caseNumber", "name", "hotel", "room", "value", "detail")));
        for (DailyReport.CensusLine l : r.census().openCases()) {
            row(out, "census", "open", null, null, null, null, l.count(), l.setting() + " " + l.category());
        }
        for (HotelView h : r.census().hotels()) {
            row(out, "census", "hotel", null, null, h.name(), null, h.occupied(), h.occupied() + "/" + h.rooms() + " occupied");
        }
        caseRows(out, "movements", "registered", r.movements().registered());
        caseRows(out, "movements", "admitted", r.movements().admitted());
        caseRows(out, "movements", "released", r.movements().released());
        caseRows(out, "movements", "transferred", r.movements().transferred());
        caseRows(out, "due", "today", r.due().today());
        caseRows(out, "due", "overdue", r.due().overdue());
        caseRows(out, "due", "tomorrow", r.due().tomorrow());
        for (DailyReport.AlertAge a : r.health().openFeverAlerts().items()) {
            row(out, "health", "feverAlert", a.alert().caseNumber(), a.alert().name(), a.alert().hotel(), a.alert().room(),
                    a.alert().reading(), (a.alert().reportedTo() == null ? "unreported" : "reported to "
                            + a.alert().reportedTo()) + ", open " + a.ageMinutes() + " min");
        }
        row(out, "health", "readings", null, null, null, null, r.health().readingsCount(), null);
        for (DailyReport.MissedCheck m : r.health().missedChecks().items()) {
            row(out, "health", "missedCheck", m.caseNumber(), m.name(), m.hotel(), m.room(), m.slot(), null);
        }
        DailyReport.Operations o = r.operations();
        for (RoomView room : o.awaitingDisinfection().items()) {
            row(out, "operations", "roomAwaitingDisinfection", null, null, room.hotel(), room.number(), null, null);
        }
        for (DailyReport.AreaGap a : o.areasNotDisinfected()) {
            row(out, "operations", "areaNotDisinfected", null, null, a.hotel(), null, a.area().id(), null);
        }
        for (String h : o.hotelsNotInspected()) {
            row(out, "operations", "hotelNotInspected", null, null, h, null, null, null);
        }
        for (DailyReport.BlockGap b : o.blocksWithEmptyRole()) {
            row(out, "operations", "blockWithEmptyRole", null, null, b.hotel(), null, b.block(), String.join(" ", b.emptyRoles()));
        }
        for (ServiceRequest s : o.requestsOpenOverTwoHours().items()) {
            row(out, "operations", "requestOpenOverTwoHours", s.caseNumber(), s.name(), s.hotel(), s.room(), s.type().id(),
                    "#" + s.id() + " opened " + docs.time(s.openedAt()));
        }
        for (CaseView c : o.pendingCommitments().items()) {
            row(out, "operations", "pendingCommitment", c.caseNumber(), c.name(), c.hotel(), c.room(), null, null);
        }
        for (Violation v : o.violations().items()) {
            row(out, "operations", "violation", v.caseNumber(), v.name(), null, null, v.penalty(), v.note());
        }
        DailyReport.MoneyTotals m = r.money();
        row(out, "money", "total", null, null, null, null, m.total(), m.bills() + " bills");
        row(out, "money", "hotelWaiver", null, null, null, null, m.hotelWaiver(), null);
        row(out, "money", "subsidy", null, null, null, null, m.subsidy(), null);
        row(out, "money", "person", null, null, null, null, m.person(), null);
        row(out, "money", "paid", null, null, null, null, m.paid(), null);
        row(out, "money", "outstanding", null, null, null, null, m.outstanding(), null);
        return out.toString();
    }

    private static void caseRows(StringBuilder out, String section, String item, Capped<CaseView> cases) {
        for (CaseView c : cases.items()) {
            row(out, section, item, c.caseNumber(), c.name(), c.hotel(), c.room(), c.category(),
                    "eligible " + c.eligibleDate());
        }
        if (cases.cut()) {
            row(out, section, item + "More", null, null, null, null, cases.total() - cases.items().size(), "use --full");
        }
    }

    private static void row(StringBuilder out, String section, String item, String caseNumber, String name, String hotel,
                            String room, Object value, String detail) {
        List<String> cells = new ArrayList<>();
        for (Object o : new Object[] {section, item, caseNumber, name, hotel, room, value, detail}) {
            cells.add(o == null ? "" : o instanceof Enum<?> e ? e.name() : o.toString());
        }
        out.append(CsvText.line(cells));
    }

    // ------------------------------------------------------------------ text

    /** The report for people: six numbered sections, tables that line up. */
    static final class TextReport {
        private static final String NL = System.lineSeparator();
        private final Output output;
        private final I18n i18n;
        private final Docs docs;
        private final StringBuilder out = new StringBuilder();

        TextReport(Output output, I18n i18n, Docs docs) {
            this.output = output;
            this.i18n = i18n;
            this.docs = docs;
        }

        String render(DailyReport r) {
            out.append(i18n.text("report.title", r.date(), docs.time(r.asOf()))).append(NL).append(NL);
            heading("report.census");
            line(i18n.text("report.openTotal", r.census().openTotal()));
            List<Map<String, Object>> census = new ArrayList<>();
            for (DailyReport.CensusLine l : r.census().openCases()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("setting", l.setting());
                m.put("category", l.category());
                m.put("count", l.count());
                census.add(m);
            }
            table(census, List.of("setting", "category", "count"));
            table(r.census().hotels().stream().map(docs::hotelDoc).toList(),
                    List.of("name", "rooms", "occupied", "free", "needsDisinfection"));
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
            table(r.health().missedChecks().items().stream().map(ReportCommand::missedDoc).toList(),
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
            table(o.requestsOpenOverTwoHours().items().stream().map(s -> ServiceCommand.doc(s, docs)).toList(),
                    List.of("id", "caseNumber", "name", "room", "type", "openedAt"));
            caseList("report.pendingCommitments", o.pendingCommitments(), false);
            sub("report.violations", o.violations());
            table(o.violations().items().stream().map(v -> violationDoc(v, docs)).toList(),
                    List.of("caseNumber", "name", "at", "note", "penalty"));
            heading("report.money");
            DailyReport.MoneyTotals m = r.money();
            line(i18n.text("report.moneyLine", m.bills(), m.total().display(), m.hotelWaiver().display(),
                    m.subsidy().display(), m.person().display()));
            line(i18n.text("report.outstandingLine", m.paid().display(), m.outstanding().display()));
            return out.toString();
        }

        private int section;

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

}
