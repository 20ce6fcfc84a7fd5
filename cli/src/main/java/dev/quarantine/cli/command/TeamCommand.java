package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.ops.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code team set|list}: five role slots per block of five rooms (SPEC §6). */
@Command(name = "team", description = "Service teams: one member per role and block.",
        subcommands = {TeamCommand.Set.class, TeamCommand.ListTeam.class})
public final class TeamCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Map<String, Object> doc(TeamMember m, boolean unmasked) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("hotel", m.hotel());
        d.put("block", m.block());
        d.put("role", m.role());
        d.put("name", m.name());
        d.put("phone", unmasked ? m.phone() : dev.quarantine.core.person.Phone.mask(m.phone()));
        return d;
    }

    @Command(name = "set", description = "Set the member of one role of a block.")
    public static final class Set extends DeskCommand {
        @Option(names = "--hotel", paramLabel = "NAME", description = "Hotel (optional when there is one).")
        String hotel;

        @Option(names = "--block", required = true, paramLabel = "N", description = "Block number (rooms 1–5 are block 1).")
        int block;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "party-member, volunteer, police, medical or hotel-staff.")
        String role;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--phone", required = true, paramLabel = "PHONE")
        String phone;

        @Override
        protected int run(QuarantineDesk desk) {
            option("--name", () -> dev.quarantine.core.person.PersonName.parse(name));
            option("--phone", () -> dev.quarantine.core.person.Phone.parse(phone));
            if (!desk.currentPolicy().isTeamRole(role)) {
                option("--role", () -> desk.setTeamMember(hotel, block, role, name, phone));
            }
            TeamMember m = option("--block", () -> desk.setTeamMember(hotel, block, role, name, phone));
            output().object(doc(m, root().unmasked));
            return 0;
        }
    }

    @Command(name = "list", description = "List the service teams.")
    public static final class ListTeam extends DeskCommand {
        @Option(names = "--hotel", paramLabel = "NAME")
        String hotel;

        @Override
        protected int run(QuarantineDesk desk) {
            output().list(desk.team(hotel).stream().map(m -> doc(m, root().unmasked)).toList(),
                    List.of("hotel", "block", "role", "name", "phone"));
            return 0;
        }
    }
}
