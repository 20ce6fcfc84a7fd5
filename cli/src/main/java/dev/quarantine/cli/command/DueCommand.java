package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.DueListDocs;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code due [--on DATE]}: eligible that day, overdue, eligible tomorrow. */
@Command(name = "due", description = "Cases due for release: today, overdue, tomorrow.")
public final class DueCommand extends DeskCommand {
    @Option(names = "--on", paramLabel = "DATE", description = "The day (default today).")
    String on;

    @picocli.CommandLine.Mixin
    LimitOptions limit;

    @Mixin
    AllOfficesOption offices;
    /** To fit a terminal: hotels cut, then the arrival, the hotel and the category dropped in that order. */
    static final dev.quarantine.cli.render.Output.Fitting DUE_FIT = new dev.quarantine.cli.render.Output.Fitting(
            java.util.List.of("arrivalDate", "hotel", "category"), java.util.Map.of("hotel", 10, "name", 16));

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        offices.apply(desk);
        DueList due = desk.reports().due(date("--on", on), limit.limit(output().format()));
        if (output().format() == Format.JSON) {
            output().json(DueListDocs.json(due, docs()));
            return CliExitCode.OK;
        }
        output().list(DueListDocs.rows(due, docs(), i18n()), DueListDocs.COLUMNS, DUE_FIT);
        if (due.today().cut() || due.overdue().cut() || due.tomorrow().cut()) {
            output().info(i18n().text("list.cut", limit.limit(output().format())));
        }
        if (output().format() == Format.TABLE) {
            output().info(i18n().text("due.summary", due.date(), due.today().total(), due.overdue().total(),
                    due.tomorrow().total()));
        }
        return CliExitCode.OK;
    }
}
