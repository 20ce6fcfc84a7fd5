package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.io.Progress;
import dev.quarantine.io.RejectsFile;
import dev.quarantine.io.TableInput;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.ImportDocs;
import dev.quarantine.cli.render.RosterTemplate;
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
@Command(name = "import", description = "Register every row of a community roster (CSV or Excel .xlsx).")
public final class ImportCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "The roster: an Excel workbook (.xlsx), or CSV (comma, tab or semicolon; UTF-8 or GBK); English or Chinese headers.")
    Path file;

    @Option(names = "--encoding", paramLabel = "E", description = "utf-8, gbk or gb18030 (default: detected; CSV only).")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet to read (default: the first with a roster header).")
    String sheet;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where rejected rows go (default: FILE.rejects.csv, or FILE.rejects.xlsx for a workbook, beside the roster); .xlsx or CSV by its name.")
    Path rejects;

    @Option(names = "--template", paramLabel = "FILE",
            description = "Write an empty roster to fill in (.xlsx: Chinese headers, an example row, the identity column as text, a sheet explaining each column; or .csv) and stop.")
    Path template;

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
    protected CliExitCode withoutDesk() {
        if (template == null) {
            if (file == null) {
                throw new ParameterException(spec.commandLine(), i18n().text("import.fileOrTemplate"));
            }
            return null;
        }
        if (file != null || admit || dryRun || atomic || rejects != null || sheet != null || encoding != null) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.templateAlone"));
        }
        RosterTemplate.write(template, force, protectedFiles());
        output().info(i18n().text("import.templateDone", template));
        return CliExitCode.OK;
    }

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        if (hotel != null && !admit) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.hotelWithoutAdmit"));
        }
        ImportSummary s;
        RejectsFile sink;
        TableInput in = TableInput.open(file, encoding, sheet, RosterHeader::recognises);
        try (in) {
            checkKind(in);
            RosterHeader header = RosterHeader.of(in.header());
            sink = RejectsFile.prepare(rejects != null ? rejects : RejectsFile.besides(file, in.workbook()),
                    rejects != null, force, in.header(), protectedFiles(file));
            Progress progress = new Progress(session().err(), System.console() != null);
            s = desk.cases().importRoster(header, in.rows(),
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
                    RejectsFile.besides(file, in.workbook())));
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

    /** {@code --encoding} is for CSV text, {@code --sheet} for a workbook. */
    private void checkKind(TableInput in) {
        if (in.workbook() && encoding != null) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.encodingNotWorkbook", file));
        }
        if (!in.workbook() && sheet != null) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.sheetNotCsv", file));
        }
    }
}
