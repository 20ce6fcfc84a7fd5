package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Docs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code service add|done|list}: requests of a case to its service team (SPEC §6). */
@Command(name = "service", description = "Service requests: meals, water, parcels, counseling …",
        subcommands = {ServiceCommand.Add.class, ServiceCommand.Done.class, ServiceCommand.ListServices.class})
public final class ServiceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Map<String, Object> doc(ServiceRequest s, Docs docs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", s.id());
        d.put("caseNumber", s.caseNumber());
        d.put("name", s.name());
        d.put("hotel", s.hotel());
        d.put("room", s.room());
        d.put("type", s.type().id());
        d.put("note", s.note());
        d.put("openedAt", docs.time(s.openedAt()));
        d.put("openedBy", s.openedBy());
        d.put("doneAt", docs.time(s.doneAt()));
        d.put("doneBy", s.doneBy());
        return d;
    }

    @Command(name = "add", description = "Open a request for a case.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "CASE")
        String caseRef;

        @Option(names = "--type", required = true, paramLabel = "TYPE",
                description = "meal, water, fruit, book, parcel-in, parcel-out, shopping, garbage, counseling, medical.")
        String type;

        @Option(names = "--note", paramLabel = "TEXT")
        String note;

        @Override
        protected int run(QuarantineDesk desk) {
            ServiceType t = option("--type", () -> ServiceType.parse(type));
            output().object(doc(desk.addService(caseRef, t, note), docs(desk)));
            return 0;
        }
    }

    @Command(name = "done", description = "Close a request.")
    public static final class Done extends DeskCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--by", paramLabel = "NAME", description = "Who did it (default the operator).")
        String by;

        @Override
        protected int run(QuarantineDesk desk) {
            output().object(doc(desk.serviceDone(id, by), docs(desk)));
            return 0;
        }
    }

    @Command(name = "list", description = "List requests, oldest first.")
    public static final class ListServices extends DeskCommand {
        @Option(names = "--open", description = "Only those not done yet.")
        boolean open;

        @Override
        protected int run(QuarantineDesk desk) {
            output().list(desk.services(open).stream().map(s -> doc(s, docs(desk))).toList(),
                    List.of("id", "caseNumber", "name", "room", "type", "note", "openedAt", "doneAt", "doneBy"));
            return 0;
        }
    }
}
