package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Format;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/**
 * {@code history CASE}: the audit log of one case. A table shows what was done, and through which command only when
 * that differs ({@code register} done by {@code admit}); CSV and JSON keep both fields.
 */
@Command(name = "history", description = "Show who did what to a case, and when.")
public final class HistoryCommand extends DeskCommand {
    @Parameters(paramLabel = "CASE", description = "Case number (Q000001) or identity number.")
    String caseRef;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        List<HistoryEntry> entries = desk.cases().history(caseRef);
        List<Map<String, Object>> rows = entries.stream().map(h -> {
            Map<String, Object> d = docs().historyDoc(h);
            if (output().format() == Format.TABLE) {
                d.put("action", h.action().equals(h.command()) ? h.action()
                        : i18n().text("history.via", h.action(), h.command()));
            }
            return d;
        }).toList();
        output().list(rows, List.of("at", "operator", "action", "details"));
        return CliExitCode.OK;
    }
}
