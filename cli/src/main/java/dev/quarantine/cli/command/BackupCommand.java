package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.OperationDocs;
import dev.quarantine.core.result.BackupResult;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/**
 * {@code backup FILE [--force]}: a consistent copy of the database while others may be using it, readable by its owner
 * only, appearing under its name only once complete.
 */
@Command(name = "backup", description = "Write a consistent copy of the database to a new file.")
public final class BackupCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE", description = "The new file.")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists (never the database itself).")
    boolean force;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        BackupResult r = desk.storage().backup(file, force);
        output().object(OperationDocs.backup(r));
        if (!r.audited()) {
            output().info(i18n().text("warning", i18n().text("backup.notAudited", dbLocation())));
        }
        return CliExitCode.OK;
    }
}
