package dev.quarantine.cli.render;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.io.XlsxWriter;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Violation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The daily report (SPEC §10) as a workbook to send upward: a sheet per section (census, movements, due, health,
 * operations, money) in the run's language, each a table with the same columns — item, case, name, category, hotel,
 * room, date, value, detail — so that it sorts and filters in Excel; numbers are numbers, money has two decimals,
 * dates are dates. A list cut at the limit ends with a row saying how many were left out.
 */
public final class DailyReportXlsx {
    private final I18n i18n;
    private final Docs docs;
    private XlsxWriter.Sheet sheet;

    public DailyReportXlsx(I18n i18n, Docs docs) {
        this.i18n = i18n;
        this.docs = docs;
    }

    /** Writes the report's sheets into {@code xlsx} (the caller finishes it). */
    public void write(DailyReport r, XlsxWriter xlsx) {
        String title = i18n.text("report.title", r.date(), docs.time(r.asOf()));
        start(xlsx, "report.census", title);
        for (DailyReport.CensusLine l : r.census().openCases()) {
            row("report.item.open", null, null, l.category(), null, null, null, l.count(), i18n.enumName(l.setting()));
        }
        row("report.item.openTotal", null, null, null, null, null, null, r.census().openTotal(), null);
        for (HotelView h : r.census().hotels()) {
            row("report.item.hotel", null, null, null, h.name(), null, null, h.occupied(),
                    i18n.text("report.item.occupancy", h.occupied(), h.rooms(), h.free(), h.needsDisinfection()));
        }
        for (DailyReport.OfficeLine o : r.census().offices()) {
            row("report.item.office", null, null, null, null, null, null, o.atHome() + o.inHotel(),
                    i18n.text("report.item.officeLine", o.office(), o.atHome(), o.inHotel(), o.registered(),
                            o.admitted(), o.released()));
        }
        start(xlsx, "report.movements", title);
        cases("report.item.registered", r.movements().registered());
        cases("report.item.admitted", r.movements().admitted());
        cases("report.item.released", r.movements().released());
        cases("report.item.transferred", r.movements().transferred());
        start(xlsx, "report.due", title);
        cases("report.item.dueToday", r.due().today());
        cases("report.item.overdue", r.due().overdue());
        cases("report.item.dueTomorrow", r.due().tomorrow());
        start(xlsx, "report.health", title);
        for (DailyReport.AlertAge a : r.health().openFeverAlerts().items()) {
            row("report.item.feverAlert", a.alert().caseNumber(), a.alert().name(), null, a.alert().hotel(),
                    a.alert().room(), time(a.alert().openedAt()),
                    a.alert().reading() == null ? null : new XlsxWriter.Decimal(new BigDecimal(a.alert().reading().toString()), 1),
                    (a.alert().reportedTo() == null ? i18n.text("report.unreported") : a.alert().reportedTo()) + "; "
                            + i18n.text("report.age", a.ageMinutes() / 60, a.ageMinutes() % 60));
        }
        more("report.item.feverAlert", r.health().openFeverAlerts());
        row("report.item.readings", null, null, null, null, null, null, r.health().readingsCount(), null);
        for (DailyReport.MissedCheck m : r.health().missedChecks().items()) {
            row("report.item.missedCheck", m.caseNumber(), m.name(), null, m.hotel(), m.room(), null, null,
                    m.slot().toString());
        }
        more("report.item.missedCheck", r.health().missedChecks());
        start(xlsx, "report.operations", title);
        DailyReport.Operations o = r.operations();
        for (RoomView room : o.awaitingDisinfection().items()) {
            row("report.item.awaitingDisinfection", null, null, null, room.hotel(), room.number(), null, null, null);
        }
        more("report.item.awaitingDisinfection", o.awaitingDisinfection());
        for (DailyReport.AreaGap a : o.areasNotDisinfected()) {
            row("report.item.areaNotDisinfected", null, null, null, a.hotel(), null, null, null, i18n.enumName(a.area()));
        }
        for (String h : o.hotelsNotInspected()) {
            row("report.item.notInspected", null, null, null, h, null, null, null, null);
        }
        for (DailyReport.BlockGap b : o.blocksWithEmptyRole()) {
            row("report.item.emptyRole", null, null, null, b.hotel(), null, null, b.block(),
                    String.join(i18n.listSeparator(), b.emptyRoles().stream().map(i18n::roleName).toList()));
        }
        for (ServiceRequest s : o.requestsOpenOverTwoHours().items()) {
            row("report.item.openRequest", s.caseNumber(), s.name(), null, s.hotel(), s.room(), time(s.openedAt()),
                    s.id(), i18n.enumName(s.type()));
        }
        more("report.item.openRequest", o.requestsOpenOverTwoHours());
        for (CaseView c : o.pendingCommitments().items()) {
            row("report.item.pendingCommitment", c.caseNumber(), c.name(), c.category(), c.hotel(), c.room(), null,
                    null, null);
        }
        more("report.item.pendingCommitment", o.pendingCommitments());
        for (Violation v : o.violations().items()) {
            row("report.item.violation", v.caseNumber(), v.name(), null, null, null, time(v.at()), null,
                    v.note() + (v.penalty() == null ? "" : " — " + v.penalty()));
        }
        more("report.item.violation", o.violations());
        start(xlsx, "report.money", title);
        DailyReport.MoneyTotals m = r.money();
        row("report.item.bills", null, null, null, null, null, null, m.bills(), null);
        row("report.item.total", null, null, null, null, null, null, money(m.total()), null);
        row("report.item.hotelWaiver", null, null, null, null, null, null, money(m.hotelWaiver()), null);
        row("report.item.subsidy", null, null, null, null, null, null, money(m.subsidy()), null);
        row("report.item.person", null, null, null, null, null, null, money(m.person()), null);
        row("report.item.paid", null, null, null, null, null, null, money(m.paid()), null);
        row("report.item.outstanding", null, null, null, null, null, null, money(m.outstanding()), null);
    }

    private void start(XlsxWriter xlsx, String sectionKey, String title) {
        List<String> header = List.of(i18n.text("report.col.item"), i18n.label("caseNumber"), i18n.label("name"),
                i18n.label("category"), i18n.label("hotel"), i18n.label("room"), i18n.text("report.col.date"),
                i18n.text("report.col.value"), i18n.text("report.col.detail"));
        sheet = xlsx.sheet(sheetName(sectionKey), header).title(title + " — " + i18n.text(sectionKey));
    }

    private void cases(String itemKey, Capped<CaseView> cases) {
        for (CaseView c : cases.items()) {
            row(itemKey, c.caseNumber(), c.name(), c.category(), c.hotel(), c.room(), c.eligibleDate(), null,
                    c.origin());
        }
        more(itemKey, cases);
    }

    private void more(String itemKey, Capped<?> list) {
        if (list.cut()) {
            row(itemKey, null, null, null, null, null, null, list.total() - list.items().size(),
                    i18n.text("report.item.more", list.items().size(), list.total()));
        }
    }

    private void row(String itemKey, String caseNumber, String name, Enum<?> category, String hotel, String room,
                     Object date, Object value, String detail) {
        sheet.row(Arrays.asList(i18n.text(itemKey), caseNumber, name, category == null ? null : i18n.enumName(category),
                hotel, room, date, value, detail));
    }

    private LocalDateTime time(java.time.Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, docs.zone());
    }

    private static XlsxWriter.Decimal money(Money m) {
        return new XlsxWriter.Decimal(new BigDecimal(m.toString()), 2);
    }

    /** The sheets' names in the run's language, in order (for tests and the README). */
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (String k : List.of("report.census", "report.movements", "report.due", "report.health",
                "report.operations", "report.money")) {
            names.add(sheetName(k));
        }
        return names;
    }

    /** Excel allows 31 characters in a sheet's name: a section whose heading is longer has a short name of its own. */
    private String sheetName(String sectionKey) {
        return i18n.textOr(sectionKey + ".sheet", sectionKey);
    }
}
