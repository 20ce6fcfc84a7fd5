package dev.quarantine.examples;

import dev.quarantine.io.CsvInput;
import dev.quarantine.io.RejectsFile;
import dev.quarantine.io.TableInput;
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
 * Example 3: imports a community roster through the facade, read with {@code quarantine-io} (a CSV file, its encoding
 * and delimiter detected, or an .xlsx workbook, told apart by content), and prints the summary. Usage: {@code ImportRoster [ROSTER.csv [DATABASE]]}; without a
 * roster it imports the sample bundled with it, a GBK roster with Chinese headers and four bad rows.
 */
public final class ImportRoster {
    private ImportRoster() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("quarantine-example");
        Path roster = args.length > 0 ? Path.of(args[0]) : bundledSample(work);
        Path db = args.length > 1 ? Path.of(args[1]) : work.resolve("desk.db");
        run(System.out, roster, db, Clock.systemUTC());
    }

    /** The GBK sample roster bundled with the examples, copied into {@code folder} (its rejects file goes beside it). */
    static Path bundledSample(Path folder) throws IOException {
        Path roster = folder.resolve("roster-zh-gbk.csv");
        try (java.io.InputStream in = ImportRoster.class.getResourceAsStream("samples/roster-zh-gbk.csv")) {
            if (in == null) {
                throw new IOException("the bundled sample roster is missing from the class path");
            }
            Files.copy(in, roster);
        }
        return roster;
    }

    static ImportSummary run(PrintStream out, Path roster, Path db, Clock clock) throws IOException {
        try (QuarantineDesk desk = Files.exists(db) ? QuarantineDesk.open(db, clock, "importer")
                : QuarantineDesk.create(db, clock, "importer", List.of());
             TableInput in = TableInput.open(roster, null, null, RosterHeader::recognises)) {
            RejectsFile rejects = RejectsFile.prepare(RejectsFile.besides(roster), false, false, in.header(),
                    List.of(db, roster));
            ImportSummary s = desk.cases().importRoster(RosterHeader.of(in.header()), in.rows(),
                    ImportOptions.plain(), rejects, rows -> { });
            out.printf("%s (%s): %d rows read = %d registered + %d duplicates + %d rejected%n", roster.getFileName(),
                    in instanceof CsvInput csv ? csv.charset().name() : "xlsx", s.rowsRead(), s.registered(),
                    s.duplicates(), s.rejected());
            out.printf("by category: %s%n", new java.util.TreeMap<>(s.byCategory()));
            if (rejects.written() != null) {
                out.printf("rejected rows with their problems: %s%n", rejects.written());
            }
            return s;
        }
    }
}
