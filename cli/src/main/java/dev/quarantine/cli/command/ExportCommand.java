package dev.quarantine.cli.command;

import dev.quarantine.cli.CliExitCode;
import dev.quarantine.cli.io.CsvOutput;
import dev.quarantine.cli.io.Encodings;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.HotelView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code export cases|readings|bills|rooms|events [--out FILE] [--encoding utf-8|gbk]} (SPEC §9). Identity numbers
 * and phones are masked unless {@code --unmasked}, which is recorded in the audit log. The cases export uses the
 * roster's column names, so an unmasked export imports back as the same cases.
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

    @Override
    protected CliExitCode run(QuarantineDesk desk) {
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
            try (AtomicOutput file = AtomicOutput.open(out, force, List.of(dbPath()))) {
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

    private long write(QuarantineDesk desk, CsvOutput csv) {
        Docs docs = docs();
        long[] rows = {0};
        switch (kind) {
            case cases -> {
                csv.row(List.of("case_number", "name", "id_type", "id_number", "phone", "origin", "origin_name",
                        "arrival_date", "community", "address", "group_renter", "notes", "category", "period_days",
                        "eligible_date", "status", "hotel", "room", "block", "door_tag", "registered_at",
                        "admitted_at", "released_at", "checked_by", "hospital", "policy_id"));
                desk.forEachCase(CaseFilter.ALL, c -> {
                    csv.row(cells(c.caseNumber(), c.name(), c.idType().id(), docs.idNumber(c), docs.phone(c.phone()),
                            c.originCode(), c.origin(), c.arrivalDate(), c.community(), c.address(),
                            c.groupRenter() ? "yes" : "no", c.notes(), c.category(), c.periodDays(), c.eligibleDate(),
                            c.status(), c.hotel(), c.room(), c.block() == 0 ? null : c.block(), c.doorTag(),
                            docs.time(c.registeredAt()), docs.time(c.admittedAt()), docs.time(c.releasedAt()),
                            c.checkedBy(), c.hospital(), c.policyId()));
                    rows[0]++;
                });
            }
            case readings -> {
                csv.row(List.of("case_number", "name", "taken_at", "temperature", "fever", "recorded_by"));
                desk.forEachReading(r -> {
                    csv.row(cells(r.caseNumber(), r.name(), docs.time(r.takenAt()), r.temperature(),
                            r.fever() ? "yes" : "no", r.recordedBy()));
                    rows[0]++;
                });
            }
            case bills -> {
                csv.row(List.of("case_number", "estimate", "from", "to", "nights", "nightly_rate", "total",
                        "hotel_waiver", "subsidy", "person", "paid", "outstanding"));
                desk.forEachBill(b -> {
                    csv.row(cells(b.caseNumber(), b.estimate() ? "yes" : "no", b.from(), b.to(), b.nights(),
                            b.nightlyRate(), b.total(), b.hotelWaiver(), b.subsidy(), b.person(), b.paid(),
                            b.outstanding()));
                    rows[0]++;
                });
            }
            case rooms -> {
                csv.row(List.of("hotel", "room", "state", "block", "case_number", "name"));
                for (HotelView h : desk.hotels()) {
                    for (RoomView r : desk.rooms(h.name())) {
                        csv.row(cells(r.hotel(), r.number(), r.state(), r.block(), r.caseNumber(), r.name()));
                        rows[0]++;
                    }
                }
            }
            case events -> {
                csv.row(List.of("id", "at", "operator", "command", "case_number", "action", "details"));
                desk.forEachEvent(e -> {
                    csv.row(cells(e.id(), docs.time(e.at()), e.operator(), e.command(), e.caseNumber(), e.action(),
                            e.details()));
                    rows[0]++;
                });
            }
        }
        return rows[0];
    }

    private static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        Arrays.stream(values).forEach(v -> cells.add(v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString()));
        return cells;
    }
}
