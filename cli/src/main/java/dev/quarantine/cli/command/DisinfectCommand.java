package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.ops.PublicArea;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** {@code disinfect --hotel H (--room NO | --area bins|elevators|corridors|sewage) --by NAME}. */
@Command(name = "disinfect", description = "Record the disinfection of a room (it becomes free) or a public area.")
public final class DisinfectCommand extends DeskCommand {
    @Option(names = "--hotel", paramLabel = "NAME", description = "Hotel (optional when there is one).")
    String hotel;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    /** A room or a public area, not both. */
    static final class Target {
        @Option(names = "--room", paramLabel = "NO", required = true, description = "The room (it becomes free).")
        String room;

        @Option(names = "--area", paramLabel = "AREA", required = true, description = "bins, elevators, corridors or sewage.")
        String area;
    }

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who disinfected.")
    String by;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        PublicArea area = target.area == null ? null : option("--area", () -> PublicArea.parse(target.area));
        Disinfection d = desk.operations().disinfect(hotel, target.room, area, by);
        output().object(OperationDocs.disinfection(d, docs()));
        return CliExitCode.OK;
    }
}
