package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code transfer CASE --hospital NAME}. */
@Command(name = "transfer", description = "Close a case as transferred to hospital; its room awaits disinfection.")
public final class TransferCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--hospital", required = true, paramLabel = "NAME", description = "The hospital.")
    String hospital;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        CaseView c = desk.cases().transfer(caseRef, hospital);
        output().object(docs().caseDoc(c));
        output().info(i18n().text(c.room() == null ? "transfer.doneHome" : "transfer.done", c.caseNumber(), c.hospital()));
        return CliExitCode.OK;
    }
}
