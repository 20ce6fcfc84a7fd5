package dev.quarantine.core.internal.store;

import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.policy.PolicyJson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The first half of a move ({@link DatabaseMerge}): everything the target's rules would refuse, or that would change a
 * bill, looked for before anything is written, and what the writes then follow (the hotels both registers have, where
 * each room goes, the policies the target lacks, the source's cases in order). Kept apart from the writes
 * ({@link MergeWrites}) so that the checks can be read as the list of refusals the move promises.
 */
final class MergeChecks {
    /** How many conflicts a refusal names. */
    private static final int SHOWN = 5;
    private static final int IN_LIST = 500;

    private final CaseRenumbering cases;
    private final List<Message> conflicts = new ArrayList<>();
    private long conflictCount;

    /** Source hotel id → target hotel id, for the hotels of a name the target has (shared hotels). */
    private final Map<Long, Long> hotels = new HashMap<>();
    private final Set<Long> sharedHotels = new HashSet<>();

    MergeChecks(CaseRenumbering cases) {
        this.cases = cases;
    }

    /** Source hotel id → target hotel id of the shared hotels (known after {@link #checkHotels}). */
    Map<Long, Long> hotels() {
        return hotels;
    }

    /** The source's hotels of a name the target has (known after {@link #checkHotels}). */
    Set<Long> sharedHotels() {
        return sharedHotels;
    }

    /**
     * Refuses the move, naming the first conflicts found, when there are any.
     *
     * @throws QuarantineException {@code REFUSED} {@code migrate.conflicts}
     */
    void refuseConflicts(String target) {
        if (conflictCount > 0) {
            throw QuarantineException.refused("migrate.conflicts", target, conflictCount, List.copyOf(conflicts));
        }
    }

    /** The source's policies the target lacks; a conflict for one of the same id with other rules, or the same date. */
    List<String> checkPolicies(Sql from, Sql to) {
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
    Map<Long, Object[]> checkHotels(Sql from, Sql to) {
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
    record RoomPlan(long sourceId, long sourceHotel, String number, int position, String state,
                    String addedAt, String since, Long targetId, String targetState) {
    }

    Map<Long, RoomPlan> planRooms(Sql from, Sql to) {
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
    void checkCases(Sql from, Sql to, Map<Long, RoomPlan> roomPlans) {
        List<Moving> batch = new ArrayList<>(IN_LIST);
        from.forEach("SELECT id, person_key, id_type, id_number, arrival_date, status, hotel_id, room_id FROM qcase "
                + "ORDER BY id", rs -> {
            Moving m = new Moving(rs.getLong(1), Sql.nullableLong(rs, "person_key"), rs.getString(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), Sql.nullableLong(rs, "hotel_id"),
                    Sql.nullableLong(rs, "room_id"));
            cases.add(m.id());
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

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
