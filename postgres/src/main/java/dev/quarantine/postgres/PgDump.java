package dev.quarantine.postgres;

import dev.quarantine.core.QuarantineException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A backup of a PostgreSQL database is {@code pg_dump --format=custom} (restored with {@code pg_restore}): this runs
 * it for the database the connection is on, with the password in its environment (never its command line), and
 * checks how it ended.
 */
final class PgDump {
    private final Passwords passwords;

    PgDump(Passwords passwords) {
        this.passwords = passwords;
    }

    void dump(Connection connection, Path target) throws SQLException {
        Path pgDump = onPath("pg_dump").orElseThrow(() -> QuarantineException.refused("backup.noPgDump"));
        PostgresLocation l = PostgresLocation.parse(connection.getMetaData().getURL());
        String user = connection.getMetaData().getUserName();
        PostgresLocation who = new PostgresLocation(l.host(), l.port(), l.database(), user, Map.of(), false);
        List<String> command = new ArrayList<>(List.of(pgDump.toString(), "--format=custom", "--no-password",
                "--host=" + l.host(), "--port=" + l.port(), "--username=" + user, "--file=" + target.toAbsolutePath(),
                l.database()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        passwords.find(who).ifPresent(pw -> pb.environment().put("PGPASSWORD", pw));
        Path errors;
        try {
            errors = Files.createTempFile("pg_dump", ".err");
        } catch (IOException e) {
            throw new SQLException("cannot run pg_dump: " + e.getMessage(), "58030", e);
        }
        try {
            pb.redirectError(errors.toFile());
            Process p = pb.start();
            if (!p.waitFor(6, TimeUnit.HOURS)) {
                p.destroyForcibly();
                throw PostgresDialect.dataFile("backup.pgDumpFailed", "timed out", "");
            }
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
                String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
                throw PostgresDialect.dataFile("backup.pgDumpFailed", "exit " + p.exitValue(), last);
            }
        } catch (IOException e) {
            throw new SQLException("cannot run pg_dump: " + e.getMessage(), "58030", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("pg_dump interrupted", "57014", e);
        } finally {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException ignored) {
                // a temporary file of a few lines
            }
        }
    }

    static java.util.Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return java.util.Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
