package dev.quarantine.cli.command;

import dev.quarantine.cli.io.CsvInput;
import dev.quarantine.cli.io.Progress;
import dev.quarantine.cli.io.RejectsFile;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Category;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code import FILE [--encoding E] [--rejects FILE] [--admit [--hotel H]] [--dry-run] [--atomic]} (SPEC §8). */
@Command(name = "import", description = "Register every row of a community roster (CSV).")
public final class ImportCommand extends DeskCommand {
    @Parameters(paramLabel = "FILE", description = "The roster: CSV or tab-separated, UTF-8 or GBK, English or Chinese headers.")
    Path file;

    @Option(names = "--encoding", paramLabel = "E", description = "utf-8, gbk or gb18030 (default: detected).")
    String encoding;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where rejected rows go (default: FILE.rejects.csv beside the roster).")
    Path rejects;

    @Option(names = "--admit", description = "Also admit the registered cases that need quarantine into free rooms.")
    boolean admit;

    @Option(names = "--hotel", paramLabel = "NAME", description = "The hotel for --admit (optional when there is one).")
    String hotel;

    @Option(names = "--dry-run", description = "Validate and report without writing anything to the database.")
    boolean dryRun;

    @Option(names = "--atomic", description = "Import all rows or none.")
    boolean atomic;

    @Option(names = "--batch-size", paramLabel = "N", hidden = true, defaultValue = "250000",
            description = "Rows per committed batch (default 250000): each batch is all in or all out.")
    int batchSize;

    @Override
    protected int run(QuarantineDesk desk) {
        if (hotel != null && !admit) {
            throw new ParameterException(spec.commandLine(), i18n().text("import.hotelWithoutAdmit"));
        }
        if (encoding != null) {
            option("--encoding", () -> CsvInput.charset(encoding));
        }
        Path rejectsPath = rejects != null ? rejects : RejectsFile.besides(file);
        ImportSummary s;
        CsvInput in = CsvInput.open(file, encoding);
        try (in) {
            RosterHeader header = RosterHeader.of(in.header());
            RejectsFile sink = new RejectsFile(rejectsPath, in.header());
            Progress progress = new Progress(context().err(), System.console() != null);
            s = desk.importRoster(header, in.rows(),
                    new ImportOptions(dryRun, atomic, admit, hotel, Math.max(1, batchSize), i18n().locale()), sink, progress);
            progress.done();
            output().object(doc(s, sink.written(), in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output().info(i18n().text(dryRun ? "import.dryRunDone" : "import.done", s.rowsRead(), s.registered(),
                s.duplicates(), s.rejected()));
        return 0;
    }

    static Map<String, Object> doc(ImportSummary s, Path rejectsFile, CsvInput in) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rowsRead", s.rowsRead());
        d.put("registered", s.registered());
        d.put("duplicates", s.duplicates());
        d.put("rejected", s.rejected());
        d.put("admitted", s.admitted());
        d.put("notAdmittedNoRoom", s.notAdmittedNoRoom());
        d.put("notAdmittedFever", s.notAdmittedFever());
        Map<String, Object> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            byCategory.put(c.name(), s.byCategory().getOrDefault(c, 0L));
        }
        d.put("byCategory", byCategory);
        d.put("rejectsFile", rejectsFile == null ? null : rejectsFile.toString());
        d.put("ignoredColumns", s.ignoredColumns());
        d.put("warningCount", s.warningCount());
        d.put("warnings", s.warnings());
        d.put("notAdmittedCases", s.notAdmittedCases());
        d.put("blankLines", s.blankLines());
        d.put("encoding", in.charset().name() + (in.hadBom() ? " (BOM)" : ""));
        d.put("delimiter", in.separator() == '\t' ? "tab" : "comma");
        d.put("dryRun", s.dryRun());
        d.put("atomic", s.atomic());
        d.put("balanced", s.balanced());
        return d;
    }
}
