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
import dev.quarantine.core.money.NightlyRates;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static dev.quarantine.core.internal.service.Fields.field;

/**
 * Hotels and their rooms (SPEC §6), as hotels really are: rooms added later, rooms out of service and back, a rate
 * that changes from a date on (each night billed at the rate in force that night), a hotel closed when its last guest
 * has left.
 */
public final class HotelService {
    /** The highest nightly rate accepted: anything above is a typo (and would make absurd bills). */
    static final Money MAX_RATE = Money.ofFen(10_000_000);

    /** The rooms' columns of a {@link RoomView}, with why a room is out of service; append FROM room r … */
    private static final String ROOM_SELECT = "SELECT r.number, r.state, r.position, c.id, c.name, "
            + "(SELECT s.reason FROM room_service s WHERE s.room_id = r.id ORDER BY s.id DESC LIMIT 1) AS note ";

    private final DeskContext context;
    private final AuditLog audit;

    public HotelService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView add(String name, String address, Money rate, String rooms) {
        String hotelName = Text.required("hotel", name);
        checkRate(rate);
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

    private static void checkRate(Money rate) {
        if (rate.compareTo(MAX_RATE) > 0) {
            throw QuarantineException.forField("rate", QuarantineException.invalid("hotel.rateTooHigh", rate, MAX_RATE));
        }
    }

    /**
     * Adds rooms to a hotel ({@code 301-310}). The rooms it has keep their places, blocks and teams; the new ones come
     * after them in natural order, so they form the next blocks.
     */
    public HotelView addRooms(String hotelName, String rooms) {
        List<String> numbers = field("rooms", () -> RoomSpec.parse(rooms));
        return context.db().inTransaction(sql -> {
            long hotelId = id(sql, hotelName);
            String hotel = name(sql, hotelId);
            refuseClosed(sql, hotelId, hotel);
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
            return view(sql, hotel);
        });
    }

    /**
     * Takes a room out of service with the reason (a broken air conditioner), or puts it back. A room with a guest
     * stays in service until the guest leaves; a room put back awaits disinfection if someone left it since it was last
     * disinfected, else it is free.
     */
    public RoomView roomService(String hotelName, String roomNumber, boolean outOfService, String reason) {
        String why = outOfService ? Text.required("reason", reason) : Text.optional("reason", reason);
        String number = Text.required("room", roomNumber);
        return context.db().inTransaction(sql -> {
            long hotelId = id(sql, hotelName);
            String hotel = name(sql, hotelId);
            refuseClosed(sql, hotelId, hotel);
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
            return room(sql, hotel, hotelId, number);
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

    /**
     * Sets the nightly rate from {@code from} on: every night from that date is billed at it, the nights before at the
     * rate in force then. A date that would change a final bill (of a case already released or transferred) is
     * refused, naming the cases and the first date that changes none.
     */
    public List<HotelRate> setRate(String hotelName, Money rate, LocalDate from) {
        checkRate(rate);
        LocalDate date = from == null ? context.today() : from;
        return context.db().inTransaction(sql -> {
            long hotelId = id(sql, hotelName);
            String hotel = name(sql, hotelId);
            refuseClosed(sql, hotelId, hotel);
            List<String> changed = new ArrayList<>();
            LocalDate lastBilled = null;
            for (Object[] c : sql.list("SELECT c.id, c.admitted_at, c.release_date, c.transferred_at, c.status "
                            + "FROM qcase c WHERE c.hotel_id = ? AND c.status IN ('RELEASED', 'TRANSFERRED') ORDER BY c.id",
                    rs -> new Object[] {rs.getLong(1), Sql.instant(rs, "admitted_at"), Sql.date(rs, "release_date"),
                            Sql.instant(rs, "transferred_at"), rs.getString(5)}, hotelId)) {
                LocalDate admitted = LocalDate.ofInstant((Instant) c[1], context.zone());
                LocalDate end = "RELEASED".equals(c[4]) ? (LocalDate) c[2]
                        : LocalDate.ofInstant((Instant) c[3], context.zone());
                LocalDate last = admitted.plusDays(Math.max(1, end.toEpochDay() - admitted.toEpochDay()) - 1);
                if (!last.isBefore(date)) {
                    changed.add(CaseNumber.of((Long) c[0]).toString());
                    lastBilled = lastBilled == null || last.isAfter(lastBilled) ? last : lastBilled;
                }
            }
            if (!changed.isEmpty()) {
                throw QuarantineException.refused("hotel.rateFinalBills", hotel, date, changed.size(),
                        String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                                + (changed.size() > 5 ? " …" : ""), lastBilled.plusDays(1));
            }
            Money before = rates(sql, hotelId, null).on(date);
            sql.insert("INSERT INTO hotel_rate (hotel_id, effective_from, rate_fen, set_at, set_by) "
                    + "VALUES (?, ?, ?, ?, ?)", hotelId, date, rate.fen(), context.now(), context.operator());
            audit.record(sql, null, "hotel-rate", hotel + ": " + rate + " a night from " + date + " (was " + before
                    + ")");
            return rateHistory(sql, hotelId, hotel);
        });
    }

    /** The opening rate and every change, oldest first; the one in force today is marked. */
    public List<HotelRate> rates(String hotelName) {
        return context.db().read(sql -> {
            long hotelId = id(sql, hotelName);
            return rateHistory(sql, hotelId, name(sql, hotelId));
        });
    }

    private List<HotelRate> rateHistory(Sql sql, long hotelId, String hotel) {
        Object[] opening = sql.one("SELECT rate_fen, created_at FROM hotel WHERE id = ?",
                rs -> new Object[] {Money.ofFen(rs.getLong(1)), Sql.instant(rs, "created_at")}, hotelId).orElseThrow();
        String openedBy = sql.list("SELECT operator FROM audit_log WHERE action = 'hotel-add' AND details LIKE ? "
                + "ORDER BY id", rs -> rs.getString(1), hotel + ":%").stream().findFirst().orElse(null);
        List<Object[]> changes = sql.list("SELECT effective_from, rate_fen, set_at, set_by FROM hotel_rate "
                        + "WHERE hotel_id = ? ORDER BY effective_from, id",
                rs -> new Object[] {Sql.date(rs, "effective_from"), Money.ofFen(rs.getLong(2)), Sql.instant(rs, "set_at"),
                        rs.getString(4)}, hotelId);
        // A later change for the same date supersedes an earlier one.
        TreeMap<LocalDate, Object[]> byDate = new TreeMap<>();
        for (Object[] c : changes) {
            byDate.put((LocalDate) c[0], c);
        }
        LocalDate today = context.today();
        LocalDate inForce = byDate.floorKey(today);
        List<HotelRate> out = new ArrayList<>();
        out.add(new HotelRate(hotel, null, (Money) opening[0], (Instant) opening[1], openedBy, inForce == null));
        for (Map.Entry<LocalDate, Object[]> e : byDate.entrySet()) {
            Object[] c = e.getValue();
            out.add(new HotelRate(hotel, e.getKey(), (Money) c[1], (Instant) c[2], (String) c[3],
                    e.getKey().equals(inForce)));
        }
        return out;
    }

    /**
     * The rates of a hotel over time as they were set by {@code asOf} (all when null): the opening rate and each change
     * from its date on, a later change for the same date superseding an earlier one.
     */
    static NightlyRates rates(Sql sql, long hotelId, Instant asOf) {
        Money opening = Money.ofFen(sql.count("SELECT rate_fen FROM hotel WHERE id = ?", hotelId));
        Map<LocalDate, Money> changes = new TreeMap<>();
        String select = "SELECT effective_from, rate_fen FROM hotel_rate WHERE hotel_id = ? ";
        sql.forEach(asOf == null ? select + "ORDER BY id" : select + "AND set_at <= ? ORDER BY id",
                rs -> changes.put(Sql.date(rs, "effective_from"), Money.ofFen(rs.getLong(2))),
                asOf == null ? new Object[] {hotelId} : new Object[] {hotelId, asOf});
        return new NightlyRates(opening, changes);
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

    private HotelView view(Sql sql, String name) {
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
        Money rate = rates(sql, (Long) v[2], null).on(context.today());
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

    private RoomView room(Sql sql, String hotel, long hotelId, String number) {
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
