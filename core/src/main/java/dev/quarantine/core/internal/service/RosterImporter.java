package dev.quarantine.core.internal.service;

import dev.quarantine.core.result.RegisterResult;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterColumn;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.time.LocalDate;
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
public final class RosterImporter {
    private static final int CHUNK = 500;
    private static final Object END = new Object();

    private final DeskContext context;
    private final AuditLog audit;
    private final RegistrationService registrations;
    private final AdmissionService admissions;
    private final HealthService health;
    private final RosterHeader header;
    private final ImportOptions options;
    private final RejectSink rejects;
    private final LongConsumer progress;
    private final Locale locale;
    private final Instant now;

    private long rowsRead;
    private long registered;
    private long duplicates;
    private long rejected;
    private long blank;
    private long rowLines;
    private long warningCount;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    /** The id ranges this import registered, one per batch: an admission takes only these cases. */
    private final List<long[]> ranges = new ArrayList<>();
    private long nextId;
    private PhoneSet phones;
    private Thread reader;
    private final java.util.Set<String> origins = new java.util.HashSet<>();

    public RosterImporter(DeskContext context, AuditLog audit, RegistrationService registrations,
                          AdmissionService admissions, HealthService health, RosterHeader header, ImportOptions options,
                          RejectSink rejects, LongConsumer progress) {
        this.context = context;
        this.audit = audit;
        this.registrations = registrations;
        this.admissions = admissions;
        this.health = health;
        this.header = header;
        this.options = options;
        this.rejects = rejects;
        this.progress = progress;
        this.locale = options.locale() == null ? Locale.ROOT : options.locale();
        this.now = context.now();
    }

    /** A row after validation: rejected with its problems, or ready to insert. */
    private record Checked(RosterRow row, ValidRegistration valid, Classification classification, Temperature temperature,
                           Sex declaredSex, String problems, NewCase newCase) {
    }

    /** Thrown inside the transaction of a dry run or a refused atomic import to roll it back, carrying the result out. */
    private static final class Rollback extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportSummary summary;

        Rollback(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }

    public ImportSummary run(Iterator<RosterRow> rows) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4 * CHUNK);
        reader = new Thread(() -> read(rows, queue), "roster-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            context.db().bulkWrite();
            if (options.dryRun() || options.atomic()) {
                return atomic(queue);
            }
            boolean more = true;
            while (more) {
                // The batch's first row is awaited outside its transaction: a slow reader never holds the write lock
                // that other clerks are waiting for.
                Object first = take(queue);
                more = first != END && context.db().inTransaction(sql -> {
                    start(sql);
                    return writeBatch(sql, queue, options.batchSize(), first);
                });
            }
            Admitted a = options.admit() ? context.db().inTransaction(this::admit) : Admitted.NONE;
            rejects.complete();
            return summary(a, false);
        } finally {
            reader.interrupt();
            rejects.close();
        }
    }

    /**
     * All rows in one transaction. A dry run always rolls back; an atomic import rolls back when any row was rejected
     * (SPEC §8: all rows or none). The rejects file is put in place before the commit, so that a rejects file that
     * cannot be written leaves nothing committed.
     */
    private ImportSummary atomic(BlockingQueue<Object> queue) {
        try {
            return context.db().inTransaction(sql -> {
                start(sql);
                while (writeBatch(sql, queue, Long.MAX_VALUE, take(queue))) {
                    // all rows in this one transaction
                }
                boolean refused = !options.dryRun() && rejected > 0;
                Admitted a = options.admit() && !refused ? admit(sql) : Admitted.NONE;
                rejects.complete();
                ImportSummary s = summary(a, refused);
                if (options.dryRun() || refused) {
                    throw new Rollback(s);
                }
                return s;
            });
        } catch (Rollback r) {
            return r.summary;
        }
    }

    private void start(Sql sql) {
        nextId = sql.count("SELECT COALESCE(MAX(id), 0) + 1 FROM qcase");
        if (phones == null) {
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
            RegistrationValidator validator = registrations.validator();
            while (rows.hasNext()) {
                queue.put(check(validator, rows.next()));
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Whatever stops the reader (a broken file, even running out of memory) ends the import at once: the
            // writer takes the failure from the queue instead of waiting for rows that will never come.
            QuarantineException failure = e instanceof QuarantineException q ? q
                    : new QuarantineException(ErrorKind.DATA_FILE, e, "import.readFailed", String.valueOf(e));
            try {
                queue.put(failure); // after the rows read before it, so that their batches are written first
            } catch (InterruptedException stop) {
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
                temp = context.currentPolicy().checkPlausible(Temperature.parse(tempText));
            } catch (QuarantineException e) {
                problems.add(header.label("temperature") + ": " + e.message(locale));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(row, null, null, null, null,
                    String.join(dev.quarantine.core.Messages.problemSeparator(locale), problems), null);
        }
        ValidRegistration v = result.valid();
        Classification c;
        try {
            c = context.policies().inForce(v.arrival()).classify(v.origin());
        } catch (QuarantineException e) {
            return new Checked(row, null, null, null, null, header.label("origin") + ": " + e.message(locale), null);
        }
        return new Checked(row, v, c, temp, Sex.fromText(header.get(cells, RosterColumn.SEX)), null,
                NewCase.of(v, c, now));
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

    /**
     * Writes up to {@code limit} rows in the current transaction, starting with {@code firstItem} (already taken from
     * the queue); false once the roster has ended.
     */
    private boolean writeBatch(Sql sql, BlockingQueue<Object> queue, long limit, Object firstItem) {
        long first = nextId;
        long firstLine = -1;
        long lastLine = -1;
        long written = 0;
        long before = registered;
        List<Checked> chunk = new ArrayList<>(CHUNK);
        boolean more = true;
        Object next = firstItem;
        while (written < limit) {
            Object item = next != null ? next : take(queue);
            next = null;
            if (item == END) {
                more = false;
                break;
            }
            if (item instanceof RuntimeException e) {
                throw e;
            }
            if (item instanceof RosterRow r) {
                blank += r.lines();
                continue;
            }
            Checked c = (Checked) item;
            rowsRead++;
            rowLines += c.row().lines();
            if (c.row().lines() > 1) {
                warn(c.row(), new Message("import.multiline", c.row().line(), c.row().lastLine()).text(locale));
            }
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
            // The ids of a batch are consecutive and ours alone (the write lock is held): the event names exactly them.
            ranges.add(new long[] {first, nextId - 1});
            audit.recordRange(sql, first, nextId - 1, "import", (registered - before) + " registered from roster lines "
                    + firstLine + "–" + lastLine);
        }
        return more;
    }

    /** The next item from the reader; if the reader has died without a word, the import fails instead of waiting. */
    private Object take(BlockingQueue<Object> queue) {
        try {
            while (true) {
                Object item = queue.poll(1, TimeUnit.SECONDS);
                if (item != null) {
                    return item;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new QuarantineException(ErrorKind.DATA_FILE, "import.readFailed", "the reader stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** One JDBC batch of inserts; the rows the unique indexes refused are then looked at one by one. */
    private void insert(Sql sql, List<Checked> chunk) {
        List<NewCase> cases = new ArrayList<>(chunk.size());
        for (Checked c : chunk) {
            cases.add(c.newCase());
            // A few thousand origins at most: each is written once per import.
            if (origins.add(c.classification().origin().code())) {
                CaseStore.origin(sql, c.classification().origin().code(), c.classification().origin().fullName());
            }
        }
        // Ids are left to the database: it gives max + 1 to each row it keeps, none to a row it skips.
        int[] counts = CaseStore.insertBatch(sql, cases);
        long[] ids = new long[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            ids[i] = counts[i] == 1 ? nextId++ : -1;
        }
        for (int i = 0; i < chunk.size(); i++) {
            Checked c = chunk.get(i);
            if (counts[i] == 1) {
                registered++;
                byCategory.merge(c.classification().category(), 1L, Long::sum);
                RegistrationService.areaWarning(c.valid().identity()).forEach(w -> warn(c.row(), w.text(locale)));
                Sex derived = c.valid().identity().sex();
                if (c.declaredSex() != null && derived != null && c.declaredSex() != derived) {
                    warn(c.row(), new Message("import.sexContradicts", c.declaredSex().chinese(), derived.chinese())
                            .text(locale));
                }
                if (c.temperature() != null && c.classification().needsQuarantine()) {
                    health.record(sql, CaseStore.byId(sql, ids[i], context.blockSize()), c.temperature(), null, null);
                }
            } else {
                refused(sql, c);
            }
        }
        // Same name and phone under another identity number. Most phones appear once: the bit set of phones seen
        // sends only the others (and a few hash collisions) to the database.
        for (int i = 0; i < chunk.size(); i++) {
            if (counts[i] == 1 && phones.testAndSet(cases.get(i).phoneKey())) {
                Checked c = chunk.get(i);
                registrations.possibleDuplicates(sql, c.valid(), ids[i]).forEach(w -> warn(c.row(), w.text(locale)));
            }
        }
    }

    /** A row the database refused: a duplicate (same person, same arrival), or a person with another open case. */
    private void refused(Sql sql, Checked c) {
        try {
            RegisterResult r = registrations.register(sql, c.valid());
            if (r.duplicate()) {
                duplicates++;
                r.warnings().forEach(w -> warn(c.row(), w.text(locale)));
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

    private record Admitted(long admitted, long noRoom, long fever, long periodOver, List<String> left,
                            List<String> over) {
        static final Admitted NONE = new Admitted(0, 0, 0, 0, List.of(), List.of());
    }

    /** True when case {@code id} was registered by this import (and not by someone else meanwhile). */
    private boolean ours(long id) {
        for (long[] r : ranges) {
            if (id >= r[0] && id <= r[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Admits the cases this import registered that need quarantine: group renters first, then by arrival date. The
     * intake temperature is the roster's, when it had one; a fever there keeps the person out. A case whose period is
     * already over by today is not admitted: it is to be checked and released (SPEC §8). Every candidate is counted:
     * admitted, kept out by a fever, period over, or left without a room.
     */
    private Admitted admit(Sql sql) {
        if (ranges.isEmpty()) {
            return Admitted.NONE;
        }
        String candidates = "FROM qcase c WHERE c.id BETWEEN ? AND ? AND c.status = 'REGISTERED' ";
        long low = ranges.get(0)[0];
        long high = ranges.get(ranges.size() - 1)[1];
        LocalDate today = context.today();
        long admitted = 0;
        long fever = 0;
        long over = 0;
        long noRoom = 0;
        long scanned = 0;
        List<String> left = new ArrayList<>();
        List<String> overCases = new ArrayList<>();
        boolean full = false;
        // Pages of candidates, so that a huge import does not hold every case number in memory. Admitted cases leave
        // the REGISTERED set; every other row stays, so the next page starts after those.
        while (true) {
            List<Object[]> page = sql.list("SELECT c.id, (SELECT r.tenths FROM reading r WHERE r.case_id = c.id "
                            + "ORDER BY r.taken_at DESC, r.id DESC LIMIT 1) AS t, c.eligible_date " + candidates
                            + "ORDER BY c.group_renter DESC, c.arrival_date, c.id LIMIT 1000 OFFSET " + (scanned - admitted),
                    rs -> new Object[] {rs.getLong(1), rs.getObject(2) == null ? null : rs.getInt(2),
                            Sql.date(rs, "eligible_date")}, low, high);
            if (page.isEmpty()) {
                break;
            }
            for (Object[] c : page) {
                scanned++;
                long id = (Long) c[0];
                if (!ours(id)) {
                    continue;
                }
                String number = CaseNumber.of(id).toString();
                Temperature t = c[1] == null ? null : Temperature.ofTenths((Integer) c[1]);
                if (t != null && context.currentPolicy().isFever(t)) {
                    fever++;
                } else if (!((LocalDate) c[2]).isAfter(today)) {
                    over++;
                    if (overCases.size() < ImportSummary.MAX_WARNINGS) {
                        overCases.add(number);
                    }
                } else if (full) {
                    noRoom++;
                    if (left.size() < ImportSummary.MAX_WARNINGS) {
                        left.add(number);
                    }
                } else {
                    try {
                        admissions.admit(sql, CaseStore.byId(sql, id, context.blockSize()), t, options.hotel(), null,
                                false, false, List.of());
                        admitted++;
                    } catch (QuarantineException e) {
                        if (!"hotel.full".equals(e.key())) {
                            throw e;
                        }
                        full = true;
                        noRoom++;
                        left.add(number);
                    }
                }
            }
        }
        return new Admitted(admitted, noRoom, fever, over, List.copyOf(left), List.copyOf(overCases));
    }

    private ImportSummary summary(Admitted a, boolean atomicRefused) {
        return new ImportSummary(rowsRead, registered, duplicates, rejected, blank, rowLines, a.admitted(), a.noRoom(),
                a.fever(), a.periodOver(), Map.copyOf(byCategory), header.ignoredColumns(), warningCount,
                List.copyOf(warnings), a.left(), a.over(), options.dryRun(), options.atomic(), atomicRefused);
    }
}
