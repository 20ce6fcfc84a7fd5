package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Now;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.internal.service.AdmissionService;
import dev.quarantine.core.internal.service.AuditLog;
import dev.quarantine.core.internal.service.BillingService;
import dev.quarantine.core.internal.service.ClosingService;
import dev.quarantine.core.internal.service.CorrectionService;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.internal.service.HealthService;
import dev.quarantine.core.internal.service.HotelService;
import dev.quarantine.core.internal.service.OfficeService;
import dev.quarantine.core.internal.service.OperationsService;
import dev.quarantine.core.internal.service.PolicyService;
import dev.quarantine.core.internal.service.QueryService;
import dev.quarantine.core.internal.service.RegistrationService;
import dev.quarantine.core.internal.service.ReportService;
import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyBook;
import dev.quarantine.core.result.DatabaseInfo;
import dev.quarantine.core.store.Dialect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The library's facade (SPEC §13): one open quarantine register. Every operation runs in one transaction, is recorded
 * in the audit log with the operator and the command, and returns a result record; nothing here prints.
 *
 * <p>The desk opens the register, holds the clock, the operator and the office it works for, and hands out one view
 * per area of the work, each delegating to the services that own it:
 *
 * <pre>{@code
 * try (QuarantineDesk desk = QuarantineDesk.open(Path.of("jichenglu.db"), Now.system(), "李文")) {
 *     RegisterResult r = desk.cases().register(Registration.of("王伟", "410105198503121008", "13803711234", "河南南阳",
 *             LocalDate.of(2020, 2, 1)).build());
 *     CaseNumber q1 = CaseNumber.parse(r.caseView().caseNumber()).orElseThrow();
 *     desk.health().recordTemperature(q1, Temperature.parse("36.4"), "赵护士");
 *     DailyReport today = desk.reports().daily(null, 20);
 * }
 * }</pre>
 *
 * <p>Errors are {@link QuarantineException}s whose {@link ErrorKind} says what went wrong: bad input, a refusal by
 * the rules, something not found, an unusable data file.
 */
public final class QuarantineDesk implements AutoCloseable {
    private final DeskContext context;
    private final PolicyService policyService;
    private final OfficeService officeService;
    private final Offices offices;
    private final Hotels hotels;
    private final Operations operations;
    private final Cases cases;
    private final Health health;
    private final Billing billing;
    private final Letters letters;
    private final Reports reports;
    private final Audit audit;
    private final Storage storage;

    private QuarantineDesk(Database db, Clock clock, String operator, PolicyBook book) {
        this.context = new DeskContext(db, clock, cleanOperator(operator), book);
        AuditLog log = new AuditLog(context);
        HotelService hotelService = new HotelService(context, log);
        RegistrationService registrations = new RegistrationService(context, log);
        HealthService healthService = new HealthService(context, log);
        BillingService billingService = new BillingService(context, log);
        AdmissionService admissions = new AdmissionService(context, log, registrations, healthService, hotelService,
                billingService);
        this.policyService = new PolicyService(context, log);
        this.officeService = new OfficeService(context, log);
        this.offices = new Offices(context, officeService);
        this.hotels = new Hotels(hotelService);
        this.operations = new Operations(new OperationsService(context, log, hotelService));
        ClosingService closing = new ClosingService(context, log, healthService, billingService);
        this.cases = new Cases(context, log, hotelService, registrations, healthService, admissions, closing,
                new QueryService(context, log, hotelService), new CorrectionService(context, log, registrations));
        this.health = new Health(context, healthService);
        this.billing = new Billing(context, billingService);
        this.letters = new Letters(billingService);
        this.reports = new Reports(new ReportService(context, hotelService, billingService));
        this.audit = new Audit(context, log);
        this.storage = new Storage(context, log);
        officeService.choose(null);
    }

    private static String cleanOperator(String operator) {
        return operator == null || operator.isBlank() ? "unknown" : Text.clean("operator", operator);
    }

    /**
     * Creates a new register in a new SQLite file (mode 0600) with the given policy versions, or the default
     * {@code zhengzhou-2020-02} when none is given; {@code now} is read in the newest version's time zone.
     *
     * <pre>{@code
     * try (QuarantineDesk desk = QuarantineDesk.create(Path.of("jichenglu.db"), Now.system(), "李文", List.of())) {
     *     desk.hotels().add("锦江之星郑东店", "郑东新区祭城路100号", Money.parse("180"), "101-130,201-230");
     * }
     * }</pre>
     */
    public static QuarantineDesk create(Path file, Now now, String operator, List<Policy> initialPolicies) {
        return create(file.toString(), now, operator, initialPolicies);
    }

    /**
     * Creates a new register at {@code location}: a new SQLite file (mode 0600), or the schema in an empty database on
     * a server (a PostgreSQL URL, with the {@code quarantine-postgres} jar on the class path). The policy versions
     * given, or the default {@code zhengzhou-2020-02} when none is given; {@code now} is read in the newest
     * version's time zone.
     */
    public static QuarantineDesk create(String location, Now now, String operator, List<Policy> initialPolicies) {
        List<Policy> versions = initialPolicies.isEmpty() ? List.of(Policy.zhengzhou2020()) : initialPolicies;
        return create(location, now.clock(new PolicyBook(versions).latest().zone()), operator, versions);
    }

    /**
     * Creates a new register in a new SQLite file (mode 0600) with the given policy versions, or the default
     * {@code zhengzhou-2020-02} when none is given.
     */
    public static QuarantineDesk create(Path file, Clock clock, String operator, List<Policy> initialPolicies) {
        return create(file.toString(), clock, operator, initialPolicies);
    }

    /** {@link #create(String, Now, String, List)} with a clock. */
    public static QuarantineDesk create(String location, Clock clock, String operator, List<Policy> initialPolicies) {
        List<Policy> versions = initialPolicies.isEmpty() ? List.of(Policy.zhengzhou2020()) : initialPolicies;
        PolicyBook book = new PolicyBook(versions); // refuses a clashing set before anything is written
        String who = cleanOperator(operator);
        Database db = Database.create(location);
        try {
            Instant now = clock.instant();
            String where = db.file() != null ? db.file().getFileName().toString() : db.location();
            db.inTransaction(sql -> {
                for (Policy p : versions) {
                    PolicyService.store(sql, p, now, who);
                }
                sql.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details) "
                        + "VALUES (?, ?, ?, NULL, ?, ?)", now, who, "init", "init", where);
                return null;
            });
            return new QuarantineDesk(db, clock, who, book);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens an existing register; refuses a missing file (run {@code init}), a file that is not a register, or one
     * from a newer version. {@code now} is read in the policy's time zone. A desk is closed when done with:
     *
     * <pre>{@code
     * try (QuarantineDesk desk = QuarantineDesk.open(Path.of("jichenglu.db"), Now.system(), "赵护士")) {
     *     desk.health().recordTemperature(CaseNumber.of(1), Temperature.parse("36.4"), "赵护士");
     *     Bill bill = desk.billing().bill(CaseNumber.of(1));
     * }
     * }</pre>
     */
    public static QuarantineDesk open(Path file, Now now, String operator) {
        return open(file.toString(), now, operator);
    }

    /**
     * Opens the register at {@code location}: a SQLite file path, or the JDBC URL of a database server whose dialect
     * this version knows. {@code now} is read in the policy's time zone.
     */
    public static QuarantineDesk open(String location, Now now, String operator) {
        Database db = Database.open(location);
        try {
            PolicyBook book = PolicyService.load(db);
            return new QuarantineDesk(db, now.clock(book.latest().zone()), operator, book);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens an existing register; refuses a missing file (run {@code init}) or one from a newer version. */
    public static QuarantineDesk open(Path file, Clock clock, String operator) {
        return open(file.toString(), clock, operator);
    }

    /** {@link #open(String, Now, String)} with a clock. */
    public static QuarantineDesk open(String location, Clock clock, String operator) {
        Database db = Database.open(location);
        try {
            return new QuarantineDesk(db, clock, operator, PolicyService.load(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens a register on the connection of an embedding program; stores {@code policy} if it is not there yet. */
    public static QuarantineDesk open(DataSource source, Dialect dialect, Policy policy, Clock clock, String operator) {
        Database db = Database.open(source, dialect);
        try {
            PolicyService.storeIfAbsent(db, policy, clock.instant(), cleanOperator(operator));
            return new QuarantineDesk(db, clock, operator, PolicyService.load(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Names the command recorded in the audit log for the operations that follow. */
    public QuarantineDesk command(String name) {
        context.command(name);
        return this;
    }

    /** The clock every operation reads the time from. */
    public Clock clock() {
        return context.clock();
    }

    /** Who is recorded with every change: the operator given when the desk was opened, or {@code unknown}. */
    public String operator() {
        return context.operator();
    }

    /** The policy that governs today's operations (slots, teams, time zone): the version in force today. */
    public Policy currentPolicy() {
        return context.currentPolicy();
    }

    /** The time zone of the policy in force today, in which the desk reads and shows local times. */
    public ZoneId zone() {
        return context.zone();
    }

    /** Today's date by the desk's clock, in the newest policy version's time zone. */
    public LocalDate today() {
        return context.today();
    }

    /** The schema version this library writes (a database of an older version is migrated to it on open). */
    public static int codeSchemaVersion() {
        return Database.SCHEMA_VERSION;
    }

    /**
     * What the database file is, read without migrating or writing it: its schema version and the policy in force
     * {@code now} (null when the file is newer than this library).
     *
     * @throws QuarantineException {@code DATA_FILE}: missing, a folder, not a Quarantine Desk database
     */
    public static DatabaseInfo inspect(Path file, Now now) {
        try (Database db = Database.peek(file)) {
            int version = db.schemaVersion();
            if (version > Database.SCHEMA_VERSION) {
                return new DatabaseInfo(file.toString(), version, null);
            }
            PolicyBook book = PolicyService.load(db);
            LocalDate today = LocalDate.ofInstant(now.clock(book.latest().zone()).instant(), book.latest().zone());
            return new DatabaseInfo(file.toString(), version, book.inForce(today));
        }
    }

    /**
     * Whether another program, or another connection of this one, has the SQLite register {@code file} open: SQLite's
     * exclusive lock on it cannot be taken. A {@code -wal} or {@code -shm} left by a program that was killed is not a
     * user: SQLite recovers it, and the file counts as free.
     */
    public static boolean inUse(Path file) {
        return Database.inUse(file);
    }

    /**
     * Replaces the register in the SQLite file {@code file} by the one in {@code replacement} ({@code demo}), holding
     * SQLite's exclusive lock on {@code file} from before the check until the copy is complete: no other connection,
     * in this process or another, has it open, and it holds no change made by any command but {@code demoCommands}.
     * The new register is copied into the file itself, not renamed over it, so a program that opens the file meanwhile
     * waits and then sees the new register, never a deleted file where its work would be lost.
     *
     * @throws QuarantineException {@code REFUSED}: {@code demo.inUse} when it is open elsewhere, {@code demo.notDemo}
     *                             when it holds other changes; nothing is touched
     */
    public static void replaceDemo(Path file, Set<String> demoCommands, Path replacement) {
        boolean replaced = Database.replaceHeld(file, replacement, sql -> {
            if (AuditLog.changesOutside(sql, demoCommands) > 0) {
                throw QuarantineException.refused("demo.notDemo", file);
            }
            return true;
        });
        if (!replaced) {
            throw new QuarantineException(ErrorKind.REFUSED, "demo.inUse", file);
        }
    }

    /**
     * Works for office {@code name} from now on: its cases are the ones listed, found and reported, and the cases it
     * registers are its own. Without a call, the desk works for the only office, or for the office of the database
     * login; with several and no login of one, a registration asks for one ({@code office.choose}).
     */
    public QuarantineDesk office(String name) {
        officeService.choose(name);
        return this;
    }

    /** Lists, finds and reports every office's cases from now on (the district's view). */
    public QuarantineDesk allOffices() {
        officeService.allOffices();
        return this;
    }

    /** The office the desk works for; empty when the register has several and none was chosen. */
    public Optional<String> currentOffice() {
        return Optional.ofNullable(context.office()).map(o -> o.name());
    }

    /** Every stored policy version. */
    public PolicyBook policies() {
        return context.policies();
    }

    /** Stores a new policy version; later commands use it for arrivals on or after its {@code effectiveFrom}. */
    public Policy addPolicy(Policy policy) {
        return policyService.add(policy);
    }

    /** Classifies an origin under the policy in force on {@code arrival} (today when null). */
    public Classification checkOrigin(String origin, LocalDate arrival) {
        return policyService.check(origin, arrival);
    }

    // ---------------------------------------------------------------- the areas

    /** The offices of the register: adding, editing, granting a database login. */
    public Offices offices() {
        return offices;
    }

    /** The hotels, their rooms and their rates. */
    public Hotels hotels() {
        return hotels;
    }

    /** Hotel operations (SPEC §6): teams, service requests, disinfection, inspections, landlords. */
    public Operations operations() {
        return operations;
    }

    /** The cases: registration, import, admission, closing, corrections and every way of finding them. */
    public Cases cases() {
        return cases;
    }

    /** Temperature readings and fever alerts. */
    public Health health() {
        return health;
    }

    /** Bills and payments. */
    public Billing billing() {
        return billing;
    }

    /** The letters of a case and who signs them. */
    public Letters letters() {
        return letters;
    }

    /** The daily report, its charts and the due lists. */
    public Reports reports() {
        return reports;
    }

    /** The audit log. */
    public Audit audit() {
        return audit;
    }

    /** The database as a whole: schema version, backup, copy and move. */
    public Storage storage() {
        return storage;
    }

    @Override
    public void close() {
        context.db().close();
    }
}
