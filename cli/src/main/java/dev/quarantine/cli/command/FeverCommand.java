package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code fever report|clear|list}. */
@Command(name = "fever", description = "Fever alerts: report to the command centre, clear after review, list.",
        subcommands = {FeverCommand.Report.class, FeverCommand.Clear.class, FeverCommand.ListAlerts.class})
public final class FeverCommand extends GroupCommand {

    @Command(name = "report", description = "Record that the open fever alert was reported, and to whom.")
    public static final class Report extends DeskCommand {
        @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
        String caseRef;

        @Option(names = "--to", required = true, paramLabel = "NAME", description = "Who it was reported to.")
        String to;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            FeverAlert a = desk.health().reportFever(caseRef, to);
            output().object(docs().alertDoc(a));
            return CliExitCode.OK;
        }
    }

    @Command(name = "clear", description = "Close the open fever alert after a medical review.")
    public static final class Clear extends DeskCommand {
        @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
        String caseRef;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "The reviewer.")
        String by;

        @Option(names = "--note", paramLabel = "TEXT", description = "Review note.")
        String note;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            FeverAlert a = desk.health().clearFever(caseRef, by, note);
            output().object(docs().alertDoc(a));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List fever alerts: open ones, unreported first (all with --all).")
    public static final class ListAlerts extends DeskCommand {
        @Option(names = "--all", description = "Closed alerts too.")
        boolean all;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<FeverAlert> alerts = desk.health().feverAlerts(!all);
            output().list(alerts.stream().map(a -> docs().alertDoc(a)).toList(),
                    List.of("caseNumber", "name", "hotel", "room", "temperature", "openedAt", "reportedTo", "closedAt"));
            return CliExitCode.OK;
        }
    }
}
