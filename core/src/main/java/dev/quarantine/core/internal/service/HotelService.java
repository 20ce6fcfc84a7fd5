package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.hotel.NaturalOrder;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.quarantine.core.internal.service.Fields.field;

/**
 * Hotels and their rooms (SPEC §6), as hotels really are: rooms added later, rooms out of service and back, a rate
 * that changes from a date on (each night billed at the rate in force that night), a hotel closed when its last guest
 * has left.
 *
 * <p>This class adds and closes hotels, finds them by name for the other services, and shows them with their rooms.
 * Rooms added or taken out of service later are {@link RoomChanges}, and rates {@link HotelRates}: the methods here
 * hand over to them.
 */
public final class HotelService {
    /** The rooms' columns of a {@link RoomView}, with why a room is out of service; append FROM room r … */
    private static final String ROOM_SELECT = "SELECT r.number, r.state, r.position, c.id, c.name, "
            + "(SELECT s.reason FROM room_service s WHERE s.room_id = r.id ORDER BY s.id DESC LIMIT 1) AS note ";

    private final DeskContext context;
    private final AuditLog audit;
    private final RoomChanges roomChanges;
    private final HotelRates rates;

    public HotelService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
        this.roomChanges = new RoomChanges(context, audit, this);
        this.rates = new HotelRates(context, audit, this);
    }

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView add(String name, String address, Money rate, String rooms) {
        String hotelName = Text.required("hotel", name);
        HotelRates.checkRate(rate);
        List<String> numbers = field("rooms", () -> RoomSpec.parse(rooms));
        String where = Text.optional("address", address);
        return context.db().inTransaction(sql -> {
            if (sql.count("SELECT COUNT(*) FROM hotel WHERE name = ?", hotelName) > 0) {
                throw QuarantineException.refused("hotel.exists", hotelName);
            }
            long id = sql.insert("INSERT INTO hotel (name, address, rate_fen, created_at) VALUES (?, ?, ?, ?)",
                    hotelName, where, rate.fen(), context.now());
            int position = 1;
            for (String number : numbers) {
                sql.insert("INSERT INTO room (hotel_id, number, position, state) VALUES (?, ?, ?, ?)",
                        id, number, position++, RoomState.FREE);
            }
            audit.record(sql, null, "hotel-add", hotelName + ": " + numbers.size() + " rooms at " + rate);
            return view(sql, hotelName);
        });
    }

    /** Adds rooms to a hotel ({@code 301-310}): see {@link RoomChanges#addRooms}. */
    public HotelView addRooms(String hotelName, String rooms) {
        return roomChanges.addRooms(hotelName, rooms);
    }

    /** Takes a room out of service with the reason, or puts it back: see {@link RoomChanges#roomService}. */
    public RoomView roomService(String hotelName, String roomNumber, boolean outOfService, String reason) {
        return roomChanges.roomService(hotelName, roomNumber, outOfService, reason);
    }

    /** Sets the nightly rate from {@code from} on: see {@link HotelRates#setRate}. */
    public List<HotelRate> setRate(String hotelName, Money rate, LocalDate from) {
        return rates.setRate(hotelName, rate, from);
    }

    /** The opening rate and every change, oldest first; the one in force today is marked. */
    public List<HotelRate> rates(String hotelName) {
        return rates.rates(hotelName);
    }

    /**
     * Closes a hotel once its last guest has left and its rooms are disinfected: it takes no more guests, and the daily
     * report stops asking for its inspections, public areas and teams. Its cases, bills and history stay.
     */
    public HotelView close(String hotelName) {
        return context.db().inTransaction(sql -> {
            long hotelId = id(sql, hotelName);
            String hotel = name(sql, hotelId);
            sql.one("SELECT h.id FROM hotel h WHERE h.id = ?" + sql.forUpdate("h"), rs -> rs.getLong(1), hotelId);
            refuseClosed(sql, hotelId, hotel);
            List<String> guests = sql.list("SELECT c.id, r.number FROM qcase c JOIN room r ON r.id = c.room_id "
                            + "WHERE c.hotel_id = ? AND c.status = 'ADMITTED' ORDER BY r.position",
                    rs -> CaseNumber.of(rs.getLong(1)) + " (" + rs.getString(2) + ")", hotelId);
            if (!guests.isEmpty()) {
                throw QuarantineException.refused("hotel.closeGuests", hotel, guests.size(), first(guests, 10));
            }
            List<String> dirty = sql.list("SELECT number FROM room WHERE hotel_id = ? AND state = 'NEEDS_DISINFECTION' "
                    + "ORDER BY position", rs -> rs.getString(1), hotelId);
            if (!dirty.isEmpty()) {
                throw QuarantineException.refused("hotel.closeDirty", hotel, dirty.size(), first(dirty, 20));
            }
            sql.update("UPDATE hotel SET closed_at = ? WHERE id = ?", context.now(), hotelId);
            audit.record(sql, null, "hotel-close", hotel);
            return view(sql, hotel);
        });
    }

    private static String first(List<String> items, int n) {
        return String.join(", ", items.subList(0, Math.min(n, items.size()))) + (items.size() > n ? " …" : "");
    }

    /** Refuses work that needs an open hotel (admissions, new rooms, rates) at a closed one. */
    void refuseClosed(Sql sql, long hotelId, String hotel) {
        Instant closed = sql.one("SELECT closed_at FROM hotel WHERE id = ?",
                rs -> new Instant[] {Sql.instant(rs, "closed_at")}, hotelId).orElseThrow()[0];
        if (closed != null) {
            throw QuarantineException.refused("hotel.closed", hotel, context.local(closed));
        }
    }

    public List<HotelView> all() {
        return context.db().read(this::all);
    }

    public List<HotelView> all(Sql sql) {
        return sql.list("SELECT name FROM hotel ORDER BY name", rs -> rs.getString(1)).stream()
                .map(n -> view(sql, n)).toList();
    }

    HotelView view(Sql sql, String name) {
        Object[] v = sql.one("SELECT h.name, h.address, h.id, COUNT(r.id), "
                        + "SUM(CASE WHEN r.state = 'FREE' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'OCCUPIED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'NEEDS_DISINFECTION' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.state = 'OUT_OF_SERVICE' THEN 1 ELSE 0 END), h.closed_at "
                        + "FROM hotel h LEFT JOIN room r ON r.hotel_id = h.id WHERE h.name = ? "
                        + "GROUP BY h.id, h.name, h.address, h.closed_at",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7), rs.getInt(8), Sql.instant(rs, "closed_at")}, name)
                .orElseThrow(() -> QuarantineException.notFound("hotel.notFound", name));
        Money rate = HotelRates.rates(sql, (Long) v[2], null).on(context.today());
        return new HotelView((String) v[0], (String) v[1], rate, (Integer) v[3], (Integer) v[4], (Integer) v[5],
                (Integer) v[6], (Integer) v[7], (Instant) v[8]);
    }

    /** The rooms of a hotel in natural order, with their block and occupant, and why a room is out of service. */
    public List<RoomView> rooms(String hotelName) {
        return context.db().read(sql -> {
            String hotel = resolveAny(sql, hotelName);
            return rooms(sql, hotel, id(sql, hotel));
        });
    }

    /**
     * Every room of every hotel, hotels by name and rooms in natural order (exports), from one snapshot: a room taken
     * or freed meanwhile never makes one hotel's rooms disagree with another's.
     */
    public void forEachRoom(Consumer<RoomView> consumer) {
        context.db().read(sql -> {
            List<Object[]> hotels = sql.list("SELECT name, id FROM hotel ORDER BY name",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2)});
            for (Object[] h : hotels) {
                rooms(sql, (String) h[0], (Long) h[1]).forEach(consumer);
            }
            return null;
        });
    }

    private List<RoomView> rooms(Sql sql, String hotel, long hotelId) {
        int blockSize = context.blockSize();
        List<RoomView> rooms = new ArrayList<>(sql.list(ROOM_SELECT
                        + "FROM room r LEFT JOIN qcase c ON c.room_id = r.id AND c.status = 'ADMITTED' "
                        + "WHERE r.hotel_id = ? ORDER BY r.position",
                rs -> roomView(rs, hotel, blockSize), hotelId));
        rooms.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.number(), b.number()));
        return rooms;
    }

    RoomView room(Sql sql, String hotel, long hotelId, String number) {
        int blockSize = context.blockSize();
        return sql.one(ROOM_SELECT + "FROM room r LEFT JOIN qcase c ON c.room_id = r.id AND c.status = 'ADMITTED' "
                + "WHERE r.hotel_id = ? AND r.number = ?", rs -> roomView(rs, hotel, blockSize), hotelId, number)
                .orElseThrow();
    }

    private static RoomView roomView(java.sql.ResultSet rs, String hotel, int blockSize) throws java.sql.SQLException {
        RoomState state = RoomState.valueOf(rs.getString(2));
        return new RoomView(hotel, rs.getString(1), state, Room.blockOf(rs.getInt(3), blockSize),
                rs.getObject(4) == null ? null : CaseNumber.of(rs.getLong(4)).toString(), rs.getString(5),
                state == RoomState.OUT_OF_SERVICE ? rs.getString("note") : null);
    }

    /** The open hotel named, or the only open hotel when {@code name} is null: where guests can go. */
    public String resolve(Sql sql, String name) {
        if (name == null || name.isBlank()) {
            List<String> open = sql.list("SELECT name FROM hotel WHERE closed_at IS NULL ORDER BY name",
                    rs -> rs.getString(1));
            if (open.size() == 1) {
                return open.get(0);
            }
            throw open.isEmpty() ? QuarantineException.notFound("hotel.none")
                    : QuarantineException.invalid("hotel.choose", String.join(", ", open));
        }
        return named(sql, name);
    }

    /** {@link #resolve}, where a closed hotel may be meant too (its rooms, its cases). */
    String resolveAny(Sql sql, String name) {
        if (name == null || name.isBlank()) {
            List<String> all = sql.list("SELECT name FROM hotel ORDER BY name", rs -> rs.getString(1));
            if (all.size() == 1) {
                return all.get(0);
            }
            return resolve(sql, name);
        }
        return named(sql, name);
    }

    private static String named(Sql sql, String name) {
        String n = name.strip();
        if (sql.count("SELECT COUNT(*) FROM hotel WHERE name = ?", n) == 0) {
            throw QuarantineException.notFound("hotel.notFound", n);
        }
        return n;
    }

    /** The id of the hotel named (or of the only one). */
    public long id(Sql sql, String name) {
        String n = name == null || name.isBlank() ? resolveAny(sql, name) : named(sql, name);
        return sql.one("SELECT id FROM hotel WHERE name = ?", rs -> rs.getLong(1), n).orElseThrow();
    }

    public static String name(Sql sql, long hotelId) {
        return sql.one("SELECT name FROM hotel WHERE id = ?", rs -> rs.getString(1), hotelId).orElseThrow();
    }
}
