package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.io.CsvInput;
import dev.quarantine.cli.io.Progress;
import dev.quarantine.cli.io.RejectsFile;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.ImportDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RosterHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code import FILE [--encoding E] [--rejects FILE] [--force] [--admit [--hotel H]] [--dry-run] [--atomic]} (SPEC §8).
 * The rejects file is checked before the first row is read: never the database or the roster itself, never an existing
 * file unless {@code --force} (the rejects file of an earlier import of the same roster is replaced, and said so).
 */
@Command(name = "import", description = "Register every row of a community roster (CSV).")
public final class ImportCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE", description = "The roster: CSV, tab- or semicolon-separated, UTF-8 or GBK, English or Chinese headers.")
    Path file;

    @Option(names = "--encoding", paramLabel = "E", description = "utf-8, gbk or gb18030 (default: detected).")
    String encoding;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where rejected rows go (default: FILE.rejects.csv beside the roster).")
    Path rejects;

    @Option(names = "--force", description = "Replace the rejects file if it exists (never the database or the roster).")
    boolean force;

    @Option(names = "--admit", description = "Also admit the registered cases that need quarantine into free rooms.")
    boolean admit;

    @Option(names = "--hotel", paramLabel = "NAME", description = "The hotel for --admit (optional when there is one).")
    String hotel;

    @Option(names = "--dry-run", description = "Validate and report without writing anything to the database.")
    boolean dryRun;

    @Option(names = "--atomic", description = "Import all rows or none: one rejected row and nothing is written.")
    boolean atomic;

    @Option(names = "--batch-size", paramLabel = "N", hidden = true, defaultValue = "250000",
            description = "Rows per committed batch (default 250000): each batch is all in or all out.")
    int batchSize;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        if (hotel != null && !admit) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.hotelWithoutAdmit"));
        }
        ImportSummary s;
        RejectsFile sink;
        CsvInput in = CsvInput.open(file, encoding, RosterHeader::recognises);
        try (in) {
            RosterHeader header = RosterHeader.of(in.header());
            sink = RejectsFile.prepare(rejects != null ? rejects : RejectsFile.besides(file), rejects != null, force,
                    in.header(), protectedFiles(file));
            Progress progress = new Progress(session().err(), System.console() != null);
            s = desk.importRoster(header, in.rows(),
                    new ImportOptions(dryRun, atomic, admit, hotel, Math.max(1, batchSize), i18n().locale()), sink, progress);
            progress.done();
            Map<String, Object> doc = ImportDocs.roster(s, sink, in);
            if (output().format() != Format.JSON) {
                doc.remove("warningKinds"); // message keys are for programs: a table has the texts and their counts
            }
            output().object(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sink.replacedStale()) {
            output().info(i18n().text(sink.written() != null ? "import.staleReplaced" : "import.staleRemoved",
                    RejectsFile.besides(file)));
        }
        if (s.atomicRefused()) {
            output().info(i18n().text("import.atomicRefused", s.rejected(), s.rowsRead(), sink.written()));
            return CliExitCode.REFUSED;
        }
        output().info(i18n().text(dryRun ? "import.dryRunDone" : "import.done", s.rowsRead(), s.registered(),
                s.duplicates(), s.rejected()));
        if (s.notAdmittedPeriodOver() > 0) {
            output().info(i18n().text("import.periodOver", s.notAdmittedPeriodOver(),
                    String.join(i18n().listSeparator(), s.periodOverCases())));
        }
        return CliExitCode.OK;
    }
}
