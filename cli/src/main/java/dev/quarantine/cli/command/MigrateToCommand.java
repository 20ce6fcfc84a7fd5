package dev.quarantine.cli.command;

import dev.quarantine.cli.render.Doc;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.CopyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/**
 * {@code migrate-to URL}: moves the register of {@code --db} (an office's SQLite file) into a new, empty database (the
 * district's PostgreSQL): every case, reading, bill and event, with the same case numbers; all or nothing.
 */
@Command(name = "migrate-to", description = "Copy the whole register into a new, empty database "
        + "(an office's file into the district's PostgreSQL), with the same case numbers.")
public final class MigrateToCommand extends DeskCommand {
    @Parameters(paramLabel = "URL", description = "The new database: postgresql://USER@HOST:PORT/DB (password in "
            + "PGPASSWORD or ~/.pgpass), or a new file.")
    String target;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        CopyResult r = desk.copyTo(target);
        List<Map<String, Object>> rows = r.rows().entrySet().stream().map(e -> {
            Map<String, Object> m = new Doc("copiedTable");
            m.put("table", e.getKey());
            m.put("rows", e.getValue());
            return m;
        }).toList();
        output().list(rows, List.of("table", "rows"));
        output().info(i18n().text("migrate.done", r.target(), r.rows().get("qcase")));
        return CliExitCode.OK;
    }
}
