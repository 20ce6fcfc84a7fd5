package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code team set|list}: five role slots per block of five rooms (SPEC §6). */
@Command(name = "team", description = "Service teams: one member per role and block.",
        subcommands = {TeamCommand.Set.class, TeamCommand.ListTeam.class})
public final class TeamCommand extends GroupCommand {

    @Command(name = "set", description = "Set the member of one role of a block.")
    public static final class Set extends DeskCommand {
        @Option(names = "--hotel", paramLabel = "NAME", description = "Hotel (optional when there is one).")
        String hotel;

        @Option(names = "--block", required = true, paramLabel = "N", description = "Block number (rooms 1–5 are block 1).")
        int block;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "party-member, volunteer, police, medical or hotel-staff.")
        String role;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "The member's name.")
        String name;

        @Option(names = "--phone", required = true, paramLabel = "PHONE", description = "The member's phone.")
        String phone;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            TeamMember m = desk.operations().setTeamMember(hotel, block, role, name, phone);
            output().object(OperationDocs.teamMember(m, docs()));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List the service teams.")
    public static final class ListTeam extends DeskCommand {
        @Option(names = "--hotel", paramLabel = "NAME", description = "Only this hotel.")
        String hotel;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            output().list(desk.operations().team(hotel).stream().map(m -> OperationDocs.teamMember(m, docs())).toList(),
                    List.of("hotel", "block", "role", "name", "phone"));
            return CliExitCode.OK;
        }
    }
}
