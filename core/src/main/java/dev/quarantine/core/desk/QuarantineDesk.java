package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.Now;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.ReleaseCheck;
import dev.quarantine.core.cases.Unmet;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomAssignment;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyBook;
import dev.quarantine.core.policy.PolicyJson;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.ValidRegistration;
import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.internal.store.StoreException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's facade (SPEC §13): one open quarantine register. Every operation runs in one transaction, is recorded
 * in the audit log with the operator and the command, and returns a result record; nothing here prints.
 *
 * <p>Errors are {@link QuarantineException}s whose {@link ErrorKind} says what went wrong: bad input, a refusal by
 * the rules, something not found, an unusable data file.
 */
public final class QuarantineDesk implements AutoCloseable {
    /** The highest nightly rate accepted: anything above is a typo (and would make absurd bills). */
    static final Money MAX_RATE = Money.ofFen(10_000_000);
    private final Database db;
    private final Clock clock;
    private final String operator;
    private PolicyBook policies;
    private String command = "api";
    private final HotelOperations operations = new HotelOperations(this);

    private QuarantineDesk(Database db, Clock clock, String operator, PolicyBook policies) {
        this.db = db;
        this.clock = clock;
        this.operator = cleanOperator(operator);
        this.policies = policies;
    }

    private static String cleanOperator(String operator) {
        return operator == null || operator.isBlank() ? "unknown" : Text.clean("operator", operator);
    }

    /**
     * Creates a new register in a new SQLite file (mode 0600) with the given policy versions, or the default
     * {@code zhengzhou-2020-02} when none is given; {@code now} is read in the newest version's time zone.
     */
    public static QuarantineDesk create(Path file, Now now, String operator, List<Policy> initialPolicies) {
        List<Policy> versions = initialPolicies.isEmpty() ? List.of(Policy.zhengzhou2020()) : initialPolicies;
        return create(file, now.clock(new PolicyBook(versions).latest().zone()), operator, versions);
    }

    /**
     * Creates a new register in a new SQLite file (mode 0600) with the given policy versions, or the default
     * {@code zhengzhou-2020-02} when none is given.
     */
    public static QuarantineDesk create(Path file, Clock clock, String operator, List<Policy> initialPolicies) {
        List<Policy> versions = initialPolicies.isEmpty() ? List.of(Policy.zhengzhou2020()) : initialPolicies;
        PolicyBook book = new PolicyBook(versions); // refuses a clashing set before anything is written
        String who = cleanOperator(operator);
        Database db = Database.create(file);
        try {
            Instant now = clock.instant();
            db.inTransaction(sql -> {
                for (Policy p : versions) {
                    storePolicy(sql, p, now, who);
                }
                sql.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details) "
                        + "VALUES (?, ?, ?, NULL, ?, ?)", now, who, "init", "init", file.getFileName().toString());
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
     * from a newer version. {@code now} is read in the policy's time zone.
     */
    public static QuarantineDesk open(Path file, Now now, String operator) {
        Database db = Database.open(file);
        try {
            PolicyBook book = loadPolicies(db);
            return new QuarantineDesk(db, now.clock(book.latest().zone()), operator, book);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens an existing register; refuses a missing file (run {@code init}) or one from a newer version. */
    public static QuarantineDesk open(Path file, Clock clock, String operator) {
        Database db = Database.open(file);
        try {
            return new QuarantineDesk(db, clock, operator, loadPolicies(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Opens a register on the connection of an embedding program; stores {@code policy} if it is not there yet. */
    public static QuarantineDesk open(DataSource source, Dialect dialect, Policy policy, Clock clock, String operator) {
        Database db = Database.open(source, dialect);
        try {
            db.inTransaction(sql -> {
                if (sql.count("SELECT COUNT(*) FROM policy_version WHERE id = ?", policy.id()) == 0) {
                    storePolicy(sql, policy, clock.instant(), operator);
                }
                return null;
            });
            return new QuarantineDesk(db, clock, operator, loadPolicies(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Names the command recorded in the audit log for the operations that follow. */
    public QuarantineDesk command(String name) {
        this.command = name;
        return this;
    }

    public Clock clock() {
        return clock;
    }

    public String operator() {
        return operator;
    }

    /** The policy that governs today's operations (slots, teams, time zone): the version in force today. */
    public Policy currentPolicy() {
        return policies.inForce(LocalDate.ofInstant(clock.instant(), policies.latest().zone()));
    }

    public ZoneId zone() {
        return currentPolicy().zone();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), policies.latest().zone());
    }

    Database database() {
        return db;
    }

    /** The schema version of the open database. */
    public int schemaVersion() {
        return db.schemaVersion();
    }

    /** The audit-log actions that change nothing: showing numbers in full, exporting, backing up. */
    static final java.util.Set<String> READ_ONLY_ACTIONS = java.util.Set.of("unmasked", "export", "backup");

    /** How many audit-log entries were written through {@code command}. */
    public long eventsBy(String command) {
        return db.read(sql -> sql.count("SELECT COUNT(*) FROM audit_log WHERE command = ?", command));
    }

    /**
     * How many audit-log entries record a change made through a command other than {@code commands} (the demo command
     * asks whether a file holds anything but demo data); views, exports and backups change nothing and are not counted.
     */
    public long changesOutside(java.util.Set<String> commands) {
        return db.read(sql -> sql.list("SELECT command, action FROM audit_log", rs -> new String[] {rs.getString(1),
                rs.getString(2)}).stream().filter(e -> !commands.contains(e[0]) && !READ_ONLY_ACTIONS.contains(e[1]))
                .count());
    }

    // ---------------------------------------------------------------- policy

    public PolicyBook policies() {
        return policies;
    }

    /** Stores a new policy version; later commands use it for arrivals on or after its {@code effectiveFrom}. */
    public Policy addPolicy(Policy policy) {
        List<Policy> all = new ArrayList<>(policies.versions());
        if (policies.byId(policy.id()).isPresent()) {
            throw QuarantineException.refused("policy.exists", policy.id());
        }
        all.add(policy);
        PolicyBook book = new PolicyBook(all);
        db.inTransaction(sql -> {
            storePolicy(sql, policy, clock.instant(), operator);
            audit(sql, null, "policy-add", policy.id() + " from " + policy.effectiveFrom());
            return null;
        });
        policies = book;
        return policy;
    }

    /** Classifies an origin under the policy in force on {@code arrival} (today when null). */
    public Classification checkOrigin(String origin, LocalDate arrival) {
        return policies.inForce(arrival == null ? today() : arrival).classify(RegionCatalog.bundled().resolve(origin));
    }

    private static void storePolicy(Sql sql, Policy p, Instant now, String operator) {
        sql.insert("INSERT INTO policy_version (id, effective_from, document, added_at, added_by) VALUES (?, ?, ?, ?, ?)",
                p.id(), p.effectiveFrom(), PolicyJson.write(p), now, operator);
    }

    private static PolicyBook loadPolicies(Database db) {
        List<Policy> versions = db.read(sql -> sql.list("SELECT document FROM policy_version ORDER BY effective_from",
                rs -> PolicyJson.parse(rs.getString(1))));
        if (versions.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.noPolicy", db.location());
        }
        return new PolicyBook(versions);
    }

    // ---------------------------------------------------------------- hotels

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView addHotel(String name, String address, Money rate, String rooms) {
        String hotelName = requireText("hotel", name);
        if (rate.compareTo(MAX_RATE) > 0) {
            throw QuarantineException.forField("rate", QuarantineException.invalid("hotel.rateTooHigh", rate, MAX_RATE));
        }
        List<String> numbers = field("rooms", () -> RoomSpec.parse(rooms));
        return db.inTransaction(sql -> {
            if (sql.count("SELECT COUNT(*) FROM hotel WHERE name = ?", hotelName) > 0) {
                throw QuarantineException.refused("hotel.exists", hotelName);
            }
            long id = sql.insert("INSERT INTO hotel (name, address, rate_fen, created_at) VALUES (?, ?, ?, ?)",
                    hotelName, Text.optional("address", address), rate.fen(), clock.instant());
            int position = 1;
            for (String number : numbers) {
                sql.insert("INSERT INTO room (hotel_id, number, position, state) VALUES (?, ?, ?, ?)",
                        id, number, position++, RoomState.FREE);
            }
            audit(sql, null, "hotel-add", hotelName + ": " + numbers.size() + " rooms at " + rate);
            return hotel(sql, hotelName);
        });
    }

    public List<HotelView> hotels() {
        return db.read(this::hotels);
    }

    List<HotelView> hotels(Sql sql) {
        return sql.list("SELECT name FROM hotel ORDER BY name", rs -> rs.getString(1)).stream()
                .map(n -> hotel(sql, n)).toList();
    }

    private HotelView hotel(Sql sql, String name) {
        return sql.one("SELECT h.name, h.address, h.rate_fen, COUNT(r.id), "
                        + "SUM(CASE WHEN r.state = 'FREE' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'OCCUPIED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'NEEDS_DISINFECTION' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'OUT_OF_SERVICE' THEN 1 ELSE 0 END) "
                        + "FROM hotel h LEFT JOIN room r ON r.hotel_id = h.id WHERE h.name = ? "
                        + "GROUP BY h.id, h.name, h.address, h.rate_fen",
                rs -> new HotelView(rs.getString(1), rs.getString(2), Money.ofFen(rs.getLong(3)), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)), name)
                .orElseThrow(() -> QuarantineException.notFound("hotel.notFound", name));
    }

    /** The rooms of a hotel in natural order, with their block and occupant. */
    public List<RoomView> rooms(String hotelName) {
        return db.read(sql -> {
            String hotel = resolveHotelName(sql, hotelName);
            long hotelId = sql.one("SELECT id FROM hotel WHERE name = ?", rs -> rs.getLong(1), hotel).orElseThrow();
            int blockSize = currentPolicy().blockSize();
            List<RoomView> rooms = sql.list("SELECT r.number, r.state, r.position, c.id, c.name "
                            + "FROM room r LEFT JOIN qcase c ON c.room_id = r.id AND c.status = 'ADMITTED' "
                            + "WHERE r.hotel_id = ? ORDER BY r.position",
                    rs -> new RoomView(hotel, rs.getString(1), RoomState.valueOf(rs.getString(2)),
                            Room.blockOf(rs.getInt(3), blockSize), rs.getObject(4) == null ? null
                            : CaseRows.number(rs.getLong(4)), rs.getString(5)), hotelId);
            return rooms;
        });
    }

    /** The hotel named, or the only hotel when {@code name} is null. */
    private String resolveHotelName(Sql sql, String name) {
        if (name == null || name.isBlank()) {
            List<String> all = sql.list("SELECT name FROM hotel ORDER BY name", rs -> rs.getString(1));
            if (all.size() == 1) {
                return all.get(0);
            }
            throw all.isEmpty() ? QuarantineException.notFound("hotel.none")
                    : QuarantineException.invalid("hotel.choose", String.join(", ", all));
        }
        String n = name.strip();
        if (sql.count("SELECT COUNT(*) FROM hotel WHERE name = ?", n) == 0) {
            throw QuarantineException.notFound("hotel.notFound", n);
        }
        return n;
    }

    long hotelId(Sql sql, String name) {
        String n = resolveHotelName(sql, name);
        return sql.one("SELECT id FROM hotel WHERE name = ?", rs -> rs.getLong(1), n).orElseThrow();
    }

    // ---------------------------------------------------------------- registration

    /** Registers a returnee (SPEC §4): a new case, or the existing one flagged as a duplicate. */
    public RegisterResult register(RegistrationInput input) {
        ValidRegistration valid = validate(input);
        return db.inTransaction(sql -> register(sql, valid));
    }

    /**
     * Validates a registration and throws one {@link InvalidRegistrationException} listing every problem, each with
     * the field it concerns.
     */
    public ValidRegistration validate(RegistrationInput input) {
        RegistrationValidator.Result r = validator().validate(input);
        if (!r.ok()) {
            throw new InvalidRegistrationException(r.problems());
        }
        return r.valid();
    }

    /** A validator for today: arrivals from the first policy version's start to today. */
    RegistrationValidator validator() {
        return new RegistrationValidator(RegionCatalog.bundled(), today(), policies.versions().get(0).effectiveFrom());
    }

    /** Parses an input value, naming {@code field} in the error when it is malformed. */
    static <T> T field(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (QuarantineException e) {
            if (e.kind() == ErrorKind.INVALID_INPUT && e.field() == null) {
                throw QuarantineException.forField(field, e);
            }
            throw e;
        }
    }

    /** The registration of one valid row inside a caller's transaction. */
    RegisterResult register(Sql sql, ValidRegistration v) {
        Classification c = field("origin", () -> policies.inForce(v.arrival()).classify(v.origin()));
        IdentityDocument id = v.identity();
        Long personKey = CaseKeys.personKey(id);
        String samePerson = personKey != null ? "c.person_key = ? " : "c.person_key IS NULL AND c.id_type = ? AND c.id_number = ? ";
        Object[] person = personKey != null ? new Object[] {personKey} : new Object[] {id.type(), id.number()};
        Optional<CaseRows.Row> same = sql.one(CaseRows.SELECT + "WHERE " + samePerson
                + "AND c.arrival_date = ? AND c.status <> 'CANCELLED'", CaseRows.mapper(blockSize()), append(person, v.arrival()));
        if (same.isPresent()) {
            return new RegisterResult(same.get().view(), true, differences(same.get().view(), v));
        }
        Optional<CaseRows.Row> open = sql.one(CaseRows.SELECT + "WHERE " + samePerson
                + "AND c.status IN ('REGISTERED', 'ADMITTED')", CaseRows.mapper(blockSize()), person);
        if (open.isPresent()) {
            throw QuarantineException.refused("case.openExists", IdentityDocument.mask(id.type(), id.number()),
                    open.get().view().caseNumber(), open.get().view().status());
        }
        List<Message> warnings = new ArrayList<>(areaWarning(id));
        for (String[] other : sql.list("SELECT DISTINCT id_type, id_number FROM qcase WHERE phone_key = ? AND phone = ? "
                        + "AND name = ? AND NOT (id_type = ? AND id_number = ?)", rs -> new String[] {rs.getString(1), rs.getString(2)},
                CaseKeys.phoneKey(v.phone()), v.phone().number(), v.name(), id.type(), id.number())) {
            warnings.add(new Message("register.possibleDuplicate", v.name(),
                    IdentityDocument.mask(IdType.valueOf(other[0]), other[1])));
        }
        long next = sql.count("SELECT COALESCE(MAX(id), 0) + 1 FROM qcase");
        CaseStatus status = c.needsQuarantine() ? CaseStatus.REGISTERED : CaseStatus.NOT_REQUIRED;
        sql.update(CaseRows.ORIGIN, c.origin().code(), c.origin().fullName());
        sql.insert(CaseKeys.INSERT, CaseKeys.values(next, v, c, status, clock.instant()));
        audit(sql, CaseRows.number(next), "register", c.category() + " " + c.origin().fullName() + ", arrived " + v.arrival());
        return new RegisterResult(caseById(sql, next), false, List.copyOf(warnings));
    }

    /** A resident number whose area code is no current division: real (abolished codes are), but worth a look. */
    static List<Message> areaWarning(IdentityDocument id) {
        if (id.type() != IdType.RESIDENT || RegionCatalog.bundled().isCurrentAreaCode(id.number().substring(0, 6))) {
            return List.of();
        }
        return List.of(new Message("register.areaNotCurrent", IdentityDocument.mask(id.type(), id.number()),
                id.number().substring(0, 6)));
    }

    /** What a duplicate registration says differently from the case on record (SPEC §4: same person, same arrival). */
    static List<Message> differences(CaseView existing, ValidRegistration v) {
        List<Message> out = new ArrayList<>(2);
        if (!existing.name().equals(v.name())) {
            out.add(new Message("register.duplicateName", existing.caseNumber(), existing.name(), v.name()));
        }
        if (!existing.phone().equals(v.phone().number())) {
            out.add(new Message("register.duplicatePhone", existing.caseNumber(), Phone.mask(existing.phone()),
                    Phone.mask(v.phone().number())));
        }
        return List.copyOf(out);
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + 1);
        all[values.length] = last;
        return all;
    }

    private CaseView caseById(Sql sql, long id) {
        return sql.one(CaseRows.SELECT + "WHERE c.id = ?", CaseRows.mapper(blockSize()), id).orElseThrow().view();
    }

    // ---------------------------------------------------------------- admission

    /**
     * Admits a registered case (or registers and admits) into a hotel room (SPEC §5): needs a plausible intake
     * temperature that is not a fever; takes the lowest free room unless one is chosen.
     */
    public Admission admit(AdmitRequest request) {
        Temperature intake = field("temperature",
                () -> currentPolicy().checkPlausible(Temperature.parse(request.temperature())));
        ValidRegistration valid = request.registration() == null ? null : validate(request.registration());
        Object outcome = db.inTransaction(sql -> {
            boolean registeredNow = false;
            List<Message> warnings = List.of();
            CaseRows.Row row;
            if (valid != null) {
                RegisterResult r = register(sql, valid);
                registeredNow = !r.duplicate();
                warnings = r.warnings();
                row = CaseRows.find(sql, r.caseView().caseNumber(), blockSize());
            } else {
                row = CaseRows.find(sql, request.caseRef(), blockSize());
            }
            Policy policy = currentPolicy();
            if (policy.isFever(intake) && row.view().status().isOpen()) {
                // A fever at the door is a health fact: kept, with its alert, and then the admission is refused.
                recordTemperature(sql, row, intake, null, null);
                return QuarantineException.refused("admit.fever", row.view().caseNumber(), intake,
                        policy.feverThreshold());
            }
            return admit(sql, row, intake, request.hotel(), request.room(), request.commitmentSigned(),
                    registeredNow, warnings);
        });
        if (outcome instanceof QuarantineException refusal) {
            throw refusal;
        }
        return (Admission) outcome;
    }

    /**
     * Bulk admission after a roster import: the roster's temperature when it had one, else none yet (taken at the
     * door and recorded with {@code temp}).
     */
    Admission admitBulk(Sql sql, String caseNumber, Temperature intakeOrNull, String hotel) {
        return admit(sql, CaseRows.find(sql, caseNumber, blockSize()), intakeOrNull, hotel, null, false, false, List.of());
    }

    /**
     * Imports a community roster (SPEC §8) whose header has been matched and whose rows are read lazily; rejected rows
     * go to {@code rejects} with every problem of the row. Returns the accounting, which always balances.
     */
    public dev.quarantine.core.roster.ImportSummary importRoster(dev.quarantine.core.roster.RosterHeader header,
            java.util.Iterator<dev.quarantine.core.roster.RosterRow> rows, dev.quarantine.core.roster.ImportOptions options,
            dev.quarantine.core.roster.RejectSink rejects, java.util.function.LongConsumer progress) {
        if (options.admit()) {
            db.read(sql -> hotelId(sql, options.hotel())); // an unknown hotel fails before any row is read
        }
        return new RosterImporter(this, header, options, rejects, progress).run(rows);
    }

    /** Imports a sheet of temperature readings ({@code temp import}); rejected rows go to {@code rejects}. */
    public dev.quarantine.core.roster.ReadingImportSummary importReadings(List<String> header,
            java.util.Iterator<dev.quarantine.core.roster.RosterRow> rows, dev.quarantine.core.roster.ImportOptions options,
            dev.quarantine.core.roster.RejectSink rejects) {
        return new ReadingImporter(this, header, options, rejects).run(rows);
    }

    /** The WHERE clause of {@code filter}, its values appended to {@code params}. */
    private String where(Sql sql, CaseFilter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        if (filter.status() != null) {
            where.append("AND c.status = ? ");
            params.add(filter.status());
        }
        if (filter.category() != null) {
            where.append("AND c.category = ? ");
            params.add(filter.category());
        }
        if (filter.hotel() != null) {
            where.append("AND c.hotel_id = ? ");
            params.add(hotelId(sql, filter.hotel()));
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            // The name index alone is read (names and ids), not the table: fast on a million cases.
            where.append("AND c.id IN (SELECT id FROM qcase WHERE instr(name, ?) > 0) ");
            params.add(Text.clean("name", filter.name()));
        }
        if (filter.phone() != null && !filter.phone().isBlank()) {
            String digits = filter.phone().replaceAll("[^0-9]", "");
            if (digits.length() == 4) {
                where.append("AND c.id IN (SELECT id FROM qcase WHERE phone_key % 10000 = ?) ");
                params.add(Long.parseLong(digits));
            } else {
                Phone phone = field("phone", () -> Phone.parse(filter.phone()));
                where.append("AND c.phone_key = ? AND c.phone = ? ");
                params.add(CaseKeys.phoneKey(phone));
                params.add(phone.number());
            }
        }
        if (filter.community() != null && !filter.community().isBlank()) {
            where.append("AND instr(c.community, ?) > 0 ");
            params.add(Text.clean("community", filter.community()));
        }
        if (filter.origin() != null && !filter.origin().isBlank()) {
            String code = field("origin", () -> RegionCatalog.bundled().resolve(filter.origin())).code();
            where.append("AND substr(c.origin_code, 1, ").append(code.length()).append(") = ? ");
            params.add(code);
        }
        if (filter.arrivedFrom() != null) {
            where.append("AND c.arrival_date >= ? ");
            params.add(filter.arrivedFrom());
        }
        if (filter.arrivedTo() != null) {
            where.append("AND c.arrival_date <= ? ");
            params.add(filter.arrivedTo());
        }
        return where.toString();
    }

    /**
     * Finds cases by what a caller on the phone says (SPEC §11 {@code find}): a case number, a name or part of one,
     * a full phone or identity number, or the last four characters of either; everything that matches, in case-number
     * order, cut at {@code limit} with the full count.
     */
    public dev.quarantine.core.report.Capped<CaseView> find(String text, int limit) {
        String t = dev.quarantine.core.TextNormalizer.foldNoSpaces(text).toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            throw QuarantineException.forField("text", QuarantineException.invalid("find.empty"));
        }
        List<String> any = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (t.matches("Q?\\d{1,9}")) {
            any.add("c.id = ?");
            params.add(Long.parseLong(t.startsWith("Q") ? t.substring(1) : t));
        }
        if (t.matches("\\d{3}[\\dX]")) {
            // The last four of an identity number: a resident's key ends with its first three, then the check.
            any.add("c.id IN (SELECT id FROM qcase WHERE person_key % 1000 = ? AND substr(id_number, 18) = ?)");
            params.add(Long.parseLong(t.substring(0, 3)));
            params.add(t.substring(3));
            any.add("(c.person_key IS NULL AND substr(c.id_number, -4) = ?)");
            params.add(t);
        }
        if (t.matches("\\d{4}")) {
            any.add("c.id IN (SELECT id FROM qcase WHERE phone_key % 10000 = ?)");
            params.add(Long.parseLong(t));
        }
        if (t.matches("1[3-9]\\d{9}")) {
            any.add("c.phone_key = ?");
            params.add(Long.parseLong(t));
        }
        if (t.matches("\\d{15}|\\d{17}[\\dX]") || t.matches("[A-Z]+\\d[A-Z\\d]{3,19}")) {
            try {
                IdentityDocument id = CaseRef.identity(t);
                Long personKey = CaseKeys.personKey(id);
                any.add(personKey != null ? "(c.person_key = ? AND c.id_number = ?)" : "(c.person_key IS NULL AND c.id_number = ?)");
                if (personKey != null) {
                    params.add(personKey);
                }
                params.add(id.number());
            } catch (QuarantineException e) {
                if (any.isEmpty()) {
                    throw QuarantineException.forField("text", e);
                }
            }
        }
        if (!t.matches("[\\dX]+")) {
            any.add("c.id IN (SELECT id FROM qcase WHERE instr(name, ?) > 0)");
            params.add(Text.clean("text", text));
        }
        String where = "WHERE " + String.join(" OR ", any) + " ";
        int blockSize = blockSize();
        return db.read(sql -> DailyReports.capped(sql, CaseRows.SELECT, where, "c.id", rs -> CaseRows.view(rs, blockSize),
                limit, params.toArray()));
    }

    /** Streams every case matching {@code filter} to {@code consumer}, in case-number order (exports). */
    public void forEachCase(CaseFilter filter, java.util.function.Consumer<CaseView> consumer) {
        db.read(sql -> {
            List<Object> params = new ArrayList<>();
            String where = where(sql, filter, params);
            int blockSize = blockSize();
            sql.forEach(CaseRows.SELECT + where + "ORDER BY c.id", rs -> consumer.accept(CaseRows.view(rs, blockSize)),
                    params.toArray());
            return null;
        });
    }

    /** Streams every reading, oldest first (exports). */
    public void forEachReading(java.util.function.Consumer<ReadingResult> consumer) {
        db.read(sql -> {
            sql.forEach("SELECT c.id, c.name, r.tenths, r.taken_at, r.recorded_by, r.fever FROM reading r "
                    + "JOIN qcase c ON c.id = r.case_id ORDER BY r.taken_at, r.id",
                    rs -> consumer.accept(new ReadingResult(CaseRows.number(rs.getLong(1)), rs.getString(2),
                            Temperature.ofTenths(rs.getInt(3)), Sql.instant(rs, "taken_at"), rs.getString(5),
                            rs.getInt(6) != 0, false)));
            return null;
        });
    }

    /** Streams the bill of every case that has been in a hotel (exports). */
    public void forEachBill(java.util.function.Consumer<Bill> consumer) {
        db.read(sql -> {
            List<String> numbers = new ArrayList<>();
            sql.forEach("SELECT id FROM qcase WHERE admitted_at IS NOT NULL ORDER BY id",
                    rs -> numbers.add(CaseRows.number(rs.getLong(1))));
            for (String n : numbers) {
                consumer.accept(bill(sql, CaseRows.find(sql, n, blockSize())));
            }
            return null;
        });
    }

    /** Streams the whole audit log, oldest first (exports). */
    public void forEachEvent(java.util.function.Consumer<HistoryEntry> consumer) {
        db.read(sql -> {
            sql.forEach("SELECT id, at, operator, command, case_number, action, details, case_id, case_id_last "
                            + "FROM audit_log ORDER BY id",
                    rs -> consumer.accept(mapHistory(rs)));
            return null;
        });
    }

    /**
     * Writes a consistent copy of the database to a new file while others may be using it; the copy appears under its
     * name only once complete. A read-only database is copied too; the audit log then cannot record it.
     */
    public BackupResult backup(Path target) {
        return backup(target, false);
    }

    /** {@link #backup(Path)}, replacing an existing file at {@code target} when {@code replace}. */
    public BackupResult backup(Path target, boolean replace) {
        db.backupTo(target, replace);
        long bytes;
        try {
            bytes = java.nio.file.Files.size(target);
        } catch (java.io.IOException e) {
            throw dev.quarantine.core.file.FileProblems.of(target, e);
        }
        return new BackupResult(target, bytes, tryAudit(null, "backup", target.toString()));
    }

    /**
     * Records an event that changes nothing else (a backup, an unmasked view) unless the database is read-only: then
     * it says it could not.
     *
     * @return true when recorded
     */
    public boolean tryAudit(String caseNumber, String action, String details) {
        if (db.readOnly()) {
            return false;
        }
        try {
            recordAudit(caseNumber, action, details);
            return true;
        } catch (StoreException e) {
            if (e.failure() == dev.quarantine.core.store.StoreFailure.READ_ONLY) {
                return false;
            }
            throw e;
        }
    }

    private Admission admit(Sql sql, CaseRows.Row row, Temperature intake, String hotelName, String roomNumber,
                            boolean commitmentSigned, boolean registeredNow, List<Message> warnings) {
        CaseView c = row.view();
        if (c.status() == CaseStatus.NOT_REQUIRED) {
            throw QuarantineException.refused("admit.notRequired", c.caseNumber(), c.origin());
        }
        if (c.status() != CaseStatus.REGISTERED) {
            throw QuarantineException.refused("admit.notRegistered", c.caseNumber(), c.status(),
                    c.hotel() == null ? "-" : c.hotel() + " " + c.room());
        }
        String hotel = resolveHotelName(sql, hotelName);
        long hotelId = hotelId(sql, hotel);
        List<Room> rooms = sql.list("SELECT number, state, position FROM room WHERE hotel_id = ? ORDER BY position",
                rs -> new Room(rs.getString(1), RoomState.valueOf(rs.getString(2)), rs.getInt(3)), hotelId);
        Room room = RoomAssignment.pick(hotel, rooms, roomNumber == null || roomNumber.isBlank() ? null : roomNumber.strip());
        long roomId = sql.one("SELECT id FROM room WHERE hotel_id = ? AND number = ?", rs -> rs.getLong(1), hotelId,
                room.number()).orElseThrow();
        long rate = sql.count("SELECT rate_fen FROM hotel WHERE id = ?", hotelId);
        Instant now = clock.instant();
        // The state check in the WHERE clause makes a concurrent admission to the same room fail, not double-book.
        int taken = sql.update("UPDATE room SET state = 'OCCUPIED' WHERE id = ? AND state = 'FREE'", roomId);
        if (taken != 1) {
            throw QuarantineException.refused("room.notFree", hotel, room.number(), "OCCUPIED");
        }
        try {
            sql.update("UPDATE qcase SET status = 'ADMITTED', hotel_id = ?, room_id = ?, admitted_at = ?, "
                            + "intake_tenths = ?, rate_fen = ?, commitment_signed_at = ? WHERE id = ? AND status = 'REGISTERED'",
                    hotelId, roomId, now, intake == null ? null : intake.tenths(), rate, commitmentSigned ? now : null,
                    row.id());
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                throw QuarantineException.refused("room.notFree", hotel, room.number(), "OCCUPIED");
            }
            throw e;
        }
        if (intake != null) {
            sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) VALUES (?, ?, ?, ?, ?)",
                    row.id(), now, intake.tenths(), false, operator);
        }
        audit(sql, c.caseNumber(), "admit", hotel + " " + room.number() + ", intake "
                + (intake == null ? "to be taken at the door" : intake)
                + (commitmentSigned ? ", commitment signed" : ", commitment pending"));
        CaseView admitted = caseById(sql, row.id());
        Bill estimate = bill(sql, CaseRows.find(sql, admitted.caseNumber(), blockSize()));
        return new Admission(admitted, estimate, registeredNow, warnings);
    }

    // ---------------------------------------------------------------- health

    /** Records one temperature reading (SPEC §5); a fever opens a fever alert unless one is open already. */
    public ReadingResult recordTemperature(String caseRef, String value, Instant at, String by) {
        Temperature t = field("temperature", () -> currentPolicy().checkPlausible(Temperature.parse(value)));
        return db.inTransaction(sql -> recordTemperature(sql, CaseRows.find(sql, caseRef, blockSize()), t, at, by));
    }

    /** One reading inside a caller's transaction (temperature import uses it). */
    ReadingResult recordTemperature(Sql sql, String caseRef, Temperature t, Instant at, String by) {
        return recordTemperature(sql, CaseRows.find(sql, caseRef, blockSize()), currentPolicy().checkPlausible(t), at, by);
    }

    private ReadingResult recordTemperature(Sql sql, CaseRows.Row row, Temperature t, Instant at, String by) {
        CaseView c = row.view();
        if (!c.status().isOpen()) {
            throw QuarantineException.refused("reading.closedCase", c.caseNumber(), c.status());
        }
        Instant now = clock.instant();
        Instant takenAt = at == null ? now : at;
        if (takenAt.isAfter(now)) {
            throw QuarantineException.invalid("reading.future", takenAt.atZone(zone()).toLocalDateTime());
        }
        if (takenAt.isBefore(c.arrivalDate().atStartOfDay(zone()).toInstant())) {
            throw QuarantineException.invalid("reading.beforeArrival", takenAt.atZone(zone()).toLocalDateTime(),
                    c.arrivalDate());
        }
        String recordedBy = by == null || by.isBlank() ? operator : Text.clean("by", by);
        boolean fever = currentPolicy().isFever(t);
        long readingId = sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) VALUES (?, ?, ?, ?, ?)",
                row.id(), takenAt, t.tenths(), fever, recordedBy);
        boolean opened = false;
        if (fever && sql.count("SELECT COUNT(*) FROM fever_alert WHERE case_id = ? AND closed_at IS NULL", row.id()) == 0) {
            sql.insert("INSERT INTO fever_alert (case_id, reading_id, opened_at) VALUES (?, ?, ?)", row.id(), readingId,
                    takenAt);
            opened = true;
        }
        audit(sql, c.caseNumber(), "temp", t + (fever ? " FEVER" : "") + (opened ? ", alert opened" : "")
                + " by " + recordedBy);
        return new ReadingResult(c.caseNumber(), c.name(), t, takenAt, recordedBy, fever, opened);
    }

    /** Records that the open fever alert was reported to the command centre, and to whom. */
    public FeverAlert reportFever(String caseRef, String to) {
        String recipient = requireText("to", to);
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            long alert = openAlert(sql, row);
            FeverAlert before = alert(sql, alert);
            if (before.reportedAt() != null) {
                throw QuarantineException.refused("fever.reportedAlready", row.view().caseNumber(),
                        local(before.reportedAt()), before.reportedTo());
            }
            sql.update("UPDATE fever_alert SET reported_at = ?, reported_to = ? WHERE id = ?", clock.instant(), recipient, alert);
            audit(sql, row.view().caseNumber(), "fever-report", "reported to " + recipient);
            return alert(sql, alert);
        });
    }

    /** Closes the open fever alert after a medical review. */
    public FeverAlert clearFever(String caseRef, String by, String note) {
        String reviewer = requireText("by", by);
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            long alert = openAlert(sql, row);
            sql.update("UPDATE fever_alert SET closed_at = ?, closed_by = ?, close_note = ? WHERE id = ?",
                    clock.instant(), reviewer, Text.multiLine("note", note), alert);
            audit(sql, row.view().caseNumber(), "fever-clear", "cleared by " + reviewer + (note == null ? "" : ": " + note));
            return alert(sql, alert);
        });
    }

    private long openAlert(Sql sql, CaseRows.Row row) {
        return sql.one("SELECT id FROM fever_alert WHERE case_id = ? AND closed_at IS NULL", rs -> rs.getLong(1), row.id())
                .orElseThrow(() -> QuarantineException.refused("fever.noOpenAlert", row.view().caseNumber()));
    }

    static final String ALERT_SELECT = "SELECT c.id AS case_id, c.name, h.name, r.number, rd.tenths, a.opened_at, "
            + "a.reported_at, a.reported_to, a.closed_at, a.closed_by, a.close_note FROM fever_alert a "
            + "JOIN qcase c ON c.id = a.case_id "
            + "LEFT JOIN hotel h ON h.id = c.hotel_id LEFT JOIN room r ON r.id = c.room_id "
            + "LEFT JOIN reading rd ON rd.id = a.reading_id ";

    static FeverAlert mapAlert(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long tenths = Sql.nullableLong(rs, "tenths");
        return new FeverAlert(CaseRows.number(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                tenths == null ? null : Temperature.ofTenths(tenths.intValue()), Sql.instant(rs, "opened_at"),
                Sql.instant(rs, "reported_at"), rs.getString(8), Sql.instant(rs, "closed_at"), rs.getString(10),
                rs.getString(11));
    }

    private FeverAlert alert(Sql sql, long id) {
        return sql.one(ALERT_SELECT + "WHERE a.id = ?", QuarantineDesk::mapAlert, id).orElseThrow();
    }

    /** Fever alerts, open ones only when {@code openOnly}: unreported first, then oldest first. */
    public List<FeverAlert> feverAlerts(boolean openOnly) {
        return db.read(sql -> sql.list(ALERT_SELECT + (openOnly ? "WHERE a.closed_at IS NULL " : "")
                + "ORDER BY CASE WHEN a.reported_at IS NULL THEN 0 ELSE 1 END, a.opened_at", QuarantineDesk::mapAlert));
    }

    // ---------------------------------------------------------------- closing a case

    /** Transfers a case to hospital: closes it as {@code TRANSFERRED}, its room awaits disinfection. */
    public CaseView transfer(String caseRef, String hospital) {
        String h = requireText("hospital", hospital);
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            row.view().status().checkMove(row.view().caseNumber(), CaseStatus.TRANSFERRED);
            Instant now = clock.instant();
            sql.update("UPDATE qcase SET status = 'TRANSFERRED', transferred_at = ?, hospital = ? WHERE id = ?",
                    now, h, row.id());
            vacate(sql, row);
            sql.update("UPDATE fever_alert SET closed_at = ?, closed_by = ?, close_note = ? WHERE case_id = ? "
                    + "AND closed_at IS NULL", now, operator, "transferred to " + h, row.id());
            audit(sql, row.view().caseNumber(), "transfer", "to " + h);
            return caseById(sql, row.id());
        });
    }

    /** Cancels a case entered in error; the record and its history stay. */
    public CaseView cancel(String caseRef, String reason) {
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            row.view().status().checkMove(row.view().caseNumber(), CaseStatus.CANCELLED);
            Instant now = clock.instant();
            sql.update("UPDATE qcase SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? WHERE id = ?",
                    now, Text.multiLine("reason", reason), row.id());
            vacate(sql, row);
            sql.update("UPDATE fever_alert SET closed_at = ?, closed_by = ?, close_note = ? WHERE case_id = ? "
                    + "AND closed_at IS NULL", now, operator, "case cancelled", row.id());
            audit(sql, row.view().caseNumber(), "cancel", reason == null ? "" : reason);
            return caseById(sql, row.id());
        });
    }

    /** A room that has held a person awaits disinfection before the next one. */
    private void vacate(Sql sql, CaseRows.Row row) {
        if (row.roomId() != null && row.view().status() == CaseStatus.ADMITTED) {
            sql.update("UPDATE room SET state = 'NEEDS_DISINFECTION' WHERE id = ?", row.roomId());
        }
    }

    /**
     * Releases a case (SPEC §5) when every condition holds; otherwise refuses listing every unmet one
     * ({@link ReleaseRefusedException}).
     *
     * @param temperature a release-check temperature, or null
     * @param on          the release date, or null for today
     */
    public ReleaseResult release(String caseRef, String checkedBy, String temperature, LocalDate on) {
        Temperature t = temperature == null || temperature.isBlank() ? null
                : field("temperature", () -> currentPolicy().checkPlausible(Temperature.parse(temperature)));
        String checker = checkedBy == null || checkedBy.isBlank() ? null : Text.clean("checked_by", checkedBy);
        Object outcome = db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            CaseView c = row.view();
            Instant now = clock.instant();
            LocalDate date = on == null ? today() : on;
            if (date.isAfter(today())) {
                throw QuarantineException.invalid("release.futureDate", date, today());
            }
            if (date.isBefore(c.arrivalDate())) {
                throw QuarantineException.invalid("release.beforeArrival", date, c.arrivalDate());
            }
            Instant releasedAt = on == null || date.equals(today()) ? now
                    : ZonedDateTime.of(date, now.atZone(zone()).toLocalTime(), zone()).toInstant();
            boolean openAlert = sql.count("SELECT COUNT(*) FROM fever_alert WHERE case_id = ? AND closed_at IS NULL",
                    row.id()) > 0;
            Optional<Object[]> latest = sql.one("SELECT tenths, taken_at FROM reading WHERE case_id = ? "
                            + "AND taken_at <= ? ORDER BY taken_at DESC, id DESC",
                    rs -> new Object[] {Temperature.ofTenths(rs.getInt(1)), Sql.instant(rs, "taken_at")}, row.id(),
                    releasedAt);
            Policy policy = policies.byId(c.policyId()).orElse(currentPolicy());
            List<Unmet> unmet = new ReleaseCheck(c.caseNumber(), c.status(), c.eligibleDate(), date, releasedAt,
                    openAlert, latest.map(a -> (Temperature) a[0]).orElse(null),
                    latest.map(a -> (Instant) a[1]).orElse(null), t, checker, policy).unmet();
            if (!unmet.isEmpty()) {
                if (t != null && policy.isFever(t) && c.status().isOpen()) {
                    // A fever at the release check is a health fact: kept, with its alert, and the release refused.
                    recordTemperature(sql, row, t, releasedAt, checker);
                }
                return new ReleaseRefusedException(c.caseNumber(), unmet);
            }
            if (t != null) {
                sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) VALUES (?, ?, ?, ?, ?)",
                        row.id(), releasedAt, t.tenths(), false, checker);
            }
            sql.update("UPDATE qcase SET status = 'RELEASED', released_at = ?, release_date = ?, checked_by = ?, "
                    + "filed_at = ? WHERE id = ?", releasedAt, date, checker, now, row.id());
            vacate(sql, row);
            audit(sql, c.caseNumber(), "release", "checked by " + checker + (t == null ? "" : ", " + t)
                    + ", filed with community " + (c.community() == null ? "-" : c.community()));
            CaseRows.Row released = CaseRows.find(sql, c.caseNumber(), blockSize());
            Bill bill = released.roomId() == null ? null : bill(sql, released);
            return new ReleaseResult(released.view(), releasedAt, checker, bill);
        });
        if (outcome instanceof QuarantineException refusal) {
            throw refusal;
        }
        return (ReleaseResult) outcome;
    }

    // ---------------------------------------------------------------- records on a case

    /** Records that the commitment letter (承诺书) of an admitted case is signed. */
    public CaseView commitment(String caseRef) {
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            if (row.view().status() != CaseStatus.ADMITTED) {
                throw QuarantineException.refused("commitment.notAdmitted", row.view().caseNumber(), row.view().status());
            }
            if (row.view().commitmentSignedAt() != null) {
                throw QuarantineException.refused("commitment.already", row.view().caseNumber(),
                        local(row.view().commitmentSignedAt()));
            }
            sql.update("UPDATE qcase SET commitment_signed_at = ? WHERE id = ?", clock.instant(), row.id());
            audit(sql, row.view().caseNumber(), "commitment", "signed");
            return caseById(sql, row.id());
        });
    }

    /** Records a violation of the rules with a note and the penalty given. */
    public Violation violation(String caseRef, String note, String penalty) {
        String n = requireText("note", note);
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            Instant now = clock.instant();
            sql.insert("INSERT INTO violation (case_id, at, note, penalty, recorded_by) VALUES (?, ?, ?, ?, ?)",
                    row.id(), now, n, Text.optional("penalty", penalty), operator);
            audit(sql, row.view().caseNumber(), "violation", n + (penalty == null ? "" : " / " + penalty));
            return new Violation(row.view().caseNumber(), row.view().name(), now, n, Text.optional("penalty", penalty), operator);
        });
    }

    /** Records a payment by the person and returns the updated bill; a payment beyond what is owed is refused. */
    public Bill pay(String caseRef, Money amount) {
        if (amount.isZero()) {
            throw QuarantineException.invalid("pay.zero");
        }
        return db.inTransaction(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            Bill before = bill(sql, row);
            if (amount.compareTo(before.outstanding()) > 0) {
                throw QuarantineException.refused("pay.exceeds", row.view().caseNumber(), amount, before.outstanding());
            }
            sql.insert("INSERT INTO payment (case_id, amount_fen, paid_at, recorded_by) VALUES (?, ?, ?, ?)",
                    row.id(), amount.fen(), clock.instant(), operator);
            audit(sql, row.view().caseNumber(), "pay", amount.toString());
            return bill(sql, row);
        });
    }

    /**
     * The notice letter of a case that was admitted to a hotel; a case at home has none.
     *
     * @throws QuarantineException {@code REFUSED} {@code notice.notInHotel}
     */
    public Notice notice(String caseRef) {
        return db.read(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            if (row.view().admittedAt() == null) {
                throw QuarantineException.refused("notice.notInHotel", row.view().caseNumber(), row.view().status());
            }
            return new Notice(row.view(), bill(sql, row));
        });
    }

    /** The bill of a case: final once released, else an estimate to the eligible date. */
    public Bill bill(String caseRef) {
        return db.read(sql -> bill(sql, CaseRows.find(sql, caseRef, blockSize())));
    }

    Bill bill(Sql sql, CaseRows.Row row) {
        return billAsOf(sql, row, null);
    }

    /**
     * The bill of a case as it stood at {@code asOf} (now when null): final if the case had closed by then, else an
     * estimate to the eligible date; payments made by then. A case cancelled as entered in error owes nothing.
     */
    Bill billAsOf(Sql sql, CaseRows.Row row, Instant asOf) {
        CaseView c = row.view();
        if (c.admittedAt() == null || row.rateFen() == null) {
            throw QuarantineException.refused(c.status() == CaseStatus.CANCELLED ? "bill.cancelledHome"
                    : "bill.notAdmitted", c.caseNumber(), c.status());
        }
        Policy policy = policies.byId(c.policyId()).orElse(currentPolicy());
        LocalDate admitted = LocalDate.ofInstant(c.admittedAt(), policy.zone());
        Object[] closing = sql.one("SELECT release_date, " + AsOf.CLOSED + " AS closed_at FROM qcase c WHERE c.id = ?",
                rs -> new Object[] {Sql.date(rs, "release_date"), Sql.instant(rs, "closed_at")}, row.id()).orElseThrow();
        Instant closedAt = (Instant) closing[1];
        boolean closed = closedAt != null && (asOf == null || !closedAt.isAfter(asOf));
        Money paid = Money.ofFen(asOf == null
                ? sql.count("SELECT COALESCE(SUM(amount_fen), 0) FROM payment WHERE case_id = ?", row.id())
                : sql.count("SELECT COALESCE(SUM(amount_fen), 0) FROM payment WHERE case_id = ? AND paid_at <= ?",
                row.id(), asOf));
        if (closed && c.status() == CaseStatus.CANCELLED) {
            // Entered in error: nobody owes anything for it; what was paid is shown, to be refunded.
            return Bill.voided(c.caseNumber(), admitted, Money.ofFen(row.rateFen()), paid);
        }
        LocalDate end;
        if (!closed) {
            end = c.eligibleDate();
        } else if (c.status() == CaseStatus.RELEASED) {
            end = (LocalDate) closing[0];
        } else {
            end = LocalDate.ofInstant(closedAt, policy.zone());
        }
        return Bill.compute(c.caseNumber(), !closed, admitted, end, Money.ofFen(row.rateFen()), policy.shares(), paid);
    }

    // ---------------------------------------------------------------- hotel operations (SPEC §6)

    /** Sets the member of one role slot of a block's service team, replacing whoever held it. */
    public dev.quarantine.core.ops.TeamMember setTeamMember(String hotel, int block, String role, String name,
                                                           String phone) {
        return operations.setTeamMember(hotel, block, role, name, phone);
    }

    /** The service teams, of one hotel or of all when {@code hotel} is null. */
    public List<dev.quarantine.core.ops.TeamMember> team(String hotel) {
        return operations.team(hotel);
    }

    /** Opens a service request for an open case. */
    public dev.quarantine.core.ops.ServiceRequest addService(String caseRef, dev.quarantine.core.ops.ServiceType type,
                                                             String note) {
        return operations.addService(caseRef, type, note);
    }

    /** Closes a service request, recording who did it and when. */
    public dev.quarantine.core.ops.ServiceRequest serviceDone(long id, String by) {
        return operations.serviceDone(id, by);
    }

    public List<dev.quarantine.core.ops.ServiceRequest> services(boolean openOnly) {
        return operations.services(openOnly);
    }

    /** Disinfects a room (which returns it from NEEDS_DISINFECTION to FREE) or a public area; give one of the two. */
    public dev.quarantine.core.ops.Disinfection disinfect(String hotel, String room, dev.quarantine.core.ops.PublicArea area,
                                                          String by) {
        return operations.disinfect(hotel, room, area, by);
    }

    /** Records a hotel's daily inspection. */
    public dev.quarantine.core.ops.Inspection inspect(String hotel, String by, String findings) {
        return operations.inspect(hotel, by, findings);
    }

    /** Records a lease extension in days or a cash compensation (one of the two) for a case's landlord. */
    public dev.quarantine.core.ops.LandlordArrangement landlord(String caseRef, Integer extendDays, Money cash,
                                                                String landlord) {
        return operations.landlord(caseRef, extendDays, cash, landlord);
    }

    /** The daily report of {@code date} (today when null), each list cut at {@code limit} items with its full count. */
    public dev.quarantine.core.report.DailyReport dailyReport(LocalDate date, int limit) {
        return new DailyReports(this).build(date == null ? today() : date, Math.max(1, limit));
    }

    // ---------------------------------------------------------------- queries

    public CaseView show(String caseRef) {
        return db.read(sql -> CaseRows.find(sql, caseRef, blockSize()).view());
    }

    /** The cases matching {@code filter}, in case-number order. */
    public List<CaseView> list(CaseFilter filter) {
        return list(filter, Integer.MAX_VALUE).items();
    }

    /** The first {@code limit} cases matching {@code filter}, in case-number order, with their full count. */
    public dev.quarantine.core.report.Capped<CaseView> list(CaseFilter filter, int limit) {
        return db.read(sql -> {
            List<Object> params = new ArrayList<>();
            String where = where(sql, filter, params);
            int blockSize = blockSize();
            return DailyReports.capped(sql, CaseRows.SELECT, where, "c.id", rs -> CaseRows.view(rs, blockSize),
                    limit, params.toArray());
        });
    }

    /**
     * Open cases eligible on {@code date} (today when null), overdue before it, and eligible the day after (SPEC §10),
     * each list cut at {@code limit} cases with its full count.
     */
    public DueList due(LocalDate date, int limit) {
        LocalDate d = date == null ? today() : date;
        int blockSize = blockSize();
        // A past day is shown as it stood at its end; today and later days as things stand now (or, when the clock was
        // set back behind later work, as they stood now).
        Instant now = clock.instant();
        Instant asOf = d.isBefore(today()) ? d.plusDays(1).atStartOfDay(zone()).toInstant() : now;
        return db.read(sql -> DailyReports.due(sql, d, !d.isBefore(today()) && !AsOf.happenedAfter(sql, now), asOf,
                limit, rs -> CaseRows.view(rs, blockSize)));
    }

    /** Every case due, overdue or due tomorrow: {@link #due(LocalDate, int)} without a limit. */
    public DueList due(LocalDate date) {
        return due(date, Integer.MAX_VALUE);
    }

    /** The audit log of one case, oldest first. */
    public List<HistoryEntry> history(String caseRef) {
        return db.read(sql -> {
            String number = CaseRows.find(sql, caseRef, blockSize()).view().caseNumber();
            long id = CaseRows.find(sql, caseRef, blockSize()).id();
            // Single events name the case; an import batch names the range of cases it registered.
            return sql.list("SELECT id, at, operator, command, case_number, action, details, case_id, case_id_last "
                    + "FROM audit_log WHERE case_id = ? AND case_id_last IS NULL "
                    + "UNION ALL SELECT id, at, operator, command, case_number, action, details, case_id, case_id_last "
                    + "FROM audit_log WHERE case_id_last IS NOT NULL AND case_id <= ? AND case_id_last >= ? ORDER BY id",
                    QuarantineDesk::mapHistory, id, id, id);
        });
    }

    static HistoryEntry mapHistory(java.sql.ResultSet rs) throws java.sql.SQLException {
        Long last = Sql.nullableLong(rs, "case_id_last");
        String cases = last == null ? rs.getString(5)
                : CaseRows.number(rs.getLong("case_id")) + "–" + CaseRows.number(last);
        return new HistoryEntry(rs.getLong(1), Sql.instant(rs, "at"), rs.getString(3), rs.getString(4),
                cases, rs.getString(6), rs.getString(7));
    }

    /** The readings of a case, oldest first. */
    public List<ReadingResult> readings(String caseRef) {
        return db.read(sql -> {
            CaseRows.Row row = CaseRows.find(sql, caseRef, blockSize());
            return sql.list("SELECT tenths, taken_at, recorded_by, fever FROM reading WHERE case_id = ? ORDER BY taken_at, id",
                    rs -> new ReadingResult(row.view().caseNumber(), row.view().name(), Temperature.ofTenths(rs.getInt(1)),
                            Sql.instant(rs, "taken_at"), rs.getString(3), rs.getInt(4) != 0, false), row.id());
        });
    }

    /** Records an action in the audit log that changes nothing else (an unmasked export, say). */
    public void recordAudit(String caseNumber, String action, String details) {
        db.inTransaction(sql -> {
            audit(sql, caseNumber, action, details);
            return null;
        });
    }

    /** Appends to the audit log inside the caller's transaction. */
    void audit(Sql sql, String caseNumber, String action, String details) {
        sql.insert("INSERT INTO audit_log (at, operator, command, case_number, case_id, action, details) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", clock.instant(), operator, command, caseNumber,
                caseNumber == null ? null : Long.parseLong(caseNumber.substring(1)), action, details);
    }

    /** One audit event for the range of cases {@code first}–{@code last} (an import batch). */
    void auditRange(Sql sql, long first, long last, String action, String details) {
        sql.insert("INSERT INTO audit_log (at, operator, command, case_number, case_id, case_id_last, action, details) "
                        + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?)", clock.instant(), operator, command, first, last, action,
                details);
    }

    /** An instant as people read it in the policy's zone: {@code 2020-02-11 14:10}. */
    String local(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, zone()).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString().replace('T', ' ');
    }

    int blockSize() {
        return currentPolicy().blockSize();
    }

    static String requireText(String field, String value) {
        return Text.required(field, value);
    }

    @Override
    public void close() {
        db.close();
    }
}
