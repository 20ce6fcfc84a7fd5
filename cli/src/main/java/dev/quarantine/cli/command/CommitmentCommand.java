package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code commitment CASE}: the commitment letter (承诺书) is signed. */
@Command(name = "commitment", description = "Record that the commitment letter (承诺书) is signed.")
public final class CommitmentCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        CaseView c = desk.cases().commitment(caseRef);
        output().object(docs().caseDoc(c));
        return CliExitCode.OK;
    }
}
