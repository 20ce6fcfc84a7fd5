package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.cli.page.CasePage;
import dev.quarantine.cli.page.HtmlPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code show CASE}: the case with its readings. */
@Command(name = "show", description = "Show one case with its temperature readings (--html: a printable page with the temperature curve).")
public final class ShowCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write the case as a printable HTML page (A4) with its temperature curve to FILE.")
    Path html;

    @Option(names = "--force", description = "Replace the --html FILE if it exists (never the database itself).")
    boolean force;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        // One snapshot: the case is found once, and the readings shown are that case's as it was then.
        CaseWithReadings shown = desk.health().showWithReadings(caseRef);
        CaseView c = shown.view();
        List<ReadingResult> readings = shown.readings();
        if (html != null) {
            String page = new CasePage(output(), i18n(), docs()).html(c, readings,
                    new java.math.BigDecimal(desk.currentPolicy().feverThreshold().toString()),
                    java.time.ZonedDateTime.now(desk.clock()).withZoneSameInstant(desk.zone()));
            HtmlPages.write(html, force, protectedFiles(), page);
            output().info(i18n().text("show.htmlDone", c.caseNumber(), html));
            return CliExitCode.OK;
        }
        if (force) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), i18n().text("notice.forceNeedsHtml"));
        }
        Map<String, Object> doc = docs().caseDoc(c);
        List<Map<String, Object>> rows = readings.stream().map(r -> docs().readingDoc(r)).toList();
        if (output().format() == Format.TABLE) {
            output().object(doc);
            if (!rows.isEmpty()) {
                output().text(System.lineSeparator() + i18n().label("readings") + System.lineSeparator()
                        + output().table(rows, List.of("takenAt", "temperature", "fever", "recordedBy")));
            }
        } else if (output().format() == Format.JSON) {
            doc.put("readings", rows);
            output().json(doc);
        } else {
            output().object(doc);
        }
        return CliExitCode.OK;
    }
}
