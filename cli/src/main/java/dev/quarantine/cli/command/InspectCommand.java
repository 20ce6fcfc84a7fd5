package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.Inspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** {@code inspect --hotel H --by NAME [--findings TEXT]}: a hotel's daily inspection. */
@Command(name = "inspect", description = "Record a hotel's daily inspection.")
public final class InspectCommand extends DeskCommand {
    @Option(names = "--hotel", paramLabel = "NAME", description = "Hotel (optional when there is one).")
    String hotel;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who inspected.")
    String by;

    @Option(names = "--findings", paramLabel = "TEXT", description = "What the inspection found.")
    String findings;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Inspection i = desk.operations().inspect(hotel, by, findings);
        output().object(OperationDocs.inspection(i, docs()));
        return CliExitCode.OK;
    }
}
