package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bill CASE}: the estimate, or the final bill once released. */
@Command(name = "bill", description = "Show the bill of a case (an estimate until release).")
public final class BillCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE")
    String caseRef;

    @Override
    protected int run(QuarantineDesk desk) {
        output().object(docs(desk).billDoc(desk.bill(caseRef)));
        return 0;
    }
}
