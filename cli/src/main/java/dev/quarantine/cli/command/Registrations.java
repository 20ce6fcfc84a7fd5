package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.roster.Problem;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RegistrationValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.util.Locale;
import java.util.Map;

/** Checks registration options before the desk sees them, so that every problem names its option. */
final class Registrations {
    private static final Map<String, String> OPTION = Map.of(
            "name", "--name", "id_type", "--id-type", "id_number", "--id", "phone", "--phone", "origin", "--origin",
            "arrival_date", "--arrived", "community", "--community", "address", "--address", "notes", "--notes",
            "group_renter", "--group-renter");

    private Registrations() {
    }

    static void check(CommandSpec spec, QuarantineDesk desk, RegistrationInput input, Locale locale) {
        RegistrationValidator.Result r = new RegistrationValidator(RegionCatalog.bundled(), desk.today()).validate(input);
        if (!r.ok()) {
            StringBuilder message = new StringBuilder();
            for (Problem p : r.problems()) {
                message.append(message.length() == 0 ? "" : "; ")
                        .append(OPTION.getOrDefault(p.field(), p.field())).append(": ").append(p.message().text(locale));
            }
            throw new ParameterException(spec.commandLine(), message.toString());
        }
    }
}
