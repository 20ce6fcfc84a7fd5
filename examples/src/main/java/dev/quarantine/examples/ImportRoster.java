package dev.quarantine.examples;

import dev.quarantine.cli.io.CsvInput;
import dev.quarantine.cli.io.RejectsFile;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RosterHeader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Example 3: imports a community roster CSV through the facade, reading it with the project's CSV reader (encoding
 * and delimiter detected), and prints the summary. Usage: {@code ImportRoster ROSTER.csv [DATABASE]}.
 */
public final class ImportRoster {
    private ImportRoster() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ImportRoster ROSTER.csv [DATABASE]");
            System.exit(2);
        }
        Path db = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("quarantine-example").resolve("desk.db");
        run(System.out, Path.of(args[0]), db, Clock.systemUTC());
    }

    static ImportSummary run(PrintStream out, Path roster, Path db, Clock clock) throws IOException {
        try (QuarantineDesk desk = Files.exists(db) ? QuarantineDesk.open(db, clock, "importer")
                : QuarantineDesk.create(db, clock, "importer", List.of());
             CsvInput in = CsvInput.open(roster, null)) {
            RejectsFile rejects = new RejectsFile(RejectsFile.besides(roster), in.header());
            ImportSummary s = desk.importRoster(RosterHeader.of(in.header()), in.rows(), ImportOptions.plain(), rejects,
                    rows -> { });
            out.printf("%s (%s): %d rows read = %d registered + %d duplicates + %d rejected%n", roster.getFileName(),
                    in.charset().name(), s.rowsRead(), s.registered(), s.duplicates(), s.rejected());
            out.printf("by category: %s%n", new java.util.TreeMap<>(s.byCategory()));
            if (rejects.written() != null) {
                out.printf("rejected rows with their problems: %s%n", rejects.written());
            }
            return s;
        }
    }
}
