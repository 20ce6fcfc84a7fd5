package dev.quarantine.core.desk;

import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterColumn;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.internal.store.Sql;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Registers the rows of a community roster (SPEC §8): streams the rows, validates each one reporting every problem,
 * lets the database's unique keys find duplicates, commits in batches (or all at once, or not at all for a dry run),
 * then optionally admits the new cases into free rooms. Memory does not grow with the number of rows.
 */
final class RosterImporter {
    private final QuarantineDesk desk;
    private final RosterHeader header;
    private final ImportOptions options;
    private final RejectSink rejects;
    private final LongConsumer progress;
    private final RegistrationValidator validator;
    private final Locale locale;

    private long rowsRead;
    private long registered;
    private long duplicates;
    private long rejected;
    private long blank;
    private long warningCount;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private long firstCaseId = -1;

    RosterImporter(QuarantineDesk desk, RosterHeader header, ImportOptions options, RejectSink rejects,
                   LongConsumer progress) {
        this.desk = desk;
        this.header = header;
        this.options = options;
        this.rejects = rejects;
        this.progress = progress;
        this.validator = new RegistrationValidator(RegionCatalog.bundled(), desk.today());
        this.locale = options.locale() == null ? Locale.ROOT : options.locale();
    }

    /** Thrown inside the transaction of a dry run to roll it back, carrying the result out. */
    private static final class DryRunRollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportSummary summary;

        DryRunRollback(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    ImportSummary run(Iterator<RosterRow> rows) {
        try {
            if (options.dryRun() || options.atomic()) {
                return desk.database().inTransaction(sql -> {
                    firstCaseId = nextCaseId(sql);
                    while (rows.hasNext()) {
                        row(sql, rows.next());
                    }
                    Admitted a = options.admit() ? admit(sql) : Admitted.NONE;
                    ImportSummary s = summary(a);
                    if (options.dryRun()) {
                        throw new DryRunRollback(s);
                    }
                    return s;
                });
            }
            firstCaseId = desk.database().read(RosterImporter::nextCaseId);
            // A batch ends without reading ahead, so a broken row after it cannot roll it back.
            while (rows.hasNext()) {
                desk.database().inTransaction(sql -> {
                    int n = 0;
                    do {
                        row(sql, rows.next());
                        n++;
                    } while (n < options.batchSize() && rows.hasNext());
                    return null;
                });
            }
            Admitted a = options.admit() ? desk.database().inTransaction(this::admit) : Admitted.NONE;
            return summary(a);
        } catch (DryRunRollback r) {
            return r.summary;
        } finally {
            rejects.finish();
        }
    }

    private static long nextCaseId(Sql sql) {
        return sql.count("SELECT COALESCE(MAX(id), 0) + 1 FROM qcase");
    }

    private void row(Sql sql, RosterRow row) {
        List<String> cells = row.cells();
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            blank++;
            return;
        }
        rowsRead++;
        if (rowsRead % 1000 == 0) {
            progress.accept(rowsRead);
        }
        List<String> problems = new ArrayList<>();
        int width = header.cells().size();
        if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch(c -> c != null && !c.isBlank())) {
            problems.add(new Message("import.extraCells", cells.size(), width).text(locale));
        }
        RegistrationValidator.Result result = validator.validate(header.input(cells));
        result.problems().forEach(p -> problems.add(header.label(p.field()) + ": " + p.message().text(locale)));
        Temperature temp = null;
        String tempText = header.get(cells, RosterColumn.TEMPERATURE);
        if (tempText != null && !tempText.isBlank()) {
            try {
                temp = desk.currentPolicy().checkPlausible(Temperature.parse(tempText));
            } catch (QuarantineException e) {
                problems.add(header.label("temperature") + ": " + e.message(locale));
            }
        }
        if (!problems.isEmpty()) {
            reject(row, String.join("; ", problems));
            return;
        }
        RegisterResult r;
        try {
            r = desk.register(sql, result.valid());
        } catch (QuarantineException e) {
            if (e.kind() == ErrorKind.REFUSED || e.kind() == ErrorKind.INVALID_INPUT) {
                reject(row, e.message(locale));
                return;
            }
            throw e;
        }
        if (r.duplicate()) {
            duplicates++;
            return;
        }
        registered++;
        byCategory.merge(r.caseView().category(), 1L, Long::sum);
        for (Message w : r.warnings()) {
            warn(row, w.text(locale));
        }
        Sex declared = Sex.fromText(header.get(cells, RosterColumn.SEX));
        Sex derived = r.caseView().sex();
        if (declared != null && derived != null && declared != derived) {
            warn(row, new Message("import.sexContradicts", declared.chinese(), derived.chinese()).text(locale));
        }
        if (temp != null && r.caseView().status().isOpen()) {
            desk.recordTemperature(sql, r.caseView().caseNumber(), temp, null, null);
        }
    }

    private void reject(RosterRow row, String error) {
        rejected++;
        rejects.reject(row, error);
    }

    private void warn(RosterRow row, String text) {
        warningCount++;
        if (warnings.size() < ImportSummary.MAX_WARNINGS) {
            warnings.add(new Message("import.lineWarning", row.line(), text).text(locale));
        }
    }

    private record Admitted(long admitted, long noRoom, long fever, List<String> left) {
        static final Admitted NONE = new Admitted(0, 0, 0, List.of());
    }

    /**
     * Admits the cases this import registered that need quarantine: group renters first, then by arrival date. The
     * intake temperature is the roster's, when it had one; a fever there keeps the person out.
     */
    private Admitted admit(Sql sql) {
        String order = "FROM qcase c WHERE c.id >= ? AND c.status = 'REGISTERED' ";
        long admitted = 0;
        long fever = 0;
        List<String> left = new ArrayList<>();
        long noRoom = 0;
        List<String[]> candidates = sql.list("SELECT c.case_number, "
                        + "(SELECT r.tenths FROM reading r WHERE r.case_id = c.id ORDER BY r.taken_at DESC, r.id DESC "
                        + "LIMIT 1) AS t " + order + "ORDER BY c.group_renter DESC, c.arrival_date, c.id",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, firstCaseId);
        for (String[] c : candidates) {
            if (noRoom > 0) {
                noRoom++;
                if (left.size() < ImportSummary.MAX_WARNINGS) {
                    left.add(c[0]);
                }
                continue;
            }
            Temperature t = c[1] == null ? null : Temperature.ofTenths(Integer.parseInt(c[1]));
            if (t != null && desk.currentPolicy().isFever(t)) {
                fever++;
                continue;
            }
            try {
                desk.admitBulk(sql, c[0], t, options.hotel());
                admitted++;
            } catch (QuarantineException e) {
                if (!"hotel.full".equals(e.key())) {
                    throw e;
                }
                noRoom++;
                left.add(c[0]);
            }
        }
        return new Admitted(admitted, noRoom, fever, List.copyOf(left));
    }

    private ImportSummary summary(Admitted a) {
        return new ImportSummary(rowsRead, registered, duplicates, rejected, blank, a.admitted(), a.noRoom(), a.fever(),
                Map.copyOf(byCategory), header.ignoredColumns(), warningCount, List.copyOf(warnings), a.left(),
                options.dryRun(), options.atomic());
    }
}
