package dev.quarantine.cli.command;

import dev.quarantine.core.desk.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code commitment CASE}: the commitment letter (承诺书) is signed. */
@Command(name = "commitment", description = "Record that the commitment letter (承诺书) is signed.")
public final class CommitmentCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE")
    String caseRef;

    @Override
    protected int run(QuarantineDesk desk) {
        CaseView c = desk.commitment(caseRef);
        output().object(docs(desk).caseDoc(c));
        return 0;
    }
}
