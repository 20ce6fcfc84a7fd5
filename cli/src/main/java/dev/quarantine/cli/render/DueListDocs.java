package dev.quarantine.cli.render;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.DueList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases due for release as documents: for JSON one object with the three lists and their full counts; for tables
 * and CSV one row per case, overdue first, each saying when it is due.
 */
public final class DueListDocs {
    /** The columns of the table. */
    public static final List<String> COLUMNS = List.of("due", "caseNumber", "name", "category", "arrivalDate",
            "eligibleDate", "status", "hotel", "room");

    private DueListDocs() {
    }

    public static Map<String, Object> json(DueList due, Docs docs) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", due.date().toString());
        doc.put("today", caseDocs(due.today().items(), docs));
        doc.put("overdue", caseDocs(due.overdue().items(), docs));
        doc.put("tomorrow", caseDocs(due.tomorrow().items(), docs));
        doc.put("todayCount", due.today().total());
        doc.put("overdueCount", due.overdue().total());
        doc.put("tomorrowCount", due.tomorrow().total());
        return doc;
    }

    /** One row per case: overdue, then today, then tomorrow; {@code due} says which, in the run's language. */
    public static List<Map<String, Object>> rows(DueList due, Docs docs, I18n i18n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        add(rows, "overdue", due.overdue().items(), docs, i18n);
        add(rows, "today", due.today().items(), docs, i18n);
        add(rows, "tomorrow", due.tomorrow().items(), docs, i18n);
        return rows;
    }

    private static List<Map<String, Object>> caseDocs(List<CaseView> cases, Docs docs) {
        return cases.stream().map(docs::caseDoc).toList();
    }

    private static void add(List<Map<String, Object>> rows, String when, List<CaseView> cases, Docs docs, I18n i18n) {
        for (CaseView c : cases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("due", i18n.text("due." + when));
            row.putAll(docs.caseDoc(c));
            rows.add(row);
        }
    }
}
