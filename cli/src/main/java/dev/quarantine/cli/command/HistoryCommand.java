package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

/** {@code history CASE}: the audit log of one case. */
@Command(name = "history", description = "Show who did what to a case, and when.")
public final class HistoryCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE")
    String caseRef;

    @Override
    protected int run(QuarantineDesk desk) {
        output().list(desk.history(caseRef).stream().map(h -> docs(desk).historyDoc(h)).toList(),
                List.of("at", "operator", "command", "action", "details"));
        return 0;
    }
}
