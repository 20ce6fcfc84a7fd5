package dev.quarantine.core.internal.service;

import dev.quarantine.core.result.ReadingResult;

import dev.quarantine.core.Dates;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ReadingColumn;
import dev.quarantine.core.roster.ReadingImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.internal.store.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a sheet of temperature readings ({@code temp import}): each row names a case, a reading, a time and who
 * took it. The same accounting as a roster: recorded + duplicates (same case, time and value) + rejected = rows read.
 * A fever opens an alert as a single reading would.
 */
public final class ReadingImporter {
    private final DeskContext context;
    private final HealthService health;
    private final List<String> header;
    private final Map<ReadingColumn, Integer> index = new EnumMap<>(ReadingColumn.class);
    private final List<String> ignored = new ArrayList<>();
    private final ImportOptions options;
    private final RejectSink rejects;
    private final Locale locale;
    private long rowsRead;
    private long recorded;
    private long duplicates;
    private long rejected;
    private long blank;
    private long fevers;
    private long alerts;

    public ReadingImporter(DeskContext context, HealthService health, List<String> header, ImportOptions options,
                           RejectSink rejects) {
        this.context = context;
        this.health = health;
        this.header = header;
        this.options = options;
        this.rejects = rejects;
        this.locale = options.locale() == null ? Locale.ROOT : options.locale();
        for (int i = 0; i < header.size(); i++) {
            ReadingColumn c = ReadingColumn.of(header.get(i));
            if (c == null || index.containsKey(c)) {
                ignored.add(header.get(i) == null || header.get(i).isBlank() ? "#" + (i + 1) : header.get(i).strip());
            } else {
                index.put(c, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ReadingColumn c : ReadingColumn.values()) {
            if (c.required() && !index.containsKey(c)) {
                missing.add(c.header() + " (" + String.join("/", c.headers().subList(1, c.headers().size())) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "import.missingColumns", String.join(", ", missing),
                    String.join(", ", header));
        }
    }

    public ReadingImportSummary run(Iterator<RosterRow> rows) {
        try {
            if (options.atomic() || options.dryRun()) {
                try {
                    return context.db().inTransaction(sql -> {
                        while (rows.hasNext()) {
                            row(sql, rows.next());
                        }
                        rejects.complete();
                        if (options.dryRun() || rejected > 0) {
                            throw new DryRun();
                        }
                        return summary(false);
                    });
                } catch (DryRun d) {
                    return summary(!options.dryRun());
                }
            }
            // A batch ends without reading ahead, so a broken row after it cannot roll it back.
            while (rows.hasNext()) {
                context.db().inTransaction(sql -> {
                    int n = 0;
                    do {
                        row(sql, rows.next());
                        n++;
                    } while (n < options.batchSize() && rows.hasNext());
                    return null;
                });
            }
            rejects.complete();
            return summary(false);
        } finally {
            rejects.close();
        }
    }

    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRun() {
            super(null, null, false, false);
        }
    }

    private String cell(List<String> cells, ReadingColumn c) {
        Integer i = index.get(c);
        return i == null || i >= cells.size() ? null : cells.get(i);
    }

    private String label(ReadingColumn c) {
        Integer i = index.get(c);
        return i == null ? c.header() : header.get(i).replace("\uFEFF", "").strip();
    }

    private void row(Sql sql, RosterRow row) {
        if (row.cells().stream().allMatch(c -> c == null || c.isBlank())) {
            blank += row.lines();
            return;
        }
        rowsRead++;
        List<String> problems = new ArrayList<>();
        Temperature t = null;
        Instant at = null;
        try {
            t = context.currentPolicy().checkPlausible(Temperature.parse(cell(row.cells(), ReadingColumn.TEMPERATURE)));
        } catch (QuarantineException e) {
            problems.add(label(ReadingColumn.TEMPERATURE) + ": " + e.message(locale));
        }
        try {
            at = Dates.parseTimestamp(cell(row.cells(), ReadingColumn.TIME), context.zone()).toInstant();
        } catch (QuarantineException e) {
            problems.add(label(ReadingColumn.TIME) + ": " + e.message(locale));
        }
        CaseStore.Row found = null;
        try {
            found = CaseStore.find(sql, String.valueOf(cell(row.cells(), ReadingColumn.CASE)), context);
        } catch (QuarantineException e) {
            problems.add(label(ReadingColumn.CASE) + ": " + e.message(locale));
        }
        if (!problems.isEmpty()) {
            reject(row, String.join(dev.quarantine.core.Messages.problemSeparator(locale), problems));
            return;
        }
        if (health.recorded(sql, found, at, t)) {
            duplicates++;
            return;
        }
        try {
            ReadingResult r = health.record(sql, found, t, at, cell(row.cells(), ReadingColumn.BY));
            recorded++;
            fevers += r.fever() ? 1 : 0;
            alerts += r.alertOpened() ? 1 : 0;
        } catch (QuarantineException e) {
            if (e.kind() == ErrorKind.INTERNAL) {
                throw e;
            }
            reject(row, e.message(locale));
        }
    }

    private void reject(RosterRow row, String error) {
        rejected++;
        rejects.reject(row, error);
    }

    private ReadingImportSummary summary(boolean atomicRefused) {
        return new ReadingImportSummary(rowsRead, recorded, duplicates, rejected, blank, fevers, alerts,
                List.copyOf(ignored), options.dryRun(), atomicRefused);
    }
}
