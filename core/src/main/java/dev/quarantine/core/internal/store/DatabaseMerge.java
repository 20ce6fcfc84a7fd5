package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.policy.PolicyJson;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Moves a whole register (an office's SQLite file) into a database that holds a register already (the district's),
 * beside the offices there, in one transaction of the target: all of it or nothing.
 *
 * <p>Cases take the target's next case numbers, in their order, with no gap: the target's numbering is the district's.
 * Every reference to a case follows it (readings, fever alerts, the payment ledger, violations, service requests,
 * landlord arrangements, amendments, the audit log's case, range and case number). Every other row gets an id after the
 * target's. Hotels are matched by name (a hotel of the same name is the same hotel, and its rooms are matched by number;
 * rooms it lacks are added after its own); policies by id; origins by code; the register's office becomes the office
 * named (added when absent, with the register's letterhead).
 *
 * <p>What the rules of the target would refuse, or what would change a bill, is refused before anything is written,
 * naming the first conflicts: a person with an open case in both, or with a case of the same arrival in both; a room of
 * a shared hotel with a guest in both (or out of service, or in a hotel closed, there); a shared hotel whose nightly
 * rates differ; a policy of the same id with other rules, or of the same date under another id.
 */
public final class DatabaseMerge {
    /** The tables with ids that a move adds rows to, referenced before referring (as {@link DatabaseCopy#TABLES}). */
    private static final List<String> ID_TABLES = List.of("office", "hotel", "hotel_rate", "room", "room_service",
            "qcase", "amendment", "reading", "fever_alert", "payment", "violation", "team_member", "service_request",
            "disinfection", "inspection", "landlord_arrangement", "audit_log");
    /** How many conflicts a refusal names. */
    private static final int SHOWN = 5;
    private static final int IN_LIST = 500;
    private static final int BATCH = 1000;

    /** What a move did: into which office, whether it was added, rows per table, cases moved and renumbered. */
    public record Outcome(String office, boolean officeCreated, Map<String, Long> rows, long cases, long renumbered) {
    }

    /** Who is moving the register, for the target's audit log. */
    public record Actor(Instant now, String operator, String command) {
    }

    private final Database source;
    private final Database target;
    private final String officeName;
    private final Actor actor;
    private final BiConsumer<CaseNumber, CaseNumber> renumbered;

    private final List<Message> conflicts = new ArrayList<>();
    private long conflictCount;

    /** Source office id → target office id. */
    private final Map<Long, Long> offices = new HashMap<>();
    private final Map<Long, Long> hotels = new HashMap<>();
    private final Set<Long> sharedHotels = new HashSet<>();
    private final Map<Long, Long> rooms = new HashMap<>();
    /** The source's case ids, ascending: the i-th takes the target's case number {@code caseBase + i + 1}. */
    private long[] caseIds = new long[1024];
    private int caseCount;
    private long caseBase;
    private final Map<String, Long> offsets = new HashMap<>();

    private DatabaseMerge(Database source, Database target, String officeName, Actor actor,
                          BiConsumer<CaseNumber, CaseNumber> renumbered) {
        this.source = source;
        this.target = target;
        this.officeName = officeName;
        this.actor = actor;
        this.renumbered = renumbered;
    }

    /**
     * Moves {@code source}'s register into {@code target}'s as office {@code officeName} (null: each office of the
     * source under its own name). {@code renumbered} hears each case whose number changes, oldest first, before the
     * move commits: a failure there undoes it.
     *
     * @throws QuarantineException {@code REFUSED} {@code migrate.conflicts} naming the first conflicts, nothing written;
     *                             {@code DATA_FILE} {@code migrate.schemaDiffers}
     */
    public static Outcome merge(Database source, Database target, String officeName, Actor actor,
                                BiConsumer<CaseNumber, CaseNumber> renumbered) {
        checkVersions(source, target);
        return new DatabaseMerge(source, target, officeName, actor, renumbered).run();
    }

    static void checkVersions(Database source, Database target) {
        int from = source.schemaVersion();
        int to = target.schemaVersion();
        if (from != to) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "migrate.schemaDiffers", source.location(), from,
                    target.location(), to);
        }
    }

    private Outcome run() {
        return source.read(from -> target.inTransaction(to -> {
            try {
                return move(from, to);
            } catch (SQLException e) {
                throw to.failure(e);
            }
        }));
    }

    private Outcome move(Sql from, Sql to) throws SQLException {
        for (String table : DatabaseCopy.TABLES) {
            to.lockTable(table);
        }
        Map<String, Long> before = new LinkedHashMap<>();
        for (String table : DatabaseCopy.TABLES) {
            before.put(table, to.count("SELECT COUNT(*) FROM " + table));
        }
        for (String table : ID_TABLES) {
            offsets.put(table, to.count("SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        caseBase = to.nextId("qcase") - 1;

        // ---------------------------------------------------------------- everything checked, nothing written
        List<Object[]> sourceOffices = from.list("SELECT id, name, letter_name, phone, address FROM office ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        if (officeName != null && sourceOffices.size() > 1) {
            throw QuarantineException.refused("migrate.severalOffices", sourceOffices.size(),
                    String.join(", ", sourceOffices.stream().map(o -> (String) o[1]).toList()), officeName);
        }
        List<String> policiesToAdd = checkPolicies(from, to);
        Map<Long, Object[]> sourceHotels = checkHotels(from, to);
        Map<Long, RoomPlan> roomPlans = planRooms(from, to);
        checkCases(from, to, roomPlans);
        if (conflictCount > 0) {
            throw QuarantineException.refused("migrate.conflicts", target.location(), conflictCount,
                    List.copyOf(conflicts));
        }

        // ---------------------------------------------------------------- written
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> created = moveOffices(to, sourceOffices);
        rows.put("policy_version", addPolicies(from, to, policiesToAdd));
        rows.put("office", (long) created.size());
        rows.put("origin", addOrigins(from, to));
        rows.put("hotel", addHotels(from, to, sourceHotels));
        rows.put("hotel_rate", copy(from, to, "hotel_rate", (c, v) -> {
            long hotel = longOf(v[c.get("hotel_id")]);
            if (sharedHotels.contains(hotel)) {
                return false; // the same rates there (checked)
            }
            v[c.get("hotel_id")] = hotels.get(hotel);
            return true;
        }));
        rows.put("room", addRooms(to, roomPlans));
        rows.put("room_service", copy(from, to, "room_service", (c, v) -> {
            v[c.get("room_id")] = rooms.get(longOf(v[c.get("room_id")]));
            return true;
        }));
        rows.put("qcase", copy(from, to, "qcase", (c, v) -> {
            v[c.get("id")] = newCase(longOf(v[c.get("id")]));
            v[c.get("office_id")] = offices.get(longOf(v[c.get("office_id")]));
            if (v[c.get("hotel_id")] != null) {
                v[c.get("hotel_id")] = hotels.get(longOf(v[c.get("hotel_id")]));
            }
            if (v[c.get("room_id")] != null) {
                v[c.get("room_id")] = rooms.get(longOf(v[c.get("room_id")]));
            }
            return true;
        }, false));
        for (String table : List.of("amendment", "reading", "fever_alert", "payment", "violation")) {
            rows.put(table, copy(from, to, table, (c, v) -> {
                v[c.get("case_id")] = newCase(longOf(v[c.get("case_id")]));
                if (c.containsKey("reading_id") && v[c.get("reading_id")] != null) {
                    v[c.get("reading_id")] = longOf(v[c.get("reading_id")]) + offsets.get("reading");
                }
                return true;
            }));
        }
        rows.put("team_member", copy(from, to, "team_member", (c, v) -> {
            long hotel = hotels.get(longOf(v[c.get("hotel_id")]));
            v[c.get("hotel_id")] = hotel;
            // A shared hotel's team stays as the target has it, block by block and role by role.
            return to.count("SELECT COUNT(*) FROM team_member WHERE hotel_id = ? AND block = ? AND role = ?", hotel,
                    v[c.get("block")], v[c.get("role")]) == 0;
        }));
        rows.put("service_request", copy(from, to, "service_request", (c, v) -> {
            v[c.get("case_id")] = newCase(longOf(v[c.get("case_id")]));
            return true;
        }));
        rows.put("disinfection", copy(from, to, "disinfection", (c, v) -> {
            v[c.get("hotel_id")] = hotels.get(longOf(v[c.get("hotel_id")]));
            if (v[c.get("room_id")] != null) {
                v[c.get("room_id")] = rooms.get(longOf(v[c.get("room_id")]));
            }
            return true;
        }));
        rows.put("inspection", copy(from, to, "inspection", (c, v) -> {
            v[c.get("hotel_id")] = hotels.get(longOf(v[c.get("hotel_id")]));
            return true;
        }));
        rows.put("landlord_arrangement", copy(from, to, "landlord_arrangement", (c, v) -> {
            v[c.get("case_id")] = newCase(longOf(v[c.get("case_id")]));
            return true;
        }));
        rows.put("audit_log", copy(from, to, "audit_log", this::event));
        for (String table : ID_TABLES) {
            to.dialect().afterCopy(to.connection(), table);
        }
        for (String table : DatabaseCopy.TABLES) {
            long there = to.count("SELECT COUNT(*) FROM " + table);
            long expected = before.get(table) + rows.getOrDefault(table, 0L);
            if (there != expected) {
                throw new QuarantineException(ErrorKind.INTERNAL, "db.error",
                        "moved " + rows.get(table) + " rows of " + table + " but " + (there - before.get(table))
                                + " arrived");
            }
        }
        // The target's own events of the move, after every copied one.
        Long office = offices.size() == 1 ? offices.values().iterator().next() : null;
        for (String name : created) {
            String letters = to.one("SELECT letter_name FROM office WHERE name = ?", rs -> rs.getString(1), name)
                    .orElseThrow();
            event(to, "office-add", name + ", letters signed " + letters, null);
        }
        long changed = 0;
        for (int i = 0; i < caseCount; i++) {
            long now = caseBase + i + 1;
            if (now != caseIds[i]) {
                changed++;
                renumbered.accept(CaseNumber.of(caseIds[i]), CaseNumber.of(now));
            }
        }
        event(to, "migrate-from", source.location() + ": " + caseCount + " case(s)"
                + (changed == 0 ? "" : ", renumbered " + ranges()), office);
        String names = String.join(", ", sourceOffices.stream()
                .map(o -> officeName != null ? officeName : (String) o[1]).toList());
        return new Outcome(names, !created.isEmpty(), rows, caseCount, changed);
    }

    private void event(Sql to, String action, String details, Long office) {
        to.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details, office_id) "
                + "VALUES (?, ?, ?, NULL, ?, ?, ?)", actor.now(), actor.operator(), actor.command(), action, details,
                office);
    }

    // ---------------------------------------------------------------- checks

    /** The source's policies the target lacks; a conflict for one of the same id with other rules, or the same date. */
    private List<String> checkPolicies(Sql from, Sql to) {
        List<String> add = new ArrayList<>();
        for (String[] p : from.list("SELECT id, effective_from, document FROM policy_version ORDER BY effective_from",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            String there = to.one("SELECT document FROM policy_version WHERE id = ?", rs -> rs.getString(1), p[0])
                    .orElse(null);
            if (there != null) {
                if (!PolicyJson.write(PolicyJson.parse(there)).equals(PolicyJson.write(PolicyJson.parse(p[2])))) {
                    conflict(new Message("migrate.conflict.policy", p[0]));
                }
                continue;
            }
            to.one("SELECT id FROM policy_version WHERE effective_from = ?", rs -> rs.getString(1), p[1])
                    .ifPresent(other -> conflict(new Message("migrate.conflict.policyDate", p[0], p[1], other)));
            add.add(p[0]);
        }
        return add;
    }

    /** The source's hotels by id; those of a name the target has are shared, and must bill as the target does. */
    private Map<Long, Object[]> checkHotels(Sql from, Sql to) {
        Map<Long, Object[]> all = new LinkedHashMap<>();
        for (Object[] h : from.list("SELECT id, name, created_at FROM hotel ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})) {
            long id = (Long) h[0];
            all.put(id, h);
            Long there = to.one("SELECT id FROM hotel WHERE name = ?", rs -> rs.getLong(1), h[1]).orElse(null);
            if (there == null) {
                continue;
            }
            hotels.put(id, there);
            sharedHotels.add(id);
            String here = rates(from, id);
            String theirs = rates(to, there);
            if (!here.equals(theirs)) {
                conflict(new Message("migrate.conflict.rates", h[1], here, theirs));
            }
        }
        return all;
    }

    /** A hotel's nightly rates as bills apply them: the opening rate, then each date's last change. */
    private static String rates(Sql sql, long hotel) {
        Money opening = Money.ofFen(sql.count("SELECT rate_fen FROM hotel WHERE id = ?", hotel));
        TreeMap<String, Money> changes = new TreeMap<>();
        sql.forEach("SELECT effective_from, rate_fen FROM hotel_rate WHERE hotel_id = ? ORDER BY id",
                rs -> changes.put(String.valueOf(Sql.date(rs, "effective_from")), Money.ofFen(rs.getLong(2))), hotel);
        StringBuilder s = new StringBuilder(opening.toString());
        changes.forEach((date, rate) -> s.append(", ").append(rate).append(" ≥ ").append(date));
        return s.toString();
    }

    /** Where each room of the source goes: a room of a shared hotel with the same number, or a new one. */
    private record RoomPlan(long sourceId, long sourceHotel, String number, int position, String state,
                            String addedAt, String since, Long targetId, String targetState) {
    }

    private Map<Long, RoomPlan> planRooms(Sql from, Sql to) {
        Map<Long, RoomPlan> plans = new LinkedHashMap<>();
        from.forEach("SELECT r.id, r.hotel_id, r.number, r.position, r.state, r.added_at, "
                + "COALESCE(r.added_at, h.created_at) FROM room r JOIN hotel h ON h.id = r.hotel_id ORDER BY r.hotel_id, r.position", rs -> {
            long hotel = rs.getLong(2);
            Long targetId = null;
            String targetState = null;
            if (sharedHotels.contains(hotel)) {
                Object[] there = to.one("SELECT id, state FROM room WHERE hotel_id = ? AND number = ?",
                        r -> new Object[] {r.getLong(1), r.getString(2)}, hotels.get(hotel), rs.getString(3))
                        .orElse(null);
                if (there != null) {
                    targetId = (Long) there[0];
                    targetState = (String) there[1];
                }
            }
            plans.put(rs.getLong(1), new RoomPlan(rs.getLong(1), hotel, rs.getString(3), rs.getInt(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), targetId, targetState));
        });
        return plans;
    }

    /** A case of the source as the checks need it. */
    private record Moving(long id, Long personKey, String idType, String idNumber, String arrival, String status,
                          Long hotel, Long room) {
        boolean open() {
            return status.equals("REGISTERED") || status.equals("ADMITTED");
        }

        String person() {
            return personKey != null ? "R" + personKey : idType + "|" + idNumber;
        }

        String masked() {
            IdType type = IdType.valueOf(idType);
            return IdentityDocument.mask(type, idNumber);
        }
    }

    /** Collects the source's case ids and checks each batch of cases against the target's people and rooms. */
    private void checkCases(Sql from, Sql to, Map<Long, RoomPlan> roomPlans) {
        List<Moving> batch = new ArrayList<>(IN_LIST);
        from.forEach("SELECT id, person_key, id_type, id_number, arrival_date, status, hotel_id, room_id FROM qcase "
                + "ORDER BY id", rs -> {
            Moving m = new Moving(rs.getLong(1), Sql.nullableLong(rs, "person_key"), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), Sql.nullableLong(rs, "hotel_id"),
                    Sql.nullableLong(rs, "room_id"));
            if (caseCount == caseIds.length) {
                caseIds = Arrays.copyOf(caseIds, caseIds.length * 2);
            }
            caseIds[caseCount++] = m.id();
            if (!m.status().equals("CANCELLED")) {
                batch.add(m);
            }
            if (batch.size() == IN_LIST) {
                checkPeople(to, batch);
                batch.clear();
            }
            if (m.status().equals("ADMITTED") && m.room() != null) {
                checkRoom(to, m, roomPlans.get(m.room()));
            }
        });
        checkPeople(to, batch);
    }

    /** A guest of the source in a room of a shared hotel: the room must be free of guests (and in service) there. */
    private void checkRoom(Sql to, Moving m, RoomPlan plan) {
        if (!sharedHotels.contains(plan.sourceHotel())) {
            return;
        }
        long hotel = hotels.get(plan.sourceHotel());
        String hotelName = to.one("SELECT name FROM hotel WHERE id = ?", rs -> rs.getString(1), hotel).orElseThrow();
        if (to.count("SELECT COUNT(*) FROM hotel WHERE id = ? AND closed_at IS NOT NULL", hotel) > 0) {
            conflict(new Message("migrate.conflict.hotelClosed", CaseNumber.of(m.id()).toString(), m.masked(),
                    hotelName));
            return;
        }
        if (plan.targetId() == null) {
            return;
        }
        String guest = to.one("SELECT id FROM qcase WHERE room_id = ? AND status = 'ADMITTED'",
                rs -> CaseNumber.of(rs.getLong(1)).toString(), plan.targetId()).orElse(null);
        if (guest != null) {
            conflict(new Message("migrate.conflict.room", CaseNumber.of(m.id()).toString(), m.masked(), hotelName,
                    plan.number(), guest));
        } else if (!plan.targetState().equals("FREE") && !plan.targetState().equals("NEEDS_DISINFECTION")) {
            conflict(new Message("migrate.conflict.roomState", CaseNumber.of(m.id()).toString(), m.masked(),
                    hotelName, plan.number(), dev.quarantine.core.hotel.RoomState.valueOf(plan.targetState())));
        }
    }

    /** The people of a batch against the target's cases: as the unique rules of one person's cases would refuse. */
    private void checkPeople(Sql to, List<Moving> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<String[]>> there = new HashMap<>();
        List<Object> residents = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        for (Moving m : batch) {
            if (m.personKey() != null) {
                residents.add(m.personKey());
            } else {
                documents.add(m.idNumber());
            }
        }
        if (!residents.isEmpty()) {
            to.forEach("SELECT person_key, id, arrival_date, status FROM qcase WHERE person_key IN ("
                    + marks(residents.size()) + ") AND status <> 'CANCELLED'", rs -> there.computeIfAbsent(
                    "R" + rs.getLong(1), k -> new ArrayList<>()).add(new String[] {String.valueOf(rs.getLong(2)),
                    rs.getString(3), rs.getString(4)}), residents.toArray());
        }
        if (!documents.isEmpty()) {
            to.forEach("SELECT id_type, id_number, id, arrival_date, status FROM qcase WHERE person_key IS NULL "
                    + "AND id_number IN (" + marks(documents.size()) + ") AND status <> 'CANCELLED'",
                    rs -> there.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                            .add(new String[] {String.valueOf(rs.getLong(3)), rs.getString(4), rs.getString(5)}),
                    documents.toArray());
        }
        for (Moving m : batch) {
            for (String[] t : there.getOrDefault(m.person(), List.of())) {
                boolean open = t[2].equals("REGISTERED") || t[2].equals("ADMITTED");
                String theirs = CaseNumber.of(Long.parseLong(t[0])).toString();
                if (m.open() && open) {
                    conflict(new Message("migrate.conflict.open", CaseNumber.of(m.id()).toString(), m.masked(),
                            theirs));
                    break;
                }
                if (Objects.equals(m.arrival(), t[1])) {
                    conflict(new Message("migrate.conflict.arrival", CaseNumber.of(m.id()).toString(), m.masked(),
                            theirs, m.arrival()));
                    break;
                }
            }
        }
    }

    private void conflict(Message m) {
        conflictCount++;
        if (conflicts.size() < SHOWN) {
            conflicts.add(m);
        }
    }

    // ---------------------------------------------------------------- writes

    /** Maps each office of the source to the target's of its name (or the one named), adding those absent. */
    private List<String> moveOffices(Sql to, List<Object[]> sourceOffices) {
        List<String> created = new ArrayList<>();
        for (Object[] o : sourceOffices) {
            String n = officeName != null ? officeName : (String) o[1];
            Long there = to.one("SELECT id FROM office WHERE name = ?", rs -> rs.getLong(1), n).orElse(null);
            if (there == null) {
                // With the source's letterhead: its letters read as they did.
                there = to.insert("INSERT INTO office (name, letter_name, phone, address, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", n, o[2], o[3], o[4], actor.now());
                created.add(n);
            }
            offices.put((Long) o[0], there);
        }
        return created;
    }

    private long addPolicies(Sql from, Sql to, List<String> ids) {
        for (String id : ids) {
            Object[] p = from.one("SELECT id, effective_from, document, added_at, added_by FROM policy_version "
                    + "WHERE id = ?", rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5)}, id).orElseThrow();
            to.update("INSERT INTO policy_version (id, effective_from, document, added_at, added_by) "
                    + "VALUES (?, ?, ?, ?, ?)", p);
        }
        return ids.size();
    }

    private long addOrigins(Sql from, Sql to) {
        long added = 0;
        for (String[] o : from.list("SELECT code, name FROM origin ORDER BY code",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            added += to.update("INSERT INTO origin (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING", o[0], o[1]);
        }
        return added;
    }

    private long addHotels(Sql from, Sql to, Map<Long, Object[]> sourceHotels) throws SQLException {
        long offset = offsets.get("hotel");
        for (long id : sourceHotels.keySet()) {
            if (!sharedHotels.contains(id)) {
                hotels.put(id, id + offset);
            }
        }
        return copy(from, to, "hotel", (c, v) -> {
            long id = longOf(v[c.get("id")]);
            if (sharedHotels.contains(id)) {
                return false;
            }
            v[c.get("id")] = hotels.get(id);
            return true;
        }, false);
    }

    private long addRooms(Sql to, Map<Long, RoomPlan> plans) throws SQLException {
        long offset = offsets.get("room");
        Map<Long, Integer> positions = new HashMap<>();
        long added = 0;
        for (RoomPlan p : plans.values()) {
            if (p.targetId() != null) {
                rooms.put(p.sourceId(), p.targetId());
                String state = mergedState(p.state(), p.targetState());
                if (!state.equals(p.targetState())) {
                    to.update("UPDATE room SET state = ? WHERE id = ?", state, p.targetId());
                }
                continue;
            }
            long id = p.sourceId() + offset;
            rooms.put(p.sourceId(), id);
            long hotel = hotels.get(p.sourceHotel());
            int position;
            if (sharedHotels.contains(p.sourceHotel())) {
                // After the shared hotel's own rooms, in the source's order.
                position = positions.compute(hotel, (h, last) -> (last == null
                        ? (int) to.count("SELECT COALESCE(MAX(position), 0) FROM room WHERE hotel_id = ?", h) : last)
                        + 1);
            } else {
                position = p.position();
            }
            to.update("INSERT INTO room (id, hotel_id, number, position, state, added_at) VALUES (?, ?, ?, ?, ?, ?)",
                    id, hotel, p.number(), position, p.state(),
                    sharedHotels.contains(p.sourceHotel()) ? p.since() : p.addedAt());
            added++;
        }
        return added;
    }

    /**
     * A room of a shared hotel as both registers together know it: taken when a guest is in it on either side (never
     * both: checked), else awaiting disinfection or out of service when the target thought it free.
     */
    private static String mergedState(String here, String there) {
        if (here.equals("OCCUPIED")) {
            return "OCCUPIED";
        }
        return there.equals("FREE") ? here : there;
    }

    /** An event of the source: its case, range and number renumbered, its office the target's, a service's number too. */
    private boolean event(Map<String, Integer> c, Object[] v) {
        Object first = v[c.get("case_id")];
        Object last = v[c.get("case_id_last")];
        if (last != null) {
            v[c.get("case_id")] = first == null ? null : newCaseAtOrAfter(longOf(first));
            v[c.get("case_id_last")] = newCaseAtOrBefore(longOf(last));
        } else if (first != null) {
            int i = Arrays.binarySearch(caseIds, 0, caseCount, longOf(first));
            v[c.get("case_id")] = i < 0 ? null : caseBase + i + 1;
            if (i >= 0 && v[c.get("case_number")] != null) {
                v[c.get("case_number")] = CaseNumber.of(caseBase + i + 1).toString();
            }
        }
        if (v[c.get("office_id")] != null) {
            v[c.get("office_id")] = offices.get(longOf(v[c.get("office_id")]));
        }
        String action = String.valueOf(v[c.get("action")]);
        Object details = v[c.get("details")];
        if ((action.equals("service-add") || action.equals("service-done")) && details != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^#(\\d+)").matcher(details.toString());
            if (m.find()) {
                v[c.get("details")] = "#" + (Long.parseLong(m.group(1)) + offsets.get("service_request"))
                        + details.toString().substring(m.end());
            }
        }
        return true;
    }

    private long newCase(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        if (i < 0) {
            throw new IllegalStateException("no case " + old + " in " + source.location());
        }
        return caseBase + i + 1;
    }

    private long newCaseAtOrAfter(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        return caseBase + (i >= 0 ? i : -i - 1) + 1;
    }

    private long newCaseAtOrBefore(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        return caseBase + (i >= 0 ? i + 1 : -i - 1);
    }

    /** The renumbering as runs of consecutive cases, for the audit log: {@code Q000001–Q000040 → Q000101–Q000140}. */
    private String ranges() {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= caseCount; i++) {
            if (i == caseCount || caseIds[i] != caseIds[i - 1] + 1) {
                runs.add(run(caseIds[start], caseIds[i - 1]) + " → " + run(caseBase + start + 1, caseBase + i));
                start = i;
            }
        }
        return runs.size() <= 20 ? String.join("; ", runs) : String.join("; ", runs.subList(0, 20)) + "; …";
    }

    private static String run(long first, long last) {
        return first == last ? CaseNumber.of(first).toString() : CaseNumber.of(first) + "–" + CaseNumber.of(last);
    }

    // ---------------------------------------------------------------- rows

    /** Changes a row of the source (values by column name) for the target; false leaves it out. */
    @FunctionalInterface
    private interface RowFix {
        boolean fix(Map<String, Integer> columns, Object[] values) throws SQLException;
    }

    /** Copies {@code table}'s rows with ids after the target's. */
    private long copy(Sql from, Sql to, String table, RowFix fix) throws SQLException {
        return copy(from, to, table, fix, true);
    }

    private long copy(Sql from, Sql to, String table, RowFix fix, boolean offsetIds) throws SQLException {
        long offset = offsets.get(table);
        long rows = 0;
        try (Statement s = from.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT);
                index.put(name, i - 1);
                columns.add(name);
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement ps = to.connection().prepareStatement(insert)) {
                int pending = 0;
                Object[] v = new Object[columns.size()];
                while (rs.next()) {
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getObject(i + 1);
                    }
                    if (!fix.fix(index, v)) {
                        continue;
                    }
                    if (offsetIds) {
                        v[index.get("id")] = longOf(v[index.get("id")]) + offset;
                    }
                    for (int i = 0; i < v.length; i++) {
                        to.dialect().bind(ps, i + 1, v[i]);
                    }
                    ps.addBatch();
                    rows++;
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        }
        return rows;
    }

    private static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
