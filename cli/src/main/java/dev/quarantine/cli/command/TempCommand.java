package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.ReadingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code temp CASE VALUE [--at TIMESTAMP] [--by NAME]}: one temperature reading. */
@Command(name = "temp", description = "Record a temperature reading (or import a sheet of them).",
        subcommands = TempImportCommand.class)
public final class TempCommand extends DeskCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "Case number or identity number.")
    String caseRef;

    @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Temperature, e.g. 36.5.")
    String value;

    @Option(names = "--at", paramLabel = "TIMESTAMP", description = "When it was taken (default now).")
    String at;

    @Option(names = "--by", paramLabel = "NAME", description = "Who took it (default the operator).")
    String by;

    @Override
    public String optionFor(String field) {
        return "temperature".equals(field) ? "VALUE" : super.optionFor(field);
    }

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        if (caseRef == null || value == null) {
            // Optional for picocli only so that "temp import FILE" parses; a reading needs both.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required parameters: " + (caseRef == null ? "'CASE', 'VALUE'" : "'VALUE'"));
        }
        ReadingResult r = desk.health().recordTemperature(caseRef, value, timestamp("--at", at), by);
        output().object(docs().readingDoc(r));
        if (r.fever()) {
            output().info(i18n().text(r.alertOpened() ? "temp.feverAlert" : "temp.feverAgain", r.caseNumber(),
                    r.temperature()));
        }
        return CliExitCode.OK;
    }
}
