package dev.quarantine.cli.command;

import dev.quarantine.core.desk.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code transfer CASE --hospital NAME}. */
@Command(name = "transfer", description = "Close a case as transferred to hospital; its room awaits disinfection.")
public final class TransferCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE")
    String caseRef;

    @Option(names = "--hospital", required = true, paramLabel = "NAME", description = "The hospital.")
    String hospital;

    @Override
    protected int run(QuarantineDesk desk) {
        CaseView c = desk.transfer(caseRef, hospital);
        output().object(docs(desk).caseDoc(c));
        output().info(i18n().text("transfer.done", c.caseNumber(), c.hospital()));
        return 0;
    }
}
