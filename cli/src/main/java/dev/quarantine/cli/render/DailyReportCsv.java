package dev.quarantine.cli.render;

import dev.quarantine.io.CsvText;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Violation;

import java.util.List;

/**
 * The daily report (SPEC §10) as CSV for a spreadsheet: one row per item, every section in the same eight columns
 * ({@code section, item, caseNumber, name, hotel, room, value, detail}); a list cut at the limit ends with a
 * {@code …More} row holding the number left out.
 */
public final class DailyReportCsv {
    private DailyReportCsv() {
    }

    public static String render(DailyReport r, Docs docs) {
        StringBuilder out = new StringBuilder();
        out.append(CsvText.line(List.of("section", "item", "caseNumber", "name", "hotel", "room", "value", "detail")));
        for (DailyReport.CensusLine l : r.census().openCases()) {
            row(out, "census", "open", null, null, null, null, l.count(), l.setting() + " " + l.category());
        }
        for (HotelView h : r.census().hotels()) {
            row(out, "census", "hotel", null, null, h.name(), null, h.occupied(), h.occupied() + "/" + h.rooms() + " occupied");
        }
        for (DailyReport.OfficeLine o : r.census().offices()) {
            row(out, "census", "office", null, null, null, null, o.atHome() + o.inHotel(), o.office() + ": "
                    + o.atHome() + " at home, " + o.inHotel() + " in hotel; " + o.registered() + " registered, "
                    + o.admitted() + " admitted, " + o.released() + " released");
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
        out.append(CsvText.line(CsvText.cells(section, item, caseNumber, name, hotel, room, value, detail)));
    }
}
