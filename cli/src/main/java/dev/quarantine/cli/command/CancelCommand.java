package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cancel CASE [--reason TEXT]}: a case entered in error; its record and history stay. */
@Command(name = "cancel", description = "Cancel a case entered in error (the record and its history stay).")
public final class CancelCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why it is cancelled.")
    String reason;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        CaseView c = desk.cases().cancel(caseRef, reason);
        output().object(docs().caseDoc(c));
        return CliExitCode.OK;
    }
}
