package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.Message;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.request.CaseCorrection;
import dev.quarantine.core.result.Amendment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/**
 * {@code amend CASE [--name N] [--id NUMBER] [--id-type T] [--phone P] [--origin O] [--arrived D] [--community C]
 * [--address A] --reason TEXT}: corrects a case as entered; prints what changed, before and after.
 */
@Command(name = "amend", description = "Correct a case as entered; every change is kept with its reason.")
public final class AmendCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--name", paramLabel = "NAME", description = "The right name.")
    String name;

    @Option(names = "--id", paramLabel = "NUMBER", description = "The right identity document number.")
    String id;

    @Option(names = "--id-type", paramLabel = "resident|passport|other", description = "The right document type.")
    String idType;

    @Option(names = "--phone", paramLabel = "PHONE", description = "The right phone.")
    String phone;

    @Option(names = "--origin", paramLabel = "ORIGIN",
            description = "The right origin: category, days, eligible date and door tag follow it.")
    String origin;

    @Option(names = "--arrived", paramLabel = "DATE", description = "The right arrival date: the eligible date follows it.")
    String arrived;

    @Option(names = "--community", paramLabel = "NAME", description = "The right community (\"\" clears it).")
    String community;

    @Option(names = "--address", paramLabel = "TEXT", description = "The right address (\"\" clears it).")
    String address;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the case is corrected.")
    String reason;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        CaseCorrection fix = new CaseCorrection(name, idType, id, phone, origin, arrived, community, address);
        if (fix.isEmpty()) {
            throw new ParameterException(spec.commandLine(), i18n().text("amend.nothingGiven"));
        }
        Amendment a = desk.cases().amend(caseRef, fix, reason);
        Map<String, Object> doc = docs().amendmentDoc(a);
        if (output().format() == Format.TABLE) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> changes = (List<Map<String, Object>>) doc.get("changes");
            output().list(changes, List.of("field", "before", "after"));
        } else {
            output().object(doc);
        }
        output().info(i18n().text("amend.done", a.after().caseNumber(), a.changes().size()));
        for (Message note : a.notes()) {
            output().info(note.text(i18n().locale()));
        }
        return CliExitCode.OK;
    }
}
