package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.io.CsvOutput;
import dev.quarantine.io.Encodings;
import dev.quarantine.io.XlsxWriter;
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
@Command(name = "export", description = "Write cases, readings, bills, rooms or the event log as CSV or as an Excel workbook (.xlsx).")
public final class ExportCommand extends DeskCommand implements XlsxCapable {
    /** What can be exported. */
    public enum Kind {
        cases, readings, bills, rooms, events
    }

    @Parameters(paramLabel = "KIND", description = "cases, readings, bills, rooms or events.")
    Kind kind;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: standard output); FILE.xlsx (or --format xlsx) writes a workbook.")
    Path out;

    @Option(names = "--encoding", paramLabel = "utf-8|gbk", description = "utf-8 with BOM (default) or gbk (CSV only).")
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
        boolean workbook = XlsxCapable.workbook(this, out);
        if (workbook && encoding != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), i18n().text("export.encodingNotWorkbook"));
        }
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Encodings.of(encoding);
        long rows;
        if (workbook) {
            try (AtomicOutput file = AtomicOutput.open(out, force, protectedFiles())) {
                try {
                    XlsxWriter xlsx = new XlsxWriter(new java.io.BufferedOutputStream(file.stream(), 1 << 16));
                    rows = write(desk, new Rows() {
                        private XlsxWriter.Sheet sheet;

                        @Override
                        public <T> void start(ExportSchema<T> schema) {
                            sheet = xlsx.sheet(kind.name(), schema.header(i18n().chinese()));
                        }

                        @Override
                        public <T> void row(ExportSchema<T> schema, T record, Docs docs) {
                            sheet.row(schema.typedRow(record, docs));
                        }
                    });
                    xlsx.finish();
                } catch (UncheckedIOException e) {
                    throw FileProblems.of(out, e.getCause());
                }
                file.commit();
            }
        } else if (out == null) {
            rows = write(desk, csvRows(new CsvOutput(output().out(), false, true)));
            output().finish();
        } else {
            // Complete or nothing: a temporary file beside the target, renamed into place once every row is written.
            try (AtomicOutput file = AtomicOutput.open(out, force, protectedFiles())) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), charset), 1 << 16);
                try {
                    CsvOutput csv = new CsvOutput(writer, charset.equals(StandardCharsets.UTF_8), false);
                    rows = write(desk, csvRows(csv));
                    csv.flush();
                } catch (UncheckedIOException e) {
                    throw FileProblems.of(out, e.getCause());
                }
                file.commit();
            }
        }
        desk.audit().record(null, "export", kind + " (" + rows + " rows) to " + (out == null ? "stdout" : out)
                + (global().unmasked() ? ", UNMASKED" : ", masked"));
        if (out != null) {
            output().info(i18n().text("export.done", rows, kind, out));
        }
        return CliExitCode.OK;
    }

    /** Where the rows of an export go: a CSV file or stream, or a workbook's sheet. */
    private interface Rows {
        <T> void start(ExportSchema<T> schema);

        <T> void row(ExportSchema<T> schema, T record, Docs docs);
    }

    /** CSV rows, the header in the run's language. */
    private Rows csvRows(CsvOutput csv) {
        boolean chinese = i18n().chinese();
        return new Rows() {
            @Override
            public <T> void start(ExportSchema<T> schema) {
                csv.row(schema.header(chinese));
            }

            @Override
            public <T> void row(ExportSchema<T> schema, T record, Docs docs) {
                csv.row(schema.row(record, docs));
            }
        };
    }

    /** Writes the header and one row per record of the kind; returns the number of rows. */
    private long write(QuarantineDesk desk, Rows out) {
        Docs docs = docs();
        long[] rows = {0};
        switch (kind) {
            case cases -> desk.cases().forEach(CaseFilter.ALL, rowWriter(ExportSchema.CASES, out, docs, rows));
            case readings -> desk.health().forEach(rowWriter(ExportSchema.READINGS, out, docs, rows));
            case bills -> desk.billing().forEach(rowWriter(ExportSchema.BILLS, out, docs, rows));
            case rooms -> desk.hotels().forEachRoom(rowWriter(ExportSchema.ROOMS, out, docs, rows));
            case events -> desk.audit().forEach(rowWriter(ExportSchema.EVENTS, out, docs, rows));
        }
        return rows[0];
    }

    /** Writes {@code schema}'s header now, and then a row for each record given, counting them in {@code rows[0]}. */
    private static <T> Consumer<T> rowWriter(ExportSchema<T> schema, Rows out, Docs docs, long[] rows) {
        out.start(schema);
        return r -> {
            out.row(schema, r, docs);
            rows[0]++;
        };
    }
}
