package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Now;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.Registration;
import dev.quarantine.core.cases.ReleaseRefusedException;
import dev.quarantine.core.file.FileProblems;
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
import dev.quarantine.core.internal.service.ReadingImporter;
import dev.quarantine.core.internal.service.RegistrationService;
import dev.quarantine.core.internal.service.ReportService;
import dev.quarantine.core.internal.service.RosterImporter;
import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.internal.store.DatabaseCopy;
import dev.quarantine.core.internal.store.DatabaseMerge;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.ops.Inspection;
import dev.quarantine.core.ops.LandlordArrangement;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.ops.TeamMember;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyBook;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseCorrection;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.Amendment;
import dev.quarantine.core.result.BackupResult;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CopyResult;
import dev.quarantine.core.result.MoveResult;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.result.DatabaseInfo;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.OfficeView;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.ReleaseNotice;
import dev.quarantine.core.result.Trend;
import dev.quarantine.core.result.Violation;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.ReadingImportSummary;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;
import dev.quarantine.core.store.Dialect;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The library's facade (SPEC §13): one open quarantine register. Every operation runs in one transaction, is recorded
 * in the audit log with the operator and the command, and returns a result record; nothing here prints.
 *
 * <p>The work is done by one service per area (registration, admission, health, closing, billing, hotels, operations,
 * queries, reports), which share the open database and the clock; this class only opens the register and delegates.
 *
 * <p>Errors are {@link QuarantineException}s whose {@link ErrorKind} says what went wrong: bad input, a refusal by
 * the rules, something not found, an unusable data file.
 */
public final class QuarantineDesk implements AutoCloseable {
    private final DeskContext context;
    private final AuditLog audit;
    private final PolicyService policies;
    private final HotelService hotels;
    private final RegistrationService registrations;
    private final HealthService health;
    private final BillingService billing;
    private final AdmissionService admissions;
    private final ClosingService closing;
    private final OperationsService operations;
    private final QueryService queries;
    private final ReportService reports;
    private final OfficeService offices;
    private final CorrectionService corrections;

    private QuarantineDesk(Database db, Clock clock, String operator, PolicyBook book) {
        this.context = new DeskContext(db, clock, cleanOperator(operator), book);
        this.audit = new AuditLog(context);
        this.policies = new PolicyService(context, audit);
        this.hotels = new HotelService(context, audit);
        this.registrations = new RegistrationService(context, audit);
        this.health = new HealthService(context, audit);
        this.billing = new BillingService(context, audit);
        this.admissions = new AdmissionService(context, audit, registrations, health, hotels, billing);
        this.closing = new ClosingService(context, audit, health, billing);
        this.operations = new OperationsService(context, audit, hotels);
        this.queries = new QueryService(context, audit, hotels);
        this.reports = new ReportService(context, hotels, billing);
        this.offices = new OfficeService(context, audit);
        this.corrections = new CorrectionService(context, audit, registrations);
        offices.choose(null);
    }

    private static String cleanOperator(String operator) {
        return operator == null || operator.isBlank() ? "unknown" : Text.clean("operator", operator);
    }

    // ---------------------------------------------------------------- opening

    /**
     * Creates a new register in a new SQLite file (mode 0600) with the given policy versions, or the default
     * {@code zhengzhou-2020-02} when none is given; {@code now} is read in the newest version's time zone.
     *
     * <pre>{@code
     * try (QuarantineDesk desk = QuarantineDesk.create(Path.of("jichenglu.db"), Now.system(), "李文", List.of())) {
     *     desk.addHotel("锦江之星郑东店", "郑东新区祭城路100号", Money.parse("180"), "101-130,201-230");
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
     *     desk.recordTemperature(CaseNumber.of(1), Temperature.parse("36.4"), "赵护士");
     *     Bill bill = desk.bill(CaseNumber.of(1));
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

    /** The schema version of the open database. */
    public int schemaVersion() {
        return context.db().schemaVersion();
    }

    /** How many audit-log entries were written through {@code command}. */
    public long eventsBy(String command) {
        return context.db().read(sql -> audit.eventsBy(sql, command));
    }

    /**
     * How many audit-log entries record a change made through a command other than {@code commands} (the demo command
     * asks whether a file holds anything but demo data); views, exports and backups change nothing and are not counted.
     */
    public long changesOutside(Set<String> commands) {
        return context.db().read(sql -> AuditLog.changesOutside(sql, commands));
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

    // ---------------------------------------------------------------- offices

    /**
     * Works for office {@code name} from now on: its cases are the ones listed, found and reported, and the cases it
     * registers are its own. Without a call, the desk works for the only office, or for the office of the database
     * login; with several and no login of one, a registration asks for one ({@code office.choose}).
     */
    public QuarantineDesk office(String name) {
        offices.choose(name);
        return this;
    }

    /** Lists, finds and reports every office's cases from now on (the district's view). */
    public QuarantineDesk allOffices() {
        offices.allOffices();
        return this;
    }

    /** The office the desk works for; empty when the register has several and none was chosen. */
    public Optional<String> currentOffice() {
        return Optional.ofNullable(context.office()).map(o -> o.name());
    }

    /** How many offices the register has (one on every new database): cheaper than counting {@link #offices()}. */
    public int officeCount() {
        return context.officeCount();
    }

    /** The offices of the register, in the order they were added, with their open cases. */
    public List<OfficeView> offices() {
        return offices.all();
    }

    /** Adds an office (街道); its letters are signed {@code letterName}, or its name when none is given. */
    public OfficeView addOffice(String name, String letterName, String phone, String address) {
        return offices.add(name, letterName, phone, address);
    }

    /** Renames an office or changes what its letters carry; what is null stays as it is. */
    public OfficeView editOffice(String name, String newName, String letterName, String phone, String address) {
        return offices.edit(name, newName, letterName, phone, address);
    }

    /**
     * Makes database login {@code role} the login of office {@code name}'s clerks: created if need be (its password is
     * set by the database's administrator), granted what clerks need; row-level security keeps it to the office's
     * cases. A database server only.
     */
    public OfficeView grantOffice(String name, String role) {
        return offices.grant(name, role);
    }

    // ---------------------------------------------------------------- policy

    /** Every stored policy version. */
    public PolicyBook policies() {
        return context.policies();
    }

    /** Stores a new policy version; later commands use it for arrivals on or after its {@code effectiveFrom}. */
    public Policy addPolicy(Policy policy) {
        return policies.add(policy);
    }

    /** Classifies an origin under the policy in force on {@code arrival} (today when null). */
    public Classification checkOrigin(String origin, LocalDate arrival) {
        return policies.check(origin, arrival);
    }

    // ---------------------------------------------------------------- hotels

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView addHotel(String name, String address, Money rate, String rooms) {
        return hotels.add(name, address, rate, rooms);
    }

    /** The hotels, by name, with their occupancy. */
    public List<HotelView> hotels() {
        return hotels.all();
    }

    /** The rooms of a hotel in natural order, with their block and occupant, and why a room is out of service. */
    public List<RoomView> rooms(String hotelName) {
        return hotels.rooms(hotelName);
    }

    /**
     * Adds rooms to a hotel ({@code 301-310}): the rooms it has keep their blocks and teams, the new ones form the next
     * blocks. A number the hotel has already is refused.
     */
    public HotelView addRooms(String hotel, String rooms) {
        return hotels.addRooms(hotel, rooms);
    }

    /** Takes a room out of service, with the reason; a room with a guest stays in service until the guest leaves. */
    public RoomView roomOutOfService(String hotel, String room, String reason) {
        return hotels.roomService(hotel, room, true, reason);
    }

    /**
     * Puts a room back in service: free, or awaiting disinfection when someone left it since it was last disinfected.
     *
     * @param reason what was done (may be null)
     */
    public RoomView roomBackInService(String hotel, String room, String reason) {
        return hotels.roomService(hotel, room, false, reason);
    }

    /**
     * Sets a hotel's nightly rate from {@code from} on (today when null): each night is billed at the rate in force that
     * night, in the estimates of the cases staying there too. A date that would change a final bill is refused.
     *
     * @return the hotel's rates, the opening one first
     */
    public List<HotelRate> setRate(String hotel, Money rate, LocalDate from) {
        return hotels.setRate(hotel, rate, from);
    }

    /** A hotel's opening rate and every change, oldest first, the one in force today marked. */
    public List<HotelRate> rates(String hotel) {
        return hotels.rates(hotel);
    }

    /**
     * Closes a hotel once its last guest has left and its rooms are disinfected: it takes no more guests and drops out
     * of the daily report's operations; its cases and bills stay.
     */
    public HotelView closeHotel(String hotel) {
        return hotels.close(hotel);
    }

    // ---------------------------------------------------------------- registration and admission

    /** Registers a returnee (SPEC §4): a new case, or the existing one flagged as a duplicate. */
    public RegisterResult register(RegistrationInput input) {
        return registrations.register(input);
    }

    /** Registers a returnee built by name ({@link Registration#of}): a new case, or the existing one as a duplicate. */
    public RegisterResult register(Registration registration) {
        return register(registration.input());
    }

    /**
     * Validates a registration and throws one {@link InvalidRegistrationException} listing every problem, each with
     * the field it concerns.
     */
    public ValidRegistration validate(RegistrationInput input) {
        return registrations.validate(input);
    }

    /** {@link #admit(AdmitRequest)} of a request still being built: {@code desk.admit(AdmitRequest.of(n).commitmentSigned())}. */
    public Admission admit(AdmitRequest.Builder request) {
        return admit(request.build());
    }

    /**
     * Admits a registered case (or registers and admits). A fever at intake registers the person, keeps the reading
     * and its alert, and refuses the admission; any other refusal (a full hotel) writes nothing at all.
     */
    public Admission admit(AdmitRequest request) {
        return admissions.admit(request);
    }

    /**
     * Imports a community roster (SPEC §8) whose header has been matched and whose rows are read lazily; rejected rows
     * go to {@code rejects} with every problem of the row. Returns the accounting, which always balances.
     */
    public ImportSummary importRoster(RosterHeader header, Iterator<RosterRow> rows, ImportOptions options,
                                      RejectSink rejects, LongConsumer progress) {
        if (options.admit()) {
            context.db().read(sql -> hotels.id(sql, options.hotel())); // an unknown hotel fails before any row is read
        }
        return new RosterImporter(context, audit, registrations, admissions, health, header, options, rejects, progress)
                .run(rows);
    }

    /** Imports a sheet of temperature readings ({@code temp import}); rejected rows go to {@code rejects}. */
    public ReadingImportSummary importReadings(List<String> header, Iterator<RosterRow> rows, ImportOptions options,
                                               RejectSink rejects) {
        return new ReadingImporter(context, health, header, options, rejects).run(rows);
    }

    // ---------------------------------------------------------------- health

    /** Records one temperature reading (SPEC §5); a fever opens a fever alert unless one is open already. */
    public ReadingResult recordTemperature(String caseRef, String value, Instant at, String by) {
        return health.record(caseRef, value, at, by);
    }

    /**
     * Records a reading taken now by {@code by}: {@code desk.recordTemperature(CaseNumber.of(1),
     * Temperature.parse("36.4"), "赵护士")}.
     */
    public ReadingResult recordTemperature(CaseNumber caseNumber, Temperature value, String by) {
        return recordTemperature(caseNumber.toString(), value.toString(), null, by);
    }

    /** Records that the open fever alert was reported to the command centre, and to whom. */
    public FeverAlert reportFever(String caseRef, String to) {
        return health.report(caseRef, to);
    }

    /** Closes the open fever alert after a medical review. */
    public FeverAlert clearFever(String caseRef, String by, String note) {
        return health.clear(caseRef, by, note);
    }

    /** Fever alerts, open ones only when {@code openOnly}: unreported first, then oldest first. */
    public List<FeverAlert> feverAlerts(boolean openOnly) {
        return health.alerts(openOnly);
    }

    /** The readings of a case, oldest first. */
    public List<ReadingResult> readings(String caseRef) {
        return health.readings(caseRef);
    }

    /** {@link #readings(String)} of a case by its number. */
    public List<ReadingResult> readings(CaseNumber caseNumber) {
        return readings(caseNumber.toString());
    }

    /**
     * A case with its readings, oldest first ({@code show}), from one snapshot: the case is found once, and its
     * readings are the ones it had at that moment, whatever other staff write meanwhile.
     */
    public CaseWithReadings showWithReadings(String caseRef) {
        return health.caseWithReadings(caseRef);
    }

    // ---------------------------------------------------------------- closing a case

    /** Transfers a case to hospital: closes it as {@code TRANSFERRED}, its room awaits disinfection. */
    public CaseView transfer(String caseRef, String hospital) {
        return closing.transfer(caseRef, hospital);
    }

    /** {@link #transfer(String, String)} of a case by its number. */
    public CaseView transfer(CaseNumber caseNumber, String hospital) {
        return transfer(caseNumber.toString(), hospital);
    }

    /** Cancels a case entered in error; the record and its history stay. */
    public CaseView cancel(String caseRef, String reason) {
        return closing.cancel(caseRef, reason);
    }

    /** Releases a case today after a check by {@code checkedBy} that recorded no new temperature. */
    public ReleaseResult release(CaseNumber caseNumber, String checkedBy) {
        return release(caseNumber, checkedBy, null);
    }

    /** {@link #release(String, String, String, LocalDate)} today, of a case by number, with a check temperature. */
    public ReleaseResult release(CaseNumber caseNumber, String checkedBy, Temperature temperature) {
        return release(caseNumber.toString(), checkedBy, temperature == null ? null : temperature.toString(), null);
    }

    /**
     * Releases a case (SPEC §5) when every condition holds; otherwise refuses listing every unmet one
     * ({@link ReleaseRefusedException}).
     *
     * @param temperature a release-check temperature, or null
     * @param on          the release date, or null for today
     */
    public ReleaseResult release(String caseRef, String checkedBy, String temperature, LocalDate on) {
        return closing.release(caseRef, checkedBy, temperature, on);
    }

    /** Records that the commitment letter (承诺书) of an admitted case is signed. */
    public CaseView commitment(String caseRef) {
        return closing.commitment(caseRef);
    }

    /**
     * Corrects a case as entered (SPEC §4 values, checked as a registration checks them), with the reason: each change
     * is kept with its value before and after. A new origin or arrival recomputes the category, days, eligible date and
     * door tag; a new identity number is checked against the uniqueness rules. A released, transferred or cancelled
     * case can be corrected only in its name, phone, address and community.
     */
    public Amendment amend(String caseRef, CaseCorrection correction, String reason) {
        return corrections.amend(caseRef, correction, reason);
    }

    /** Records a violation of the rules with a note and the penalty given. */
    public Violation violation(String caseRef, String note, String penalty) {
        return closing.violation(caseRef, note, penalty);
    }

    // ---------------------------------------------------------------- money

    /** Records a payment by the person and returns the updated bill; a payment beyond what is owed is refused. */
    public Bill pay(String caseRef, Money amount) {
        return billing.pay(caseRef, amount, false);
    }

    /**
     * Records a payment by the person; when {@code overpay}, one beyond what is owed too (the bill shows the excess as
     * a credit, to be refunded).
     */
    public Bill pay(String caseRef, Money amount, boolean overpay) {
        return billing.pay(caseRef, amount, overpay);
    }

    /**
     * Reverses {@code amount} of what was recorded as paid (a payment recorded in error, or for the wrong amount): a
     * negative entry with its reason, never a deletion; at most what is recorded as paid.
     */
    public Bill reversePayment(String caseRef, Money amount, String reason) {
        return billing.reverse(caseRef, amount, reason);
    }

    /**
     * Records money given back to the person: at most what they paid beyond their share (all they paid, for a case
     * cancelled as entered in error).
     */
    public Bill refund(String caseRef, Money amount, String reason) {
        return billing.refund(caseRef, amount, reason);
    }

    /** {@link #pay(String, Money)} for a case by its number. */
    public Bill pay(CaseNumber caseNumber, Money amount) {
        return pay(caseNumber.toString(), amount);
    }

    /**
     * The notice letter of a case that was admitted to a hotel; a case at home has none.
     *
     * @throws QuarantineException {@code REFUSED} {@code notice.notInHotel}
     */
    public Notice notice(String caseRef) {
        return billing.notice(caseRef);
    }

    /**
     * The release notice of a released case, to print again; a case released from home observation has no bill.
     *
     * @throws QuarantineException {@code REFUSED} {@code notice.notReleased}
     */
    public ReleaseNotice releaseNotice(String caseRef) {
        return billing.releaseNotice(caseRef);
    }

    /** The notice letters of every case admitted on {@code date} (in the policy's zone), in case-number order. */
    public List<Notice> noticesAdmittedOn(LocalDate date) {
        return billing.noticesAdmittedOn(date);
    }

    /** The release notices of every case released on {@code date}, in case-number order. */
    public List<ReleaseNotice> releaseNoticesOn(LocalDate date) {
        return billing.releaseNoticesOn(date);
    }

    /** Who the letters of a case come from: the office that registered it, whose name signs them. */
    public Letterhead letterhead(String caseRef) {
        return billing.letterhead(caseRef);
    }

    /** The bill of a case: final once released, else an estimate to the eligible date. */
    public Bill bill(String caseRef) {
        return billing.bill(caseRef);
    }

    /** {@link #bill(String)} of a case by its number. */
    public Bill bill(CaseNumber caseNumber) {
        return bill(caseNumber.toString());
    }

    // ---------------------------------------------------------------- hotel operations (SPEC §6)

    /** Sets the member of one role slot of a block's service team, replacing whoever held it. */
    public TeamMember setTeamMember(String hotel, int block, String role, String name, String phone) {
        return operations.setTeamMember(hotel, block, role, name, phone);
    }

    /** The service teams, of one hotel or of all when {@code hotel} is null. */
    public List<TeamMember> team(String hotel) {
        return operations.team(hotel);
    }

    /** Opens a service request for an open case. */
    public ServiceRequest addService(String caseRef, ServiceType type, String note) {
        return operations.addService(caseRef, type, note);
    }

    /** Closes a service request, recording who did it and when. */
    public ServiceRequest serviceDone(long id, String by) {
        return operations.serviceDone(id, by);
    }

    /** The service requests of the cases the desk works for, open ones only when {@code openOnly}; oldest first. */
    public List<ServiceRequest> services(boolean openOnly) {
        return operations.services(openOnly);
    }

    /** Disinfects a room (which returns it from NEEDS_DISINFECTION to FREE) or a public area; give one of the two. */
    public Disinfection disinfect(String hotel, String room, PublicArea area, String by) {
        return operations.disinfect(hotel, room, area, by);
    }

    /** Records a hotel's daily inspection. */
    public Inspection inspect(String hotel, String by, String findings) {
        return operations.inspect(hotel, by, findings);
    }

    /** Records a lease extension in days or a cash compensation (one of the two) for a case's landlord. */
    public LandlordArrangement landlord(String caseRef, Integer extendDays, Money cash, String landlord) {
        return operations.landlord(caseRef, extendDays, cash, landlord);
    }

    // ---------------------------------------------------------------- queries and reports

    /** The daily report of {@code date} (today when null), each list cut at {@code limit} items with its full count. */
    public DailyReport dailyReport(LocalDate date, int limit) {
        return reports.daily(date, limit);
    }

    /**
     * The figures the daily report of {@code date} (today when null) draws as charts: open cases and occupied rooms at
     * the end of each of the {@code pastDays} days up to it, and the cases becoming eligible on each of the
     * {@code nextDays} days after it.
     */
    public Trend trend(LocalDate date, int pastDays, int nextDays) {
        return reports.trend(date, pastDays, nextDays);
    }

    /**
     * Open cases eligible on {@code date} (today when null), overdue before it, and eligible the day after (SPEC §10),
     * each list cut at {@code limit} cases with its full count.
     */
    public DueList due(LocalDate date, int limit) {
        return reports.due(date, limit);
    }

    /** Every case due, overdue or due tomorrow: {@link #due(LocalDate, int)} without a limit. */
    public DueList due(LocalDate date) {
        return due(date, Integer.MAX_VALUE);
    }

    /** A case by its number ({@code Q000012}) or the person's identity number: their open case, else their newest. */
    public CaseView show(String caseRef) {
        return queries.show(caseRef);
    }

    /** The case with this number. */
    public CaseView show(CaseNumber caseNumber) {
        return show(caseNumber.toString());
    }

    /** The open case of a resident, else their newest. */
    public CaseView show(ResidentId resident) {
        return show(resident.number());
    }

    /** The cases matching {@code filter}, in case-number order. */
    public List<CaseView> list(CaseFilter filter) {
        return list(filter, Integer.MAX_VALUE).items();
    }

    /** The first {@code limit} cases matching {@code filter}, in case-number order, with their full count. */
    public Capped<CaseView> list(CaseFilter filter, int limit) {
        return queries.list(filter, limit);
    }

    /**
     * Finds cases by what a caller on the phone says (SPEC §11 {@code find}): a case number, a name or part of one,
     * a full phone or identity number, or the last four characters of either; everything that matches, in case-number
     * order, cut at {@code limit} with the full count.
     */
    public Capped<CaseView> find(String text, int limit) {
        return queries.find(text, limit);
    }

    /**
     * The numbers of open cases beginning with {@code prefix} ({@code Q00001}), newest first, at most {@code limit}: what
     * shell completion offers.
     */
    public List<String> openCaseNumbers(String prefix, int limit) {
        return queries.openCaseNumbers(prefix, limit);
    }

    /** The audit log of one case, oldest first: its own events and the import batches that name it. */
    public List<HistoryEntry> history(String caseRef) {
        return queries.history(caseRef);
    }

    /** {@link #history(String)} of a case by its number. */
    public List<HistoryEntry> history(CaseNumber caseNumber) {
        return history(caseNumber.toString());
    }

    /**
     * Every case matching {@code filter}, in case-number order, read as it is consumed (a million cases need no more
     * memory than one) on a connection of its own, in one snapshot. Close it:
     *
     * <pre>{@code
     * try (Stream<CaseView> cases = desk.cases(CaseFilter.ALL)) {
     *     cases.filter(c -> c.status() == CaseStatus.ADMITTED).forEach(this::send);
     * }
     * }</pre>
     */
    public Stream<CaseView> cases(CaseFilter filter) {
        return queries.stream(filter);
    }

    /** Every reading, oldest first, as a stream to close (see {@link #cases}). */
    public Stream<ReadingResult> allReadings() {
        return health.stream();
    }

    /** The audit log, oldest first, as a stream to close (see {@link #cases}). */
    public Stream<HistoryEntry> events() {
        return audit.stream();
    }

    /** Streams every case matching {@code filter} to {@code consumer}, in case-number order (exports). */
    public void forEachCase(CaseFilter filter, Consumer<CaseView> consumer) {
        queries.forEach(filter, consumer);
    }

    /** Streams every room of every hotel, hotels by name and rooms in natural order, from one snapshot (exports). */
    public void forEachRoom(Consumer<RoomView> consumer) {
        hotels.forEachRoom(consumer);
    }

    /** Streams every reading, oldest first (exports). */
    public void forEachReading(Consumer<ReadingResult> consumer) {
        context.db().read(sql -> {
            health.forEach(sql, consumer);
            return null;
        });
    }

    /** Streams the bill of every case that has been in a hotel (exports). */
    public void forEachBill(Consumer<Bill> consumer) {
        context.db().read(sql -> {
            billing.forEach(sql, consumer);
            return null;
        });
    }

    /** Streams the whole audit log, oldest first (exports). */
    public void forEachEvent(Consumer<HistoryEntry> consumer) {
        context.db().read(sql -> {
            audit.forEach(sql, consumer);
            return null;
        });
    }

    // ---------------------------------------------------------------- the file itself

    /**
     * Writes a consistent copy of the database to a new file while others may be using it; the copy appears under its
     * name only once complete. A read-only database is copied too; the audit log then cannot record it.
     */
    public BackupResult backup(Path target) {
        return backup(target, false);
    }

    /** {@link #backup(Path)}, replacing an existing file at {@code target} when {@code replace}. */
    public BackupResult backup(Path target, boolean replace) {
        context.db().backupTo(target, replace);
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            throw FileProblems.of(target, e);
        }
        return new BackupResult(target, bytes, audit.tryRecord(null, "backup", target.toString()));
    }

    /**
     * Copies the whole register into a new, empty database at {@code location} (a district's PostgreSQL database, say):
     * every table row for row with the same ids, so case numbers, readings, bills and events all come along; all or
     * nothing. This register stays as it was, with the move in its audit log.
     *
     * @throws QuarantineException {@code REFUSED} {@code db.exists} when the target holds a register already
     */
    public CopyResult copyTo(String location) {
        Map<String, Long> rows;
        String where;
        try (Database target = Database.create(location)) {
            where = target.location();
            rows = DatabaseCopy.copy(context.db(), target);
            recordMigrateFrom(target);
        }
        audit.tryRecord(null, "migrate-to", where);
        return new CopyResult(where, rows);
    }

    /**
     * Moves the whole register into the database at {@code location}, the district's, say. A new or empty database
     * receives a copy as {@link #copyTo} makes it, with the same case numbers, its office named {@code office} (when
     * given). A database that holds a register already takes this one in beside its own offices, as office
     * {@code office} (added with this register's letterhead when it has no office of that name; null: each office
     * under its own name): the cases take its next case numbers, in their order, and every reading, payment, alert,
     * request, correction and event follows its case; hotels of the same name are the same hotel, their rooms matched
     * by number. What is there already stays as it was. All or nothing; this register stays as it was, with the move
     * in its audit log.
     *
     * @param renumbered hears each case whose number changes (old, new), oldest first, before the move is committed:
     *                   an exception it throws undoes the move
     * @throws QuarantineException {@code REFUSED} {@code migrate.conflicts} when the target's rules would refuse cases
     *                             of this register or a bill would change (a person with an open case in both, a room
     *                             occupied in both, a shared hotel's other rates), naming the first; nothing is written.
     *                             {@code DATA_FILE} {@code migrate.schemaDiffers}; {@code REFUSED}
     *                             {@code migrate.sameDatabase}, {@code migrate.severalOffices}
     */
    public MoveResult moveTo(String location, String office, BiConsumer<CaseNumber, CaseNumber> renumbered) {
        Objects.requireNonNull(renumbered, "renumbered");
        String officeName = office == null || office.isBlank() ? null : Text.clean("office", office);
        Database fresh = null;
        try {
            fresh = Database.create(location);
        } catch (QuarantineException e) {
            if (!"db.exists".equals(e.key())) {
                throw e;
            }
        }
        MoveResult result;
        if (fresh != null) {
            try (Database target = fresh) {
                Map<String, Long> rows = DatabaseCopy.copy(context.db(), target, officeName);
                recordMigrateFrom(target);
                String name = target.read(sql -> String.join(", ", sql.list("SELECT name FROM office ORDER BY id",
                        rs -> rs.getString(1))));
                result = new MoveResult(target.location(), name, false, false, rows, rows.get("qcase"), 0);
            }
        } else {
            try (Database target = Database.open(location)) {
                if (sameDatabase(context.db(), target)) {
                    throw QuarantineException.refused("migrate.sameDatabase", target.location());
                }
                DatabaseMerge.Outcome o = DatabaseMerge.merge(context.db(), target, officeName,
                        new DatabaseMerge.Actor(context.now(), context.operator(), context.command()), renumbered);
                result = new MoveResult(target.location(), o.office(), o.officeCreated(), true, o.rows(), o.cases(),
                        o.renumbered());
            }
        }
        audit.tryRecord(null, "migrate-to", result.target() + " (office " + result.office() + ", "
                + result.cases() + " case(s), " + result.renumbered() + " renumbered)");
        return result;
    }

    private void recordMigrateFrom(Database target) {
        target.inTransaction(sql -> {
            sql.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details) "
                    + "VALUES (?, ?, ?, NULL, ?, ?)", context.now(), context.operator(), context.command(),
                    "migrate-from", context.db().location());
            return null;
        });
    }

    private static boolean sameDatabase(Database a, Database b) {
        if (a.file() != null && b.file() != null) {
            try {
                return Files.isSameFile(a.file(), b.file());
            } catch (IOException e) {
                return false;
            }
        }
        return a.location().equals(b.location());
    }

    /**
     * Records an event that changes nothing else (a backup, an unmasked view) unless the database is read-only: then
     * it says it could not.
     *
     * @param caseNumber the case it concerns ({@code Q000012}), or null
     * @return true when recorded
     */
    public boolean tryAudit(String caseNumber, String action, String details) {
        return audit.tryRecord(caseNumber(caseNumber), action, details);
    }

    /** Records an action in the audit log that changes nothing else (an unmasked export, say). */
    public void recordAudit(String caseNumber, String action, String details) {
        audit.recordAlone(caseNumber(caseNumber), action, details);
    }

    private static CaseNumber caseNumber(String text) {
        if (text == null) {
            return null;
        }
        return CaseNumber.parse(text).orElseThrow(() -> QuarantineException.invalid("case.ref", text));
    }

    @Override
    public void close() {
        context.db().close();
    }
}
