package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code backup FILE}: a consistent copy of the database while others may be using it. */
@Command(name = "backup", description = "Write a consistent copy of the database to a new file.")
public final class BackupCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    protected int run(QuarantineDesk desk) {
        desk.backup(file);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("backup", file.toString());
        d.put("bytes", file.toFile().length());
        output().object(d);
        return 0;
    }
}
