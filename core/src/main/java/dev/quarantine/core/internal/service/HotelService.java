package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import java.util.List;

import static dev.quarantine.core.internal.service.Fields.field;

/** Hotels and their rooms (SPEC §6). */
public final class HotelService {
    /** The highest nightly rate accepted: anything above is a typo (and would make absurd bills). */
    static final Money MAX_RATE = Money.ofFen(10_000_000);

    private final DeskContext context;
    private final AuditLog audit;

    public HotelService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView add(String name, String address, Money rate, String rooms) {
        String hotelName = Text.required("hotel", name);
        if (rate.compareTo(MAX_RATE) > 0) {
            throw QuarantineException.forField("rate", QuarantineException.invalid("hotel.rateTooHigh", rate, MAX_RATE));
        }
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

    public List<HotelView> all() {
        return context.db().read(this::all);
    }

    public List<HotelView> all(Sql sql) {
        return sql.list("SELECT name FROM hotel ORDER BY name", rs -> rs.getString(1)).stream()
                .map(n -> view(sql, n)).toList();
    }

    private HotelView view(Sql sql, String name) {
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
        return context.db().read(sql -> {
            String hotel = resolve(sql, hotelName);
            long hotelId = id(sql, hotel);
            int blockSize = context.blockSize();
            return sql.list("SELECT r.number, r.state, r.position, c.id, c.name "
                            + "FROM room r LEFT JOIN qcase c ON c.room_id = r.id AND c.status = 'ADMITTED' "
                            + "WHERE r.hotel_id = ? ORDER BY r.position",
                    rs -> new RoomView(hotel, rs.getString(1), RoomState.valueOf(rs.getString(2)),
                            Room.blockOf(rs.getInt(3), blockSize), rs.getObject(4) == null ? null
                            : CaseNumber.of(rs.getLong(4)).toString(), rs.getString(5)), hotelId);
        });
    }

    /** The hotel named, or the only hotel when {@code name} is null. */
    public String resolve(Sql sql, String name) {
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

    /** The id of the hotel named (or of the only one). */
    public long id(Sql sql, String name) {
        String n = resolve(sql, name);
        return sql.one("SELECT id FROM hotel WHERE name = ?", rs -> rs.getLong(1), n).orElseThrow();
    }

    public static String name(Sql sql, long hotelId) {
        return sql.one("SELECT name FROM hotel WHERE id = ?", rs -> rs.getString(1), hotelId).orElseThrow();
    }
}
