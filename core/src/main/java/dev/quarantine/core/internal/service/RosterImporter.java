package dev.quarantine.core.internal.service;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.internal.service.ImportAdmissions.Admitted;
import dev.quarantine.core.internal.service.RosterRowChecker.Checked;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Registers the rows of a community roster (SPEC §8). One thread reads and validates rows while the caller's thread
 * writes them: valid rows go to the database in JDBC batches, where the unique indexes find duplicates (a row that
 * inserts nothing is then looked at alone); batches commit together (or all at once with {@code atomic}, or never
 * for a dry run), each with one audit event naming its cases. Memory does not grow with the number of rows: the
 * queue between the threads is bounded, by rows and by the characters of their cells.
 *
 * <p>This class is the writing side. The reading thread and its queue are {@link RosterReader}, the checks of a row
 * {@link RosterRowChecker}, the warnings counted by kind {@link ImportWarnings}, and the admissions that may follow
 * {@link ImportAdmissions}.
 */
public final class RosterImporter {
    private static final int CHUNK = 500;
    /** Cases an import registers from which it tidies the case table after its last commit (see {@link #tidy}). */
    private static final int TIDY_ROWS = 1_000;
    /** ... when they are at least a tenth of the register (its largest case number, cases being numbered in order). */
    private static final int TIDY_SHARE = 10;
    /**
     * A register with fewer cases than this is new: a roster loaded into it goes in one transaction, with the case
     * table's plain indexes built after its rows (see {@link #indexesAside}).
     */
    static final int NEW_REGISTER = 10_000;
    /**
     * The most rows of a roster a new register's one transaction takes (four default batches); the rest go in batches
     * with the indexes in place. It holds the write lock all along, and other clerks' writes wait for it only up to the
     * busy timeout (a minute): a million rows took 35–40 s here.
     */
    private static final long LOAD_BATCHES = 4;
    /** The plain index the import reads itself, row by row: the same name and phone under another identity number. */
    private static final Set<String> IMPORT_READS = Set.of("qcase_name");

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
    private final long officeId;

    private long rowsRead;
    private long registered;
    private long duplicates;
    private long rejected;
    private long blank;
    private long rowLines;
    private final ImportWarnings warnings;
    private final Map<Category, Long> byCategory = new EnumMap<>(Category.class);
    /** The id ranges this import registered, one per batch: an admission takes only these cases. */
    private final List<long[]> ranges = new ArrayList<>();
    /** The smallest and largest id the current batch registered (0 while it registered none). */
    private long batchFirst;
    private long batchLast;
    /** The phones of the cases in the database when the import started (a superset: hashed bits). */
    private PhoneSet phonesBefore;
    /** The names and phones of the cases this import registered so far (hashed bits). */
    private PhoneSet namesAndPhones;
    private final Set<String> origins = new HashSet<>();

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
        this.officeId = context.requireOffice().id(); // a register of several offices: the roster's is named first
        this.warnings = new ImportWarnings(locale);
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
        RosterReader reader = new RosterReader(registrations,
                new RosterRowChecker(context, header, locale, now, officeId), 4 * CHUNK);
        reader.start(rows);
        try {
            context.db().bulkWrite();
            if (options.dryRun() || options.atomic()) {
                return atomic(reader);
            }
            boolean more = true;
            while (more) {
                // The batch's first row is awaited outside its transaction: a slow reader never holds the write lock
                // that other clerks are waiting for.
                Object first = reader.take();
                more = first != RosterReader.END && context.db().inTransaction(sql -> {
                    List<String> rebuild = start(sql) ? indexesAside(sql) : null;
                    long limit = rebuild == null ? options.batchSize() : LOAD_BATCHES * options.batchSize();
                    boolean going = writeBatch(sql, reader, limit, first);
                    if (rebuild != null) {
                        sql.execute(rebuild);
                    }
                    return going;
                });
            }
            Admitted a = options.admit() ? context.db().inTransaction(sql -> admitted(sql)) : Admitted.NONE;
            rejects.complete();
            tidy();
            return summary(a, false);
        } finally {
            reader.stop();
            rejects.close();
        }
    }

    /**
     * All rows in one transaction. A dry run always rolls back; an atomic import rolls back when any row was rejected
     * (SPEC §8: all rows or none). The rejects file is put in place before the commit, so that a rejects file that
     * cannot be written leaves nothing committed.
     */
    private ImportSummary atomic(RosterReader reader) {
        try {
            ImportSummary committed = context.db().inTransaction(sql -> {
                start(sql);
                List<String> rebuild = indexesAside(sql);
                while (writeBatch(sql, reader, Long.MAX_VALUE, reader.take())) {
                    // all rows in this one transaction
                }
                if (rebuild != null) {
                    sql.execute(rebuild); // before admissions, which read the rooms' cases by them
                }
                boolean refused = !options.dryRun() && rejected > 0;
                Admitted a = options.admit() && !refused ? admitted(sql) : Admitted.NONE;
                rejects.complete();
                ImportSummary s = summary(a, refused);
                if (options.dryRun() || refused) {
                    throw new Rollback(s);
                }
                return s;
            });
            tidy();
            return committed;
        } catch (Rollback r) {
            return r.summary;
        }
    }

    /**
     * After the last commit of an import whose cases are many and a large share of the register: the case table tidied
     * for the queries that follow ({@link dev.quarantine.core.store.Dialect#afterBulkWrite}). PostgreSQL's vacuum holds
     * a lock that every other writer of cases waits for (while an import batch does too), and its work grows with the
     * rows not yet vacuumed, mostly the import's own: on a register many times larger it would make the other clerks
     * wait longer than the import's batches did, so that and fewer than {@value #TIDY_ROWS} cases (where the server's
     * own upkeep starts, {@code autovacuum_vacuum_insert_threshold}) are left to autovacuum. It is upkeep only: the
     * import has committed, and a vacuum that fails (a statement timeout, a lost connection) leaves the table to
     * autovacuum too, never the import reported as failed.
     */
    private void tidy() {
        long largestId = ranges.isEmpty() ? 0 : ranges.get(ranges.size() - 1)[1];
        if (registered < TIDY_ROWS || registered * TIDY_SHARE < largestId) {
            return;
        }
        try {
            context.db().afterBulkWrite("qcase");
        } catch (QuarantineException e) {
            // upkeep only (see above): autovacuum comes later
        }
    }

    /** Starts a batch's transaction: true for the import's first. */
    private boolean start(Sql sql) {
        sql.lockTable("qcase"); // a batch's ids are its own: no one else writes cases until it commits
        if (phonesBefore != null) {
            return false;
        }
        phonesBefore = new PhoneSet();
        namesAndPhones = new PhoneSet();
        sql.forEach("SELECT phone_key FROM qcase", rs -> phonesBefore.testAndSet(rs.getLong(1)));
        return true;
    }

    /**
     * A roster loaded into a new register (fewer than {@value #NEW_REGISTER} cases) goes in one transaction (its first
     * {@value #LOAD_BATCHES} default batches; the rest in batches as usual), with the case table's plain indexes (those
     * that keep no rule and that the import does not read) dropped in it before the rows and built again after them,
     * before it commits ({@link dev.quarantine.core.store.Dialect#dropPlainIndexes}:
     * SQLite only). Built from a million cases they take about 4 s; kept up to date row by row they took about 14 s
     * more of the import, their pages read and written at random once they outgrew the page cache. A rollback or a
     * killed process leaves the indexes as they were, with the rows. Batches of another size than the default are
     * taken as asked (each committed on its own), and a register with cases keeps its indexes: rebuilding them would
     * cost more than the import saves. Null when the indexes stay.
     */
    private List<String> indexesAside(Sql sql) {
        boolean whole = options.dryRun() || options.atomic() || options.batchSize() == ImportOptions.DEFAULT_BATCH;
        if (!whole || sql.count("SELECT COALESCE(MAX(id), 0) FROM qcase") >= NEW_REGISTER) {
            return null;
        }
        List<String> rebuild = sql.dropPlainIndexes("qcase", IMPORT_READS);
        return rebuild.isEmpty() ? null : rebuild;
    }

    // ------------------------------------------------------------------ the writing thread

    /**
     * Writes up to {@code limit} rows in the current transaction, starting with {@code firstItem} (already taken from
     * the queue); false once the roster has ended.
     */
    private boolean writeBatch(Sql sql, RosterReader reader, long limit, Object firstItem) {
        batchFirst = 0;
        batchLast = 0;
        long firstLine = -1;
        long lastLine = -1;
        long written = 0;
        long before = registered;
        List<Checked> chunk = new ArrayList<>(CHUNK);
        boolean more = true;
        Object next = firstItem;
        while (written < limit) {
            Object item = next != null ? next : reader.take();
            next = null;
            if (item == RosterReader.END) {
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
                warn(c.row(), new Message("import.multiline", c.row().line(), c.row().lastLine()));
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
            // The ids between a batch's first and last are ours alone (no one else wrote cases meanwhile): the event
            // names exactly them.
            ranges.add(new long[] {batchFirst, batchLast});
            audit.recordRange(sql, batchFirst, batchLast, "import", (registered - before) + " registered from roster lines "
                    + firstLine + "–" + lastLine);
        }
        return more;
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
        long[] ids = CaseStore.insertBatch(sql, cases);
        // Why the refused rows were refused, for all of them at once (before this loop writes anything more).
        List<ValidRegistration> refusedRows = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            if (ids[i] <= 0) {
                refusedRows.add(chunk.get(i).valid());
            }
        }
        Iterator<RegistrationService.Refusal> why = refusedRows.isEmpty() ? null
                : registrations.refusals(sql, refusedRows).iterator();
        for (int i = 0; i < chunk.size(); i++) {
            Checked c = chunk.get(i);
            if (ids[i] > 0) {
                batchFirst = batchFirst == 0 ? ids[i] : batchFirst;
                batchLast = ids[i];
                registered++;
                byCategory.merge(c.classification().category(), 1L, Long::sum);
                RegistrationService.areaWarning(c.valid().identity()).forEach(w -> warn(c.row(), w));
                Sex derived = c.valid().identity().sex();
                if (c.declaredSex() != null && derived != null && c.declaredSex() != derived) {
                    warn(c.row(), new Message("import.sexContradicts", c.declaredSex().chinese(), derived.chinese()));
                }
                if (c.temperature() != null && c.classification().needsQuarantine()) {
                    health.record(sql, CaseStore.byId(sql, ids[i], context.blockSize()), c.temperature(), null, null);
                } else if (c.temperature() != null) {
                    // A roster record, not an open case: the reading has nowhere to be kept, so the row says so.
                    boolean fever = context.currentPolicy().isFever(c.temperature());
                    warn(c.row(), new Message(fever ? "import.feverNotKept" : "import.readingNotKept",
                            c.temperature().toString(), c.classification().origin().fullName()));
                }
            } else {
                refused(sql, c, why.next());
            }
        }
        // Same name and phone under another identity number, registered before this row. Only a phone the database
        // had before the import, or a name and phone an earlier row of it had (or a hash collision), can have one:
        // only those rows ask the database, which looks at the cases of that name and stops at the fourth person. So a
        // phone shared by every row (an office landline as a placeholder) costs nothing, and a name and phone shared
        // by every row a few reads each.
        for (int i = 0; i < chunk.size(); i++) {
            if (ids[i] > 0) {
                NewCase n = cases.get(i);
                boolean again = namesAndPhones.testAndSet(PhoneSet.nameAndPhone(n.phoneKey(), n.name()));
                if (again || phonesBefore.contains(n.phoneKey())) {
                    Checked c = chunk.get(i);
                    registrations.possibleDuplicatesBefore(sql, c.valid(), ids[i]).forEach(w -> warn(c.row(), w));
                }
            }
        }
    }

    /**
     * A row the database refused: a duplicate (same person, same arrival), or a person with another open case; {@code
     * why} null when the case that refused it is one this login cannot see, whose refusal registering the row says.
     */
    private void refused(Sql sql, Checked c, RegistrationService.Refusal why) {
        if (why != null && why.duplicate() != null) {
            duplicates++;
            why.duplicate().warnings().forEach(w -> warn(c.row(), w));
            return;
        }
        if (why != null) {
            rejected++;
            rejects.reject(c.row(), why.refused().message(locale));
            return;
        }
        try {
            RegisterResult r = registrations.register(sql, c.valid());
            if (r.duplicate()) {
                duplicates++;
                r.warnings().forEach(w -> warn(c.row(), w));
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

    private void warn(RosterRow row, Message warning) {
        warnings.warn(row, warning);
    }

    private Admitted admitted(Sql sql) {
        return new ImportAdmissions(context, admissions, options.hotel()).admit(sql, ranges);
    }

    private ImportSummary summary(Admitted a, boolean atomicRefused) {
        return new ImportSummary(rowsRead, registered, duplicates, rejected, blank, rowLines, a.admitted(), a.noRoom(),
                a.fever(), a.periodOver(), Map.copyOf(byCategory), header.ignoredColumns(), warnings.count(),
                warnings.kinds(), warnings.texts(), a.left(), a.over(), options.dryRun(), options.atomic(), atomicRefused);
    }
}
