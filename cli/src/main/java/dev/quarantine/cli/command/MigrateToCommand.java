package dev.quarantine.cli.command;

import dev.quarantine.cli.io.CsvOutput;
import dev.quarantine.cli.render.Doc;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.result.MoveResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * {@code migrate-to URL [--office NAME]}: moves the register of {@code --db} (an office's SQLite file) into the
 * district's database. A new, empty database receives a copy with the same case numbers. One that holds a register
 * already (other offices') takes the cases in as office NAME, after its own case numbers: the old and new numbers go to
 * a CSV file beside the register's file, written whole before the move commits and put in place after it. Refused
 * whole, writing nothing, when the district's rules would refuse a case (a person open in both, a room taken in both).
 */
@Command(name = "migrate-to", description = "Move the whole register into the district's database: into a new, "
        + "empty one with the same case numbers, or beside the offices there as office --office, renumbered after "
        + "theirs (old and new numbers in a CSV file).")
public final class MigrateToCommand extends DeskCommand {
    static final List<String> HEADER = List.of("old_case_number", "new_case_number");

    @Parameters(paramLabel = "URL", description = "The district's database: postgresql://USER@HOST:PORT/DB "
            + "(password in PGPASSWORD or ~/.pgpass), or a file.")
    String target;

    @Option(names = "--numbers", paramLabel = "FILE", description = "Where the old and new case numbers go when they "
            + "change (default: beside the register's file, NAME.case-numbers.csv; never replaced).")
    Path numbers;

    /** {@code --office} names the office in the district's database, not one of this register. */
    @Override
    protected boolean officeIsOurs() {
        return false;
    }

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        Path file = numbers != null ? numbers : besides(dbPath());
        List<Path> protectedPaths = new ArrayList<>(protectedFiles());
        if (!target.contains("://") && !target.startsWith("jdbc:")) {
            protectedPaths.add(Path.of(target));
        }
        // Checked before anything moves: an existing file, a folder, the database itself.
        try (AtomicOutput check = AtomicOutput.open(file, false, protectedPaths)) {
            check.target();
        }
        try (Mapping mapping = new Mapping(file, protectedPaths)) {
            MoveResult r = desk.storage().moveTo(target, session().office(), mapping);
            QuarantineException unwritten = null;
            try {
                mapping.commit();
            } catch (QuarantineException e) {
                unwritten = e; // the move has committed: say where the numbers are kept instead
            }
            List<Map<String, Object>> rows = r.rows().entrySet().stream().map(e -> {
                Map<String, Object> m = new Doc("copiedTable");
                m.put("table", e.getKey());
                m.put("rows", e.getValue());
                return m;
            }).toList();
            output().list(rows, List.of("table", "rows"));
            if (r.officeAdded()) {
                output().info(i18n().text("migrate.officeAdded", r.office(), r.target()));
            }
            if (!r.merged()) {
                output().info(i18n().text("migrate.done", r.target(), r.cases()));
            } else if (r.renumbered() == 0) {
                output().info(i18n().text("migrate.mergedSameNumbers", r.target(), r.cases(), r.office()));
            } else {
                output().info(i18n().text("migrate.merged", r.target(), r.cases(), r.office(), r.renumbered(), file));
            }
            if (unwritten != null) {
                output().info(i18n().text("warning", i18n().text("migrate.numbersUnwritten", file,
                        unwritten.message(i18n().locale()), r.target())));
                return CliExitCode.DATA_FILE;
            }
            return CliExitCode.OK;
        }
    }

    /** {@code office.db} → {@code office.case-numbers.csv} beside it; in the working folder for a server's register. */
    static Path besides(Path db) {
        if (db == null) {
            return Path.of("case-numbers.csv");
        }
        String name = db.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return db.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".case-numbers.csv");
    }

    /** The old and new numbers, written as the move reports them and put in place once it has committed. */
    private static final class Mapping implements BiConsumer<CaseNumber, CaseNumber>, AutoCloseable {
        private final Path file;
        private final List<Path> protectedPaths;
        private AtomicOutput output;
        private Writer writer;
        private CsvOutput csv;

        Mapping(Path file, List<Path> protectedPaths) {
            this.file = file;
            this.protectedPaths = protectedPaths;
        }

        @Override
        public void accept(CaseNumber from, CaseNumber to) {
            if (csv == null) {
                output = AtomicOutput.open(file, false, protectedPaths);
                writer = new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8);
                csv = new CsvOutput(writer, true, false);
                csv.row(HEADER);
            }
            csv.row(List.of(from.toString(), to.toString()));
        }

        void commit() {
            if (csv != null) {
                csv.flush();
                output.commit();
            }
        }

        @Override
        public void close() {
            if (output != null) {
                output.close();
            }
        }
    }
}
