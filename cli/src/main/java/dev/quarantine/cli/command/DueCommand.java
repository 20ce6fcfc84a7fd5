package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import dev.quarantine.core.desk.CaseView;
import dev.quarantine.core.desk.DueList;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code due [--on DATE]}: eligible that day, overdue, eligible tomorrow. */
@Command(name = "due", description = "Cases due for release: today, overdue, tomorrow.")
public final class DueCommand extends DeskCommand {
    private static final List<String> COLUMNS = List.of("due", "caseNumber", "name", "category", "arrivalDate",
            "eligibleDate", "status", "hotel", "room");

    @Option(names = "--on", paramLabel = "DATE", description = "The day (default today).")
    String on;

    @Override
    protected int run(QuarantineDesk desk) {
        DueList due = desk.due(date("--on", on));
        if (output().format() == Format.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", due.date().toString());
            doc.put("today", docs(desk, due.today()));
            doc.put("overdue", docs(desk, due.overdue()));
            doc.put("tomorrow", docs(desk, due.tomorrow()));
            output().json(doc);
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        add(rows, desk, "overdue", due.overdue());
        add(rows, desk, "today", due.today());
        add(rows, desk, "tomorrow", due.tomorrow());
        output().list(rows, COLUMNS);
        if (output().format() == Format.TABLE) {
            output().info(i18n().text("due.summary", due.date(), due.today().size(), due.overdue().size(),
                    due.tomorrow().size()));
        }
        return 0;
    }

    private List<Map<String, Object>> docs(QuarantineDesk desk, List<CaseView> cases) {
        return cases.stream().map(c -> docs(desk).caseDoc(c)).toList();
    }

    private void add(List<Map<String, Object>> rows, QuarantineDesk desk, String when, List<CaseView> cases) {
        for (CaseView c : cases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("due", i18n().text("due." + when));
            row.putAll(docs(desk).caseDoc(c));
            rows.add(row);
        }
    }
}
