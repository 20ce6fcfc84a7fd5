package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.store.MergeChecks.RoomPlan;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>This class runs a move and answers for it as a whole; what it checks is in {@link MergeChecks}, how it writes the
 * rows in {@link MergeWrites}, and the cases' new numbers in {@link CaseRenumbering}.
 */
public final class DatabaseMerge {
    /** The tables with ids that a move adds rows to, referenced before referring (as {@link DatabaseCopy#TABLES}). */
    private static final List<String> ID_TABLES = List.of("office", "hotel", "hotel_rate", "room", "room_service",
            "qcase", "amendment", "reading", "fever_alert", "payment", "violation", "team_member", "service_request",
            "disinfection", "inspection", "landlord_arrangement", "audit_log");

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
        Map<String, Long> offsets = new HashMap<>();
        for (String table : ID_TABLES) {
            offsets.put(table, to.count("SELECT COALESCE(MAX(id), 0) FROM " + table));
        }
        CaseRenumbering cases = new CaseRenumbering(source.location(), to.nextId("qcase") - 1);

        // ---------------------------------------------------------------- everything checked, nothing written
        List<Object[]> sourceOffices = from.list("SELECT id, name, letter_name, phone, address FROM office ORDER BY id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        if (officeName != null && sourceOffices.size() > 1) {
            throw QuarantineException.refused("migrate.severalOffices", sourceOffices.size(),
                    String.join(", ", sourceOffices.stream().map(o -> (String) o[1]).toList()), officeName);
        }
        MergeChecks checks = new MergeChecks(cases);
        List<String> policiesToAdd = checks.checkPolicies(from, to);
        Map<Long, Object[]> sourceHotels = checks.checkHotels(from, to);
        Map<Long, RoomPlan> roomPlans = checks.planRooms(from, to);
        checks.checkCases(from, to, roomPlans);
        checks.refuseConflicts(target.location());

        // ---------------------------------------------------------------- written
        MergeWrites writes = new MergeWrites(officeName, actor.now(), offsets, cases, checks);
        Map<String, Long> rows = writes.write(from, to, sourceOffices, policiesToAdd, sourceHotels, roomPlans);
        List<String> created = writes.created();
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
        Map<Long, Long> offices = writes.offices();
        Long office = offices.size() == 1 ? offices.values().iterator().next() : null;
        for (String name : created) {
            String letters = to.one("SELECT letter_name FROM office WHERE name = ?", rs -> rs.getString(1), name)
                    .orElseThrow();
            event(to, "office-add", name + ", letters signed " + letters, null);
        }
        long changed = cases.announce(renumbered);
        event(to, "migrate-from", source.location() + ": " + cases.count() + " case(s)"
                + (changed == 0 ? "" : ", renumbered " + cases.ranges()), office);
        String names = String.join(", ", sourceOffices.stream()
                .map(o -> officeName != null ? officeName : (String) o[1]).toList());
        return new Outcome(names, !created.isEmpty(), rows, cases.count(), changed);
    }

    private void event(Sql to, String action, String details, Long office) {
        to.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details, office_id) "
                + "VALUES (?, ?, ?, NULL, ?, ?, ?)", actor.now(), actor.operator(), actor.command(), action, details,
                office);
    }
}
