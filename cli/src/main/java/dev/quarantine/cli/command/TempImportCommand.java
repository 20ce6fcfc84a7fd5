package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.io.RejectsFile;
import dev.quarantine.io.TableInput;
import dev.quarantine.cli.render.ImportDocs;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ReadingColumn;
import dev.quarantine.core.roster.ReadingImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** {@code temp import FILE}: a sheet of readings (case, temperature, time, recorded by). */
@Command(name = "import", description = "Import temperature readings from a sheet (CSV or Excel .xlsx: case, temperature, time, by).")
public final class TempImportCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE", description = "The sheet: an Excel workbook (.xlsx), or CSV (UTF-8 or GBK); English or Chinese headers.")
    Path file;

    @Option(names = "--encoding", paramLabel = "E", description = "utf-8, gbk or gb18030 (default: detected; CSV only).")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The workbook's sheet to read (default: the first with a readings header).")
    String sheet;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where rejected rows go (default: FILE.rejects.csv, or FILE.rejects.xlsx for a workbook); .xlsx or CSV by its name.")
    Path rejects;

    @Option(names = "--force", description = "Replace the rejects file if it exists (never the database or the sheet).")
    boolean force;

    @Option(names = "--dry-run", description = "Validate and report without writing.")
    boolean dryRun;

    @Option(names = "--atomic", description = "Import all rows or none: one rejected row and nothing is written.")
    boolean atomic;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        TableInput in = TableInput.open(file, encoding, sheet, ReadingColumn::recognises);
        ReadingImportSummary s;
        RejectsFile sink;
        try (in) {
            if (in.workbook() && encoding != null) {
                throw new ParameterException(spec.commandLine(), i18n().text("import.encodingNotWorkbook", file));
            }
            if (!in.workbook() && sheet != null) {
                throw new ParameterException(spec.commandLine(), i18n().text("import.sheetNotCsv", file));
            }
            sink = RejectsFile.prepare(rejects != null ? rejects : RejectsFile.besides(file, in.workbook()),
                    rejects != null, force, in.header(), protectedFiles(file));
            s = desk.health().importReadings(in.header(), in.rows(),
                    new ImportOptions(dryRun, atomic, false, null, ImportOptions.DEFAULT_BATCH, i18n().locale()), sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output().object(ImportDocs.readings(s, sink, dryRun));
        if (sink.replacedStale()) {
            output().info(i18n().text(sink.written() != null ? "import.staleReplaced" : "import.staleRemoved",
                    RejectsFile.besides(file, in.workbook())));
        }
        if (s.atomicRefused()) {
            output().info(i18n().text("import.atomicRefused", s.rejected(), s.rowsRead(), sink.written()));
            return CliExitCode.REFUSED;
        }
        if (s.alertsOpened() > 0) {
            output().info(i18n().text("tempImport.alerts", s.alertsOpened()));
        }
        return CliExitCode.OK;
    }
}
