package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.quarantine.core.internal.service.Fields.field;

/**
 * A hotel's rooms as they change after it opened (SPEC §6): rooms added later, after the ones it has, and rooms taken
 * out of service and put back. Kept apart from {@link HotelService}, which hands over to it, because these are the
 * writes that move a room between states outside an admission or a release.
 */
final class RoomChanges {
    private final DeskContext context;
    private final AuditLog audit;
    private final HotelService hotels;

    RoomChanges(DeskContext context, AuditLog audit, HotelService hotels) {
        this.context = context;
        this.audit = audit;
        this.hotels = hotels;
    }

    /**
     * Adds rooms to a hotel ({@code 301-310}). The rooms it has keep their places, blocks and teams; the new ones come
     * after them in natural order, so they form the next blocks.
     */
    HotelView addRooms(String hotelName, String rooms) {
        List<String> numbers = field("rooms", () -> RoomSpec.parse(rooms));
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotelName);
            String hotel = HotelService.name(sql, hotelId);
            hotels.refuseClosed(sql, hotelId, hotel);
            Set<String> existing = new HashSet<>(sql.list("SELECT number FROM room WHERE hotel_id = ?",
                    rs -> rs.getString(1), hotelId));
            List<String> clash = numbers.stream().filter(existing::contains).toList();
            if (!clash.isEmpty()) {
                throw QuarantineException.forField("rooms", QuarantineException.refused("rooms.exist", hotel,
                        String.join(", ", clash.subList(0, Math.min(10, clash.size())))
                                + (clash.size() > 10 ? " …" : ""), clash.size()));
            }
            int position = (int) sql.count("SELECT COALESCE(MAX(position), 0) FROM room WHERE hotel_id = ?", hotelId);
            Instant now = context.now();
            for (String number : numbers) {
                sql.insert("INSERT INTO room (hotel_id, number, position, state, added_at) VALUES (?, ?, ?, ?, ?)",
                        hotelId, number, ++position, RoomState.FREE, now);
            }
            audit.record(sql, null, "rooms-add", hotel + ": " + numbers.size() + " rooms " + numbers.get(0)
                    + (numbers.size() > 1 ? "–" + numbers.get(numbers.size() - 1) : ""));
            return hotels.view(sql, hotel);
        });
    }

    /**
     * Takes a room out of service with the reason (a broken air conditioner), or puts it back. A room with a guest
     * stays in service until the guest leaves; a room put back awaits disinfection if someone left it since it was last
     * disinfected, else it is free.
     */
    RoomView roomService(String hotelName, String roomNumber, boolean outOfService, String reason) {
        String why = outOfService ? Text.required("reason", reason) : Text.optional("reason", reason);
        String number = Text.required("room", roomNumber);
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotelName);
            String hotel = HotelService.name(sql, hotelId);
            hotels.refuseClosed(sql, hotelId, hotel);
            Object[] r = sql.one("SELECT id, state FROM room WHERE hotel_id = ? AND number = ?" + sql.forUpdate("room"),
                            rs -> new Object[] {rs.getLong(1), RoomState.valueOf(rs.getString(2))}, hotelId, number)
                    .orElseThrow(() -> QuarantineException.notFound("room.unknown", hotel, number));
            long roomId = (Long) r[0];
            RoomState state = (RoomState) r[1];
            RoomState next;
            if (outOfService) {
                if (state == RoomState.OUT_OF_SERVICE) {
                    throw QuarantineException.refused("room.alreadyOut", hotel, number);
                }
                if (state == RoomState.OCCUPIED) {
                    String guest = sql.one("SELECT id FROM qcase WHERE room_id = ? AND status = 'ADMITTED'",
                            rs -> CaseNumber.of(rs.getLong(1)).toString(), roomId).orElse("?");
                    throw QuarantineException.refused("room.occupiedOut", hotel, number, guest);
                }
                next = RoomState.OUT_OF_SERVICE;
            } else {
                if (state != RoomState.OUT_OF_SERVICE) {
                    throw QuarantineException.refused("room.notOut", hotel, number, state);
                }
                next = leftSinceDisinfected(sql, roomId) ? RoomState.NEEDS_DISINFECTION : RoomState.FREE;
            }
            sql.update("UPDATE room SET state = ? WHERE id = ?", next, roomId);
            sql.insert("INSERT INTO room_service (room_id, out_of_service, reason, at, done_by) VALUES (?, ?, ?, ?, ?)",
                    roomId, outOfService ? 1 : 0, why, context.now(), context.operator());
            audit.record(sql, null, outOfService ? "room-out" : "room-in", hotel + " " + number
                    + (why == null ? "" : ": " + why) + (outOfService ? "" : " (" + next + ")"));
            return hotels.room(sql, hotel, hotelId, number);
        });
    }

    /** True when a guest left the room after its last disinfection (or it was never disinfected). */
    private static boolean leftSinceDisinfected(Sql sql, long roomId) {
        String left = sql.one("SELECT MAX(" + AsOf.CLOSED + ") FROM qcase c WHERE c.room_id = ?",
                rs -> new String[] {rs.getString(1)}, roomId).orElseThrow()[0];
        if (left == null) {
            return false;
        }
        String cleaned = sql.one("SELECT MAX(at) FROM disinfection WHERE room_id = ?",
                rs -> new String[] {rs.getString(1)}, roomId).orElseThrow()[0];
        // Instants are stored as UTC ISO-8601 to the second: their text sorts as they do.
        return cleaned == null || cleaned.compareTo(left) < 0;
    }
}
