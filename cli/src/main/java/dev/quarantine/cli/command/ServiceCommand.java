package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.ServiceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code service add|done|list}: requests of a case to its service team (SPEC §6). */
@Command(name = "service", description = "Service requests: meals, water, parcels, counseling …",
        subcommands = {ServiceCommand.Add.class, ServiceCommand.Done.class, ServiceCommand.ListServices.class})
public final class ServiceCommand extends GroupCommand {

    @Command(name = "add", description = "Open a request for a case.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
        String caseRef;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "meal, water, fruit, book, parcel-in, parcel-out, shopping, garbage, counseling, medical.")
        String type;

        @Option(names = "--note", paramLabel = "TEXT", description = "What exactly is asked for.")
        String note;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            ServiceType t = option("--type", () -> ServiceType.parse(type));
            output().object(OperationDocs.service(desk.operations().addService(caseRef, t, note), docs()));
            return CliExitCode.OK;
        }
    }

    @Command(name = "done", description = "Close a request.")
    public static final class Done extends DeskCommand {
        @Parameters(paramLabel = "ID", description = "The request number, as service list shows it.")
        long id;

        @Option(names = "--by", paramLabel = "NAME", description = "Who did it (default the operator).")
        String by;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().object(OperationDocs.service(desk.operations().serviceDone(id, by), docs()));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List requests, oldest first.")
    public static final class ListServices extends DeskCommand {
        @Option(names = "--open", description = "Only those not done yet.")
        boolean open;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().list(desk.operations().services(open).stream().map(s -> OperationDocs.service(s, docs())).toList(),
                    List.of("id", "caseNumber", "name", "room", "type", "note", "openedAt", "doneAt", "doneBy"));
            return CliExitCode.OK;
        }
    }
}
