package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bill CASE}: the estimate, or the final bill once released. */
@Command(name = "bill", description = "Show the bill of a case (an estimate until release).")
public final class BillCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        output().object(docs().billDoc(desk.billing().bill(caseRef)));
        return CliExitCode.OK;
    }
}
