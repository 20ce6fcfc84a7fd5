package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code show CASE}: the case with its readings. */
@Command(name = "show", description = "Show one case with its temperature readings.")
public final class ShowCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        // One snapshot: the case is found once, and the readings shown are that case's as it was then.
        CaseWithReadings shown = desk.showWithReadings(caseRef);
        Map<String, Object> doc = docs().caseDoc(shown.view());
        List<Map<String, Object>> rows = shown.readings().stream().map(r -> docs().readingDoc(r)).toList();
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
