package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;


/** {@code violation CASE --note TEXT [--penalty TEXT]}. */
@Command(name = "violation", description = "Record a violation of the rules and the penalty given.")
public final class ViolationCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What happened.")
    String note;

    @Option(names = "--penalty", paramLabel = "TEXT", description = "The penalty given.")
    String penalty;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Violation v = desk.cases().violation(caseRef, note, penalty);
        output().object(OperationDocs.recordedViolation(v, docs()));
        return CliExitCode.OK;
    }
}
