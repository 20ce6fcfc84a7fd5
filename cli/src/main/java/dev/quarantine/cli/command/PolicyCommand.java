package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.PolicyDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** {@code policy show|add|check}. */
@Command(name = "policy", description = "Show, add or try the quarantine rules.",
        subcommands = {PolicyCommand.Show.class, PolicyCommand.Add.class, PolicyCommand.Check.class})
public final class PolicyCommand extends GroupCommand {

    @Command(name = "show", description = "Show every stored policy version.")
    public static final class Show extends DeskCommand {
        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            if (output().format() == Format.JSON) {
                output().json(desk.policies().versions().stream().map(PolicyDocs::file).toList());
                return CliExitCode.OK;
            }
            for (Policy p : desk.policies().versions()) {
                output().object(PolicyDocs.summary(p));
                if (output().format() == Format.TABLE) {
                    output().text(System.lineSeparator());
                }
            }
            return CliExitCode.OK;
        }
    }

    @Command(name = "add", description = "Store a new policy version from a JSON file.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "FILE", description = "Policy file (JSON).")
        Path file;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            Policy p = desk.addPolicy(InitCommand.readPolicy(file));
            output().object(PolicyDocs.summary(p));
            output().info(i18n().text("policy.added", p.id(), p.effectiveFrom()));
            return CliExitCode.OK;
        }
    }

    @Command(name = "check", description = "Classify an origin under the policy in force.")
    public static final class Check extends DeskCommand {
        @Parameters(paramLabel = "ORIGIN", description = "An origin: 411525, 南阳, 湖北孝感 …")
        String origin;

        @Option(names = "--arrived", paramLabel = "DATE", description = "Arrival date (default today).")
        String arrived;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            LocalDate arrival = date("--arrived", arrived);
            Classification c = option("ORIGIN", () -> desk.checkOrigin(origin, arrival));
            output().object(PolicyDocs.classification(c, arrival == null ? desk.today() : arrival));
            return CliExitCode.OK;
        }
    }
}
