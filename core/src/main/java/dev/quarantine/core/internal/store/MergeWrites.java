package dev.quarantine.core.internal.store;

import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.store.MergeChecks.RoomPlan;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second half of a move ({@link DatabaseMerge}), once {@link MergeChecks} found nothing to refuse: the source's
 * rows written into the target, table by table, each with its id after the target's and its references following the
 * rows they refer to (offices by name, shared hotels and their rooms as planned, cases to their new numbers). Kept
 * apart from the checks because it is the one part that writes, and the one that must know every column that refers
 * to another row.
 */
final class MergeWrites {

    private final String officeName;
    private final Instant now;
    /** Table → the target's highest id before the move: a copied row's id is its own plus this. */
    private final Map<String, Long> offsets;
    private final CaseRenumbering cases;

    /** Source office id → target office id. */
    private final Map<Long, Long> offices = new HashMap<>();
    private final Map<Long, Long> hotels = new HashMap<>();
    private final Set<Long> sharedHotels;
    private final Map<Long, Long> rooms = new HashMap<>();
    /** The offices the move added to the target, by name. */
    private final List<String> created = new ArrayList<>();

    MergeWrites(String officeName, Instant now, Map<String, Long> offsets, CaseRenumbering cases, MergeChecks checks) {
        this.officeName = officeName;
        this.now = now;
        this.offsets = offsets;
        this.cases = cases;
        this.hotels.putAll(checks.hotels());
        this.sharedHotels = checks.sharedHotels();
    }

    /** Source office id → target office id (known after {@link #write}). */
    Map<Long, Long> offices() {
        return offices;
    }

    /** The offices the move added to the target, by name (known after {@link #write}). */
    List<String> created() {
        return created;
    }

    /** Writes every row of the source into the target as the checks planned; rows written per table. */
    Map<String, Long> write(Sql from, Sql to, List<Object[]> sourceOffices, List<String> policiesToAdd,
                            Map<Long, Object[]> sourceHotels, Map<Long, RoomPlan> roomPlans) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        moveOffices(to, sourceOffices);
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
            v[c.get("id")] = cases.newCase(longOf(v[c.get("id")]));
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
                v[c.get("case_id")] = cases.newCase(longOf(v[c.get("case_id")]));
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
            v[c.get("case_id")] = cases.newCase(longOf(v[c.get("case_id")]));
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
            v[c.get("case_id")] = cases.newCase(longOf(v[c.get("case_id")]));
            return true;
        }));
        rows.put("audit_log", copy(from, to, "audit_log", this::event));
        return rows;
    }

    /** Maps each office of the source to the target's of its name (or the one named), adding those absent. */
    private void moveOffices(Sql to, List<Object[]> sourceOffices) {
        for (Object[] o : sourceOffices) {
            String n = officeName != null ? officeName : (String) o[1];
            Long there = to.one("SELECT id FROM office WHERE name = ?", rs -> rs.getLong(1), n).orElse(null);
            if (there == null) {
                // With the source's letterhead: its letters read as they did.
                there = to.insert("INSERT INTO office (name, letter_name, phone, address, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)", n, o[2], o[3], o[4], now);
                created.add(n);
            }
            offices.put((Long) o[0], there);
        }
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
            v[c.get("case_id")] = first == null ? null : cases.newCaseAtOrAfter(longOf(first));
            v[c.get("case_id_last")] = cases.newCaseAtOrBefore(longOf(last));
        } else if (first != null) {
            Long moved = cases.newCaseOrNull(longOf(first));
            v[c.get("case_id")] = moved;
            if (moved != null && v[c.get("case_number")] != null) {
                v[c.get("case_number")] = CaseNumber.of(moved).toString();
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
            try (RowWriter writer = new RowWriter(to, table, columns, meta)) {
                while (rs.next()) {
                    Object[] v = new Object[columns.size()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getObject(i + 1);
                    }
                    if (!fix.fix(index, v)) {
                        continue;
                    }
                    if (offsetIds) {
                        v[index.get("id")] = longOf(v[index.get("id")]) + offset;
                    }
                    writer.add(v);
                    rows++;
                }
                writer.flush();
            }
        }
        return rows;
    }

    private static long longOf(Object value) {
        return ((Number) value).longValue();
    }
}
