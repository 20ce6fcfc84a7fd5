package dev.quarantine.cli.command;

import dev.quarantine.cli.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.DueList;
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

    @picocli.CommandLine.Mixin
    LimitOptions limit;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        DueList due = desk.due(date("--on", on), limit.limit(output().format()));
        if (output().format() == Format.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("date", due.date().toString());
            doc.put("today", docs(desk, due.today().items()));
            doc.put("overdue", docs(desk, due.overdue().items()));
            doc.put("tomorrow", docs(desk, due.tomorrow().items()));
            doc.put("todayCount", due.today().total());
            doc.put("overdueCount", due.overdue().total());
            doc.put("tomorrowCount", due.tomorrow().total());
            output().json(doc);
            return CliExitCode.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        add(rows, desk, "overdue", due.overdue().items());
        add(rows, desk, "today", due.today().items());
        add(rows, desk, "tomorrow", due.tomorrow().items());
        output().list(rows, COLUMNS);
        if (due.today().cut() || due.overdue().cut() || due.tomorrow().cut()) {
            output().info(i18n().text("list.cut", limit.limit(output().format())));
        }
        if (output().format() == Format.TABLE) {
            output().info(i18n().text("due.summary", due.date(), due.today().total(), due.overdue().total(),
                    due.tomorrow().total()));
        }
        return CliExitCode.OK;
    }

    private List<Map<String, Object>> docs(QuarantineDesk desk, List<CaseView> cases) {
        return cases.stream().map(c -> docs().caseDoc(c)).toList();
    }

    private void add(List<Map<String, Object>> rows, QuarantineDesk desk, String when, List<CaseView> cases) {
        for (CaseView c : cases) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("due", i18n().text("due." + when));
            row.putAll(docs().caseDoc(c));
            rows.add(row);
        }
    }
}
