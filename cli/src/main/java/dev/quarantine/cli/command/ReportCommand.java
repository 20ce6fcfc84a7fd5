package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.DailyReportCsv;
import dev.quarantine.cli.render.DailyReportJson;
import dev.quarantine.cli.render.DailyReportText;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.io.XlsxWriter;
import dev.quarantine.cli.page.HtmlPages;
import dev.quarantine.cli.page.ReportPage;
import dev.quarantine.cli.render.DailyReportXlsx;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.result.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.BufferedOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code report daily [--date D] [--full]}: the six sections of SPEC §10 as text, CSV or JSON (rendered by
 * {@link DailyReportText}, {@link DailyReportCsv} and {@link DailyReportJson}).
 */
@Command(name = "report", description = "Reports for the office leaders.", subcommands = ReportCommand.Daily.class)
public final class ReportCommand extends GroupCommand {

    @Command(name = "daily", description = "The daily report: census, movements, due, health, operations, money.")
    public static final class Daily extends DeskCommand implements XlsxCapable {
        static final int DEFAULT_LIMIT = 50;

        @Option(names = "--date", paramLabel = "DATE", description = "The day (default today).")
        String date;

        @Option(names = "--full", description = "Show every item of long lists (default: the first 50 of each).")
        boolean full;

        @Option(names = "--out", paramLabel = "FILE.xlsx",
                description = "Write the report as a workbook, a sheet per section, to FILE.xlsx.")
        Path out;

        @Option(names = "--html", paramLabel = "FILE",
                description = "Write the report as a printable HTML page (A4, with charts of the last 14 and next 7 days) to FILE.")
        Path html;

        @Option(names = "--force", description = "Replace FILE if it exists (never the database itself).")
        boolean force;

        @Mixin
        AllOfficesOption offices;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            boolean workbook = XlsxCapable.workbook(this, out);
            if (out != null && !workbook) {
                throw new ParameterException(spec.commandLine(), i18n().text("report.outIsXlsx", out));
            }
            if (force && out == null && html == null) {
                throw new ParameterException(spec.commandLine(), i18n().text("report.forceNeedsFile"));
            }
            offices.apply(desk);
            LocalDate day = date("--date", date);
            DailyReport r = desk.reports().daily(day, full ? Integer.MAX_VALUE : DEFAULT_LIMIT);
            Docs docs = docs();
            if (out != null || html != null) {
                if (out != null) {
                    try (AtomicOutput file = AtomicOutput.open(out, force, protectedFiles())) {
                        try {
                            XlsxWriter xlsx = new XlsxWriter(new BufferedOutputStream(file.stream(), 1 << 16));
                            new DailyReportXlsx(i18n(), docs).write(r, xlsx);
                            xlsx.finish();
                        } catch (UncheckedIOException e) {
                            throw FileProblems.of(out, e.getCause());
                        }
                        file.commit();
                    }
                    output().info(i18n().text("report.xlsxDone", r.date(), out));
                }
                if (html != null) {
                    Trend trend = desk.reports().trend(r.date(), ReportPage.PAST_DAYS, ReportPage.NEXT_DAYS);
                    HtmlPages.write(html, force, protectedFiles(), new ReportPage(output(), i18n(), docs).html(r, trend));
                    output().info(i18n().text("report.htmlDone", r.date(), html));
                }
                return CliExitCode.OK;
            }
            switch (output().format()) {
                case JSON -> output().json(DailyReportJson.doc(r, docs));
                case CSV -> output().text(DailyReportCsv.render(r, docs));
                case TABLE -> output().text(new DailyReportText(output(), i18n(), docs).render(r));
            }
            return CliExitCode.OK;
        }
    }
}
