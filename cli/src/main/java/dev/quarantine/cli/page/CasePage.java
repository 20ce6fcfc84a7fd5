package dev.quarantine.cli.page;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.ReadingResult;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case as a printable page ({@code show CASE --html}): its facts, its temperatures drawn against the fever line
 * over the days of its period (or of its readings), and the readings as a table.
 */
public final class CasePage {
    private final Output output;
    private final I18n i18n;
    private final Docs docs;

    public CasePage(Output output, I18n i18n, Docs docs) {
        this.output = output;
        this.i18n = i18n;
        this.docs = docs;
    }

    public String html(CaseView c, List<ReadingResult> readings, BigDecimal threshold, ZonedDateTime now) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", i18n.chinese() ? "zh-CN" : "en");
        model.put("title", c.caseNumber() + " " + c.name());
        model.put("heading", i18n.text("show.htmlHeading", c.caseNumber()));
        model.put("meta", i18n.text("show.htmlMeta", docs.time(now.toInstant())));
        Map<String, Object> doc = docs.caseDoc(c);
        List<Map<String, Object>> facts = new ArrayList<>();
        String kind = doc instanceof dev.quarantine.cli.render.Doc d ? d.kind() : null;
        doc.forEach((k, v) -> {
            String shown = output.display(k, v);
            if (v != null && !shown.isEmpty()) {
                facts.add(Map.of("label", i18n.label(kind, k), "value", shown));
            }
        });
        List<Map<String, Object>> rows2 = new ArrayList<>();
        for (int i = 0; i < facts.size(); i += 2) {
            rows2.add(Map.of("pair", facts.subList(i, Math.min(facts.size(), i + 2))));
        }
        model.put("factRows", rows2);
        model.put("curve", curve(c, readings, threshold, now));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ReadingResult r : readings) {
            Map<String, Object> d = docs.readingDoc(r);
            List<String> cells = new ArrayList<>();
            for (String k : List.of("takenAt", "temperature", "fever", "recordedBy")) {
                cells.add(output.display(k, d.get(k)));
            }
            rows.add(Map.of("cells", cells));
        }
        model.put("hasReadings", !rows.isEmpty());
        model.put("readingsTitle", i18n.text("show.readingsCount", readings.size()));
        model.put("readingHeaders", List.of(i18n.label("reading", "takenAt"), i18n.label("reading", "temperature"),
                i18n.label("reading", "fever"), i18n.label("reading", "recordedBy")));
        model.put("readings", rows);
        return HtmlPages.render("case", model);
    }

    /** The curve over the case's period from its arrival (or from its first reading), at most 28 days. */
    private Map<String, Object> curve(CaseView c, List<ReadingResult> readings, BigDecimal threshold,
                                      ZonedDateTime now) {
        LocalDate start = c.arrivalDate();
        if (!readings.isEmpty()) {
            LocalDate first = readings.get(0).takenAt().atZone(docs.zone()).toLocalDate();
            if (first.isBefore(start)) {
                start = first;
            }
        }
        LocalDate end = c.periodDays() > 0 ? c.eligibleDate() : start.plusDays(7);
        for (ReadingResult r : readings) {
            LocalDate d = r.takenAt().atZone(docs.zone()).toLocalDate();
            if (!d.isBefore(end)) {
                end = d.plusDays(1);
            }
        }
        if (end.isAfter(start.plusDays(28))) {
            start = end.minusDays(28);
        }
        List<String> days = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
            days.add(d.getMonthValue() + "/" + d.getDayOfMonth());
        }
        ZonedDateTime origin = start.atStartOfDay(docs.zone());
        List<Charts.Point> points = new ArrayList<>();
        for (ReadingResult r : readings) {
            double hours = Duration.between(origin.toInstant(), r.takenAt()).toMinutes() / 60.0;
            if (hours < 0) {
                continue;
            }
            points.add(new Charts.Point(hours, new BigDecimal(r.temperature().toString()), r.fever(),
                    docs.time(r.takenAt())));
        }
        return Charts.curve("curve", i18n.text("show.curveTitle", threshold.toPlainString()),
                i18n.text("show.curveAxis"), i18n.text("report.chart.day"), days, points, threshold,
                i18n.text("show.thresholdLabel", threshold.toPlainString()));
    }
}
