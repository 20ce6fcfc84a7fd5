package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.DailyReportCsv;
import dev.quarantine.cli.render.DailyReportJson;
import dev.quarantine.cli.render.DailyReportText;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.report.DailyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report daily [--date D] [--full]}: the six sections of SPEC §10 as text, CSV or JSON (rendered by
 * {@link DailyReportText}, {@link DailyReportCsv} and {@link DailyReportJson}).
 */
@Command(name = "report", description = "Reports for the office leaders.", subcommands = ReportCommand.Daily.class)
public final class ReportCommand extends GroupCommand {

    @Command(name = "daily", description = "The daily report: census, movements, due, health, operations, money.")
    public static final class Daily extends DeskCommand {
        static final int DEFAULT_LIMIT = 50;

        @Option(names = "--date", paramLabel = "DATE", description = "The day (default today).")
        String date;

        @Option(names = "--full", description = "Show every item of long lists (default: the first 50 of each).")
        boolean full;

        @Mixin
        AllOfficesOption offices;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            offices.apply(desk);
            DailyReport r = desk.dailyReport(date("--date", date), full ? Integer.MAX_VALUE : DEFAULT_LIMIT);
            Docs docs = docs();
            switch (output().format()) {
                case JSON -> output().json(DailyReportJson.doc(r, docs));
                case CSV -> output().text(DailyReportCsv.render(r, docs));
                case TABLE -> output().text(new DailyReportText(output(), i18n(), docs).render(r));
            }
            return CliExitCode.OK;
        }
    }
}
