package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterColumn;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Registers the rows of a community roster (SPEC §8). One thread reads and validates rows while the caller's thread
 * writes them: valid rows go to the database in JDBC batches, where the unique indexes find duplicates (a row that
 * inserts nothing is then looked at alone); batches commit together (or all at once with {@code atomic}, or never
 * for a dry run), each with one audit event naming its cases. Memory does not grow with the number of rows: the
 * queue between the threads is bounded.
 */
final class RosterImporter {
    private static final int CHUNK = 500;
    private static final Object END = new Object();

    private final QuarantineDesk desk;
    private final RosterHeader header;
    private final ImportOptions options;
    private final RejectSink rejects;
    private final LongConsumer progress;
    private final Locale locale;
    private final String nowText;

    private long rowsRead;
    private long registered;
    private long duplicates;
    private long rejected;
    private long blank;
    private long warningCount;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    private long firstCaseId = -1;
    private long nextId;
    private PhoneSet phones;
    private final java.util.Set<String> origins = new java.util.HashSet<>();

    RosterImporter(QuarantineDesk desk, RosterHeader header, ImportOptions options, RejectSink rejects,
                   LongConsumer progress) {
        this.desk = desk;
        this.header = header;
        this.options = options;
        this.rejects = rejects;
        this.progress = progress;
        this.locale = options.locale() == null ? Locale.ROOT : options.locale();
        this.nowText = (String) Sql.toDb(desk.clock().instant());
    }

    /** A row after validation: rejected with its problems, or ready to insert. */
    private record Checked(RosterRow row, ValidRegistration valid, Classification classification, Temperature temperature,
                           Sex declaredSex, String problems, Object[] values) {
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
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4 * CHUNK);
        Thread reader = new Thread(() -> read(rows, queue), "roster-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            desk.database().bulkWrite();
            if (options.dryRun() || options.atomic()) {
                ImportSummary atomic = desk.database().inTransaction(sql -> {
                    start(sql);
                    while (writeBatch(sql, queue, Long.MAX_VALUE)) {
                        // all rows in this one transaction
                    }
                    Admitted a = options.admit() ? admit(sql) : Admitted.NONE;
                    ImportSummary s = summary(a);
                    if (options.dryRun()) {
                        throw new DryRunRollback(s);
                    }
                    return s;
                });
                return atomic;
            }
            boolean more = true;
            while (more) {
                more = desk.database().inTransaction(sql -> {
                    start(sql);
                    return writeBatch(sql, queue, options.batchSize());
                });
            }
            Admitted a = options.admit() ? desk.database().inTransaction(this::admit) : Admitted.NONE;
            return summary(a);
        } catch (DryRunRollback r) {
            return r.summary;
        } finally {
            reader.interrupt();
            rejects.finish();
        }
    }

    private void start(Sql sql) {
        nextId = sql.count("SELECT COALESCE(MAX(id), 0) + 1 FROM qcase");
        if (firstCaseId < 0) {
            firstCaseId = nextId;
            phones = new PhoneSet();
            sql.forEach("SELECT phone_key FROM qcase", rs -> phones.testAndSet(rs.getLong(1)));
        }
    }

    /**
     * The phones seen so far, as 2^24 hashed bits (2 MiB however large the roster): a clear bit proves a phone is new;
     * a set bit means it may have been seen, which the database then checks.
     */
    static final class PhoneSet {
        private final long[] bits = new long[1 << 18];

        /** Sets the phone's bit and says whether it was set before. */
        boolean testAndSet(long phoneKey) {
            int h = (int) ((phoneKey * 0x9E3779B97F4A7C15L) >>> 40);
            long mask = 1L << (h & 63);
            int word = h >>> 6;
            boolean seen = (bits[word] & mask) != 0;
            bits[word] |= mask;
            return seen;
        }
    }

    // ------------------------------------------------------------------ the reading thread

    private void read(Iterator<RosterRow> rows, BlockingQueue<Object> queue) {
        try {
            RegistrationValidator validator = new RegistrationValidator(RegionCatalog.bundled(), desk.today());
            while (rows.hasNext()) {
                queue.put(check(validator, rows.next()));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Object check(RegistrationValidator validator, RosterRow row) {
        List<String> cells = row.cells();
        if (isBlank(cells)) {
            return row;
        }
        List<String> problems = new ArrayList<>(2);
        int width = header.cells().size();
        if (cells.size() > width && !isBlank(cells.subList(width, cells.size()))) {
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
            return new Checked(row, null, null, null, null, String.join("; ", problems), null);
        }
        ValidRegistration v = result.valid();
        Classification c = desk.policies().inForce(v.arrival()).classify(v.origin());
        CaseStatus status = c.needsQuarantine() ? CaseStatus.REGISTERED : CaseStatus.NOT_REQUIRED;
        return new Checked(row, v, c, temp, Sex.fromText(header.get(cells, RosterColumn.SEX)), null,
                CaseKeys.values(null, v, c, status, nowText));
    }

    private static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ the writing thread

    /** Writes up to {@code limit} rows in the current transaction; false once the roster has ended. */
    private boolean writeBatch(Sql sql, BlockingQueue<Object> queue, long limit) {
        long first = nextId;
        long firstLine = -1;
        long lastLine = -1;
        long written = 0;
        long before = registered;
        List<Checked> chunk = new ArrayList<>(CHUNK);
        boolean more = true;
        while (written < limit) {
            Object item = take(queue);
            if (item == END) {
                more = false;
                break;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof RosterRow) {
                blank++;
                continue;
            }
            Checked c = (Checked) item;
            rowsRead++;
            written++;
            if (firstLine < 0) {
                firstLine = c.row().line();
            }
            lastLine = c.row().line();
            if (rowsRead % 1000 == 0) {
                progress.accept(rowsRead);
            }
            if (c.problems() != null) {
                rejected++;
                rejects.reject(c.row(), c.problems());
                continue;
            }
            chunk.add(c);
            if (chunk.size() == CHUNK) {
                insert(sql, chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            insert(sql, chunk);
        }
        if (registered > before) {
            desk.auditRange(sql, first, nextId - 1, "import", (registered - before) + " registered from roster lines "
                    + firstLine + "–" + lastLine);
        }
        return more;
    }

    private static Object take(BlockingQueue<Object> queue) {
        try {
            Object item = queue.poll(10, TimeUnit.MINUTES);
            if (item == null) {
                throw new IllegalStateException("roster reader stalled");
            }
            return item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** One JDBC batch of inserts; the rows the unique indexes refused are then looked at one by one. */
    private void insert(Sql sql, List<Checked> chunk) {
        List<Object[]> values = new ArrayList<>(chunk.size());
        long[] ids = new long[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            ids[i] = nextId++;
            Object[] v = chunk.get(i).values();
            v[0] = ids[i];
            values.add(v);
        }
        for (Checked c : chunk) {
            // A few thousand origins at most: each is written once per import.
            if (origins.add(c.classification().origin().code())) {
                sql.update(CaseRows.ORIGIN, c.classification().origin().code(), c.classification().origin().fullName());
            }
        }
        int[] counts = sql.batch(CaseKeys.INSERT, values);
        for (int i = 0; i < chunk.size(); i++) {
            Checked c = chunk.get(i);
            if (counts[i] == 1) {
                registered++;
                byCategory.merge(c.classification().category(), 1L, Long::sum);
                Sex derived = c.valid().identity().sex();
                if (c.declaredSex() != null && derived != null && c.declaredSex() != derived) {
                    warn(c.row(), new Message("import.sexContradicts", c.declaredSex().chinese(), derived.chinese())
                            .text(locale));
                }
                if (c.temperature() != null && c.classification().needsQuarantine()) {
                    desk.recordTemperature(sql, CaseRows.number(ids[i]), c.temperature(), null, null);
                }
            } else {
                refused(sql, c);
            }
        }
        // Same name and phone under another identity number: one indexed query for the whole chunk.
        // Same name and phone under another identity number. Most phones appear once: the bit set of phones seen
        // sends only the others (and a few hash collisions) to the database.
        for (int i = 0; i < chunk.size(); i++) {
            if (counts[i] != 1) {
                continue;
            }
            Object[] v = values.get(i);
            long phoneKey = (Long) v[6];
            if (phones.testAndSet(phoneKey)) {
                Checked c = chunk.get(i);
                for (String[] other : sql.list("SELECT DISTINCT id_type, id_number FROM qcase WHERE phone_key = ? "
                                + "AND id <> ? AND phone = ? AND name = ? AND NOT (id_type = ? AND id_number = ?)",
                        rs -> new String[] {rs.getString(1), rs.getString(2)}, phoneKey, ids[i], v[5], v[4], v[2], v[3])) {
                    warn(c.row(), new Message("register.possibleDuplicate", v[4],
                            IdentityDocument.mask(IdType.valueOf(other[0]), other[1])).text(locale));
                }
            }
        }
    }

    /** A row the database refused: a duplicate (same person, same arrival), or a person with another open case. */
    private void refused(Sql sql, Checked c) {
        try {
            RegisterResult r = desk.register(sql, c.valid());
            if (r.duplicate()) {
                duplicates++;
            } else {
                throw new IllegalStateException("row refused by the database but registered alone: line " + c.row().line());
            }
        } catch (QuarantineException e) {
            if (e.kind() != ErrorKind.REFUSED && e.kind() != ErrorKind.INVALID_INPUT) {
                throw e;
            }
            rejected++;
            rejects.reject(c.row(), e.message(locale));
        }
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
        String candidates = "FROM qcase c WHERE c.id >= ? AND c.status = 'REGISTERED' ";
        long total = sql.count("SELECT COUNT(*) " + candidates, firstCaseId);
        long admitted = 0;
        long fever = 0;
        long seen = 0;
        List<String> left = new ArrayList<>();
        boolean full = false;
        // Pages of candidates, so that a huge import does not hold every case number in memory.
        while (!full && seen < total) {
            List<String[]> page = sql.list("SELECT c.id, (SELECT r.tenths FROM reading r WHERE r.case_id = c.id "
                            + "ORDER BY r.taken_at DESC, r.id DESC LIMIT 1) AS t " + candidates
                            + "ORDER BY c.group_renter DESC, c.arrival_date, c.id LIMIT 1000 OFFSET " + (seen - admitted),
                    rs -> new String[] {CaseRows.number(rs.getLong(1)), rs.getString(2)}, firstCaseId);
            if (page.isEmpty()) {
                break;
            }
            for (String[] c : page) {
                Temperature t = c[1] == null ? null : Temperature.ofTenths(Integer.parseInt(c[1]));
                if (t != null && desk.currentPolicy().isFever(t)) {
                    fever++;
                    seen++;
                    continue;
                }
                try {
                    desk.admitBulk(sql, c[0], t, options.hotel());
                    admitted++;
                    seen++;
                } catch (QuarantineException e) {
                    if (!"hotel.full".equals(e.key())) {
                        throw e;
                    }
                    full = true;
                    break;
                }
            }
        }
        long noRoom = total - seen;
        if (noRoom > 0) {
            // The first of those left, in the order they would have been admitted.
            // (A fever at the roster's reading opened an alert: those people are not waiting for a room.)
            left.addAll(sql.list("SELECT c.id " + candidates + "AND NOT EXISTS (SELECT 1 FROM fever_alert a "
                    + "WHERE a.case_id = c.id AND a.closed_at IS NULL) ORDER BY c.group_renter DESC, c.arrival_date, c.id LIMIT "
                    + ImportSummary.MAX_WARNINGS, rs -> CaseRows.number(rs.getLong(1)), firstCaseId));
        }
        return new Admitted(admitted, noRoom, fever, List.copyOf(left));
    }

    private ImportSummary summary(Admitted a) {
        return new ImportSummary(rowsRead, registered, duplicates, rejected, blank, a.admitted(), a.noRoom(), a.fever(),
                Map.copyOf(byCategory), header.ignoredColumns(), warningCount, List.copyOf(warnings), a.left(),
                options.dryRun(), options.atomic());
    }
}
