package dev.quarantine.core.internal.service;

import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of the register at a past moment, rebuilt from what the cases and the disinfection log record: which
 * cases were open, which were in a hotel, which rooms were occupied or waiting to be disinfected. A report for a past
 * day is the state at the end of that day (SPEC §10), not today's state with the day's date on it.
 *
 * <p>A room is out of service at a moment when the last change of its service before it took it out ({@code hotel
 * room --out-of-service}); a room out of service since before version 5, which kept no history, is out at every
 * moment. A room added after the moment is not counted.
 */
public final class AsOf {
    /** When a case stopped being open, or null while it is. */
    static final String CLOSED = "COALESCE(c.released_at, c.transferred_at, c.cancelled_at)";

    private AsOf() {
    }

    /**
     * The condition "case {@code c} was open at ?" (two parameters, both the moment): registered by then, and open
     * now or closed only after it. Each half uses its own index (open cases; the partial index on closing time).
     */
    static String openAt() {
        return "(c.registered_at <= ? AND (c.status IN ('REGISTERED', 'ADMITTED') OR (c.status IN ('RELEASED', "
                + "'TRANSFERRED', 'CANCELLED') AND " + CLOSED + " > ?))) ";
    }

    /**
     * The ids and eligible dates of the cases open at a moment for which {@code condition} holds (on case {@code c}),
     * within {@code scope}, as two queries of disjoint cases: the open cases registered by then, and those closed only
     * after it. Each reads its own index alone (open cases by eligible date; closed ones by closing time), where
     * {@link #openAt()} makes the database read every candidate row. Their parameters: {@link #openIdsParams}.
     */
    static List<String> openIds(String condition, String scope) {
        return List.of("SELECT c.id, c.eligible_date FROM qcase c WHERE c.status IN ('REGISTERED', 'ADMITTED') "
                        + "AND c.registered_at <= ? AND " + condition + scope,
                "SELECT c.id, c.eligible_date FROM qcase c WHERE c.status IN ('RELEASED', 'TRANSFERRED', 'CANCELLED') "
                        + "AND " + CLOSED + " > ? AND c.registered_at <= ? AND " + condition + scope);
    }

    /** The parameters of each query of {@link #openIds}: the moment, and the {@code values} of the condition. */
    static List<Object[]> openIdsParams(Instant at, Object... values) {
        List<Object> open = new ArrayList<>(List.of(at));
        open.addAll(List.of(values));
        List<Object> closed = new ArrayList<>(List.of(at, at));
        closed.addAll(List.of(values));
        return List.of(open.toArray(), closed.toArray());
    }

    /** The two parameters of {@link #openAt()}. */
    static Object[] openAtParams(Instant at) {
        return new Object[] {at, at};
    }

    /**
     * True when the audit log records anything after {@code at}: the clock was set back ({@code --now}) behind work
     * done since, so the current state is not the state at {@code at}.
     */
    static boolean happenedAfter(Sql sql, Instant at) {
        return sql.one("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1", rs -> Sql.instant(rs, "at"))
                .map(last -> last.isAfter(at)).orElse(false);
    }

    /** A room at a moment. */
    record RoomAt(long id, String hotel, String number, int position, RoomState state) {
    }

    /** Every room of every hotel (or of {@code hotelId} when not null) and its state at {@code at}. */
    static List<RoomAt> rooms(Sql sql, Long hotelId, Instant at) {
        List<Object[]> rows = sql.list("SELECT r.id, h.name, r.number, r.position, r.state, "
                        + "(SELECT COUNT(*) FROM qcase c WHERE c.room_id = r.id AND c.admitted_at <= ? AND (" + CLOSED
                        + " IS NULL OR " + CLOSED + " > ?)) AS occupied, "
                        + "(SELECT MAX(" + CLOSED + ") FROM qcase c WHERE c.room_id = r.id AND " + CLOSED + " <= ?) AS left_at, "
                        + "(SELECT MAX(d.at) FROM disinfection d WHERE d.room_id = r.id AND d.at <= ?) AS cleaned_at, "
                        + "(SELECT s.out_of_service FROM room_service s WHERE s.room_id = r.id AND s.at <= ? "
                        + "ORDER BY s.at DESC, s.id DESC LIMIT 1) AS out_then, "
                        + "(SELECT COUNT(*) FROM room_service s WHERE s.room_id = r.id) AS service_changes "
                        + "FROM room r JOIN hotel h ON h.id = r.hotel_id WHERE (r.added_at IS NULL OR r.added_at <= ?) "
                        + (hotelId == null ? "" : "AND r.hotel_id = " + hotelId.longValue() + " ")
                        + "ORDER BY h.name, r.position",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), Sql.nullableLong(rs, "out_then"),
                        rs.getLong(10)}, at, at, at, at, at, at);
        List<RoomAt> rooms = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            RoomState state;
            boolean out = r[8] != null ? (Long) r[8] == 1
                    : (Long) r[9] == 0 && RoomState.valueOf((String) r[4]) == RoomState.OUT_OF_SERVICE;
            if (out) {
                state = RoomState.OUT_OF_SERVICE;
            } else if ((Integer) r[5] > 0) {
                state = RoomState.OCCUPIED;
            } else if (r[6] != null && (r[7] == null || ((String) r[7]).compareTo((String) r[6]) < 0)) {
                // Instants are stored as UTC ISO-8601 to the second: their text sorts as they do.
                state = RoomState.NEEDS_DISINFECTION;
            } else {
                state = RoomState.FREE;
            }
            rooms.add(new RoomAt((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3], state));
        }
        return rooms;
    }

    /** A hotel's occupancy from its rooms at a moment. */
    static HotelView hotel(HotelView now, List<RoomAt> rooms) {
        int free = 0;
        int occupied = 0;
        int dirty = 0;
        int out = 0;
        int total = 0;
        for (RoomAt r : rooms) {
            if (!r.hotel().equals(now.name())) {
                continue;
            }
            total++;
            switch (r.state()) {
                case FREE -> free++;
                case OCCUPIED -> occupied++;
                case NEEDS_DISINFECTION -> dirty++;
                case OUT_OF_SERVICE -> out++;
            }
        }
        return new HotelView(now.name(), now.address(), now.nightlyRate(), total, free, occupied, dirty, out,
                now.closedAt());
    }

    static RoomView view(RoomAt r, int blockSize) {
        return new RoomView(r.hotel(), r.number(), r.state(), Room.blockOf(r.position(), blockSize), null, null, null);
    }
}
