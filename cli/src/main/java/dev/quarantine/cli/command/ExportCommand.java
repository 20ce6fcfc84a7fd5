package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.io.CsvOutput;
import dev.quarantine.cli.io.Encodings;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.cli.render.ExportSchema;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code export cases|readings|bills|rooms|events [--out FILE] [--encoding utf-8|gbk]} (SPEC §9). Identity numbers
 * and phones are masked unless {@code --unmasked}, which is recorded in the audit log. The cases export uses the
 * roster's column names, so an unmasked export imports back as the same cases. The columns of each kind, and how a
 * record becomes a row, are {@link ExportSchema}'s.
 */
@Command(name = "export", description = "Write cases, readings, bills, rooms or the event log as CSV.")
public final class ExportCommand extends DeskCommand {
    /** What can be exported. */
    public enum Kind {
        cases, readings, bills, rooms, events
    }

    @Parameters(paramLabel = "KIND", description = "cases, readings, bills, rooms or events.")
    Kind kind;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--encoding", paramLabel = "utf-8|gbk", description = "utf-8 with BOM (default) or gbk.")
    String encoding;

    @Option(names = "--force", description = "Replace FILE if it exists (never the database itself).")
    boolean force;

    @Mixin
    AllOfficesOption offices;

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
        offices.apply(desk);
        if (out == null && encoding != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), i18n().text("export.encodingNeedsOut"));
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Encodings.of(encoding);
        long rows;
        if (out == null) {
            rows = write(desk, new CsvOutput(output().out(), false, true));
            output().finish();
        } else {
            // Complete or nothing: a temporary file beside the target, renamed into place once every row is written.
            try (AtomicOutput file = AtomicOutput.open(out, force, protectedFiles())) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), charset), 1 << 16);
                try {
                    CsvOutput csv = new CsvOutput(writer, charset.equals(StandardCharsets.UTF_8), false);
                    rows = write(desk, csv);
                    csv.flush();
                } catch (UncheckedIOException e) {
                    throw FileProblems.of(out, e.getCause());
                }
                file.commit();
            }
        }
        desk.recordAudit(null, "export", kind + " (" + rows + " rows) to " + (out == null ? "stdout" : out)
                + (global().unmasked() ? ", UNMASKED" : ", masked"));
        if (out != null) {
            output().info(i18n().text("export.done", rows, kind, out));
        }
        return CliExitCode.OK;
    }

    /** Writes the header and one row per record of the kind; returns the number of rows. */
    private long write(QuarantineDesk desk, CsvOutput csv) {
        Docs docs = docs();
        long[] rows = {0};
        switch (kind) {
            case cases -> desk.forEachCase(CaseFilter.ALL, rowWriter(ExportSchema.CASES, csv, docs, rows));
            case readings -> desk.forEachReading(rowWriter(ExportSchema.READINGS, csv, docs, rows));
            case bills -> desk.forEachBill(rowWriter(ExportSchema.BILLS, csv, docs, rows));
            case rooms -> desk.forEachRoom(rowWriter(ExportSchema.ROOMS, csv, docs, rows));
            case events -> desk.forEachEvent(rowWriter(ExportSchema.EVENTS, csv, docs, rows));
        }
        return rows[0];
    }

    /** Writes {@code schema}'s header now, and then a row for each record given, counting them in {@code rows[0]}. */
    private static <T> Consumer<T> rowWriter(ExportSchema<T> schema, CsvOutput csv, Docs docs, long[] rows) {
        csv.row(schema.columns());
        return r -> {
            csv.row(schema.row(r, docs));
            rows[0]++;
        };
    }
}
