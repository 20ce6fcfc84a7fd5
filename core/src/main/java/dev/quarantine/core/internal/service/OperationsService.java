package dev.quarantine.core.internal.service;

import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.Text;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.Disinfection;
import dev.quarantine.core.ops.Inspection;
import dev.quarantine.core.ops.LandlordArrangement;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.ops.TeamMember;
import dev.quarantine.core.person.PersonName;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.internal.store.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The SQL behind the hotel teams' daily work (SPEC §6): teams, services, disinfection, inspections, landlords. */
public final class OperationsService {
    private final DeskContext context;
    private final AuditLog audit;
    private final HotelService hotels;

    public OperationsService(DeskContext context, AuditLog audit, HotelService hotels) {
        this.context = context;
        this.audit = audit;
        this.hotels = hotels;
    }

    public TeamMember setTeamMember(String hotel, int block, String roleText, String name, String phone) {
        Policy policy = context.currentPolicy();
        String role = Messages.parseRole(policy.teamRoles(), roleText);
        if (role == null) {
            throw QuarantineException.forField("role", QuarantineException.invalid("team.role", roleText,
                    String.join(", ", policy.teamRoles())));
        }
        String member = Fields.field("name", () -> PersonName.parse(name));
        String number = Fields.field("phone", () -> Phone.parse(phone)).number();
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotel);
            String hotelName = HotelService.name(sql, hotelId);
            long rooms = sql.count("SELECT COUNT(*) FROM room WHERE hotel_id = ?", hotelId);
            int blocks = Room.blockOf((int) rooms, policy.blockSize());
            if (block < 1 || block > blocks) {
                throw QuarantineException.forField("block",
                        QuarantineException.invalid("team.block", block, hotelName, blocks));
            }
            sql.update("DELETE FROM team_member WHERE hotel_id = ? AND block = ? AND role = ?", hotelId, block, role);
            sql.insert("INSERT INTO team_member (hotel_id, block, role, name, phone, set_at) VALUES (?, ?, ?, ?, ?, ?)",
                    hotelId, block, role, member, number, context.now());
            audit.record(sql, null, "team-set", hotelName + " block " + block + " " + role + ": " + member);
            return new TeamMember(hotelName, block, role, member, number);
        });
    }

    public List<TeamMember> team(String hotel) {
        return context.db().read(sql -> {
            String where = "";
            Object[] params = {};
            if (hotel != null) {
                where = "WHERE t.hotel_id = ? ";
                params = new Object[] {hotels.id(sql, hotel)};
            }
            return sql.list("SELECT h.name, t.block, t.role, t.name, t.phone FROM team_member t "
                            + "JOIN hotel h ON h.id = t.hotel_id " + where + "ORDER BY h.name, t.block, t.role",
                    rs -> new TeamMember(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    params);
        });
    }

    static final String SERVICE_SELECT = "SELECT s.id, c.id AS case_id, c.name, h.name AS hotel, r.number, s.type, s.note, "
            + "s.opened_at, s.opened_by, s.done_at, s.done_by FROM service_request s JOIN qcase c ON c.id = s.case_id "
            + "LEFT JOIN hotel h ON h.id = c.hotel_id "
            + "LEFT JOIN room r ON r.id = c.room_id ";

    static ServiceRequest mapService(ResultSet rs) throws SQLException {
        return new ServiceRequest(rs.getLong(1), CaseNumber.of(rs.getLong(2)).toString(), rs.getString(3), rs.getString(4), rs.getString(5),
                ServiceType.valueOf(rs.getString(6)), rs.getString(7), Sql.instant(rs, "opened_at"), rs.getString(9),
                Sql.instant(rs, "done_at"), rs.getString(11));
    }

    public ServiceRequest addService(String caseRef, ServiceType type, String note) {
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            if (!row.view().status().isOpen()) {
                throw QuarantineException.refused("service.closedCase", row.view().caseNumber(), row.view().status());
            }
            long id = sql.insert("INSERT INTO service_request (case_id, type, note, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)",
                    row.id(), type, Text.multiLine("note", note), context.now(), context.operator());
            audit.record(sql, row.number(), "service-add", "#" + id + " " + type.id()
                    + (note == null ? "" : ": " + note));
            return sql.one(SERVICE_SELECT + "WHERE s.id = ?", OperationsService::mapService, id).orElseThrow();
        });
    }

    public ServiceRequest serviceDone(long id, String by) {
        return context.db().inTransaction(sql -> {
            ServiceRequest s = sql.one(SERVICE_SELECT + "WHERE s.id = ?", OperationsService::mapService, id)
                    .orElseThrow(() -> QuarantineException.notFound("service.notFound", id));
            if (!s.open()) {
                throw QuarantineException.refused("service.done", id, context.local(s.doneAt()), s.doneBy());
            }
            String doneBy = by == null || by.isBlank() ? context.operator() : Text.clean("by", by);
            sql.update("UPDATE service_request SET done_at = ?, done_by = ? WHERE id = ?", context.now(), doneBy, id);
            audit.record(sql, CaseNumber.parse(s.caseNumber()).orElseThrow(), "service-done", "#" + id + " " + s.type().id() + " by " + doneBy);
            return sql.one(SERVICE_SELECT + "WHERE s.id = ?", OperationsService::mapService, id).orElseThrow();
        });
    }

    public List<ServiceRequest> services(boolean openOnly) {
        return context.db().read(sql -> sql.list(SERVICE_SELECT + "WHERE " + (openOnly ? "s.done_at IS NULL" : "1 = 1")
                + context.scope("c") + " "
                + "ORDER BY s.opened_at, s.id", OperationsService::mapService));
    }

    public Disinfection disinfect(String hotel, String room, PublicArea area, String by) {
        String who = Text.required("by", by);
        if ((room == null) == (area == null)) {
            throw QuarantineException.invalid("disinfect.roomOrArea");
        }
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotel);
            String hotelName = HotelService.name(sql, hotelId);
            Instant now = context.now();
            if (room != null) {
                Object[] r = sql.one("SELECT id, state FROM room WHERE hotel_id = ? AND number = ?",
                                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, hotelId, room.strip())
                        .orElseThrow(() -> QuarantineException.notFound("room.unknown", hotelName, room.strip()));
                if (RoomState.valueOf((String) r[1]) == RoomState.NEEDS_DISINFECTION) {
                    sql.update("UPDATE room SET state = 'FREE' WHERE id = ?", r[0]);
                }
                sql.insert("INSERT INTO disinfection (hotel_id, room_id, area, at, done_by) VALUES (?, ?, NULL, ?, ?)",
                        hotelId, r[0], now, who);
                audit.record(sql, null, "disinfect", hotelName + " room " + room.strip() + " by " + who);
                return new Disinfection(hotelName, room.strip(), null, now, who);
            }
            sql.insert("INSERT INTO disinfection (hotel_id, room_id, area, at, done_by) VALUES (?, NULL, ?, ?, ?)",
                    hotelId, area, now, who);
            audit.record(sql, null, "disinfect", hotelName + " " + area.id() + " by " + who);
            return new Disinfection(hotelName, null, area, now, who);
        });
    }

    public Inspection inspect(String hotel, String by, String findings) {
        String who = Text.required("by", by);
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotel);
            String hotelName = HotelService.name(sql, hotelId);
            Instant now = context.now();
            sql.insert("INSERT INTO inspection (hotel_id, at, done_by, findings) VALUES (?, ?, ?, ?)", hotelId, now, who,
                    Text.multiLine("findings", findings));
            audit.record(sql, null, "inspect", hotelName + " by " + who + (findings == null ? "" : ": " + findings));
            return new Inspection(hotelName, now, who, Text.multiLine("findings", findings));
        });
    }

    public LandlordArrangement landlord(String caseRef, Integer extendDays, Money cash, String landlord) {
        if ((extendDays == null) == (cash == null)) {
            throw QuarantineException.invalid("landlord.oneOf");
        }
        if (extendDays != null && (extendDays < 1 || extendDays > 366)) {
            throw QuarantineException.invalid("landlord.days", extendDays);
        }
        return context.db().inTransaction(sql -> {
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            Instant now = context.now();
            sql.insert("INSERT INTO landlord_arrangement (case_id, extend_days, cash_fen, landlord, at, recorded_by) "
                            + "VALUES (?, ?, ?, ?, ?, ?)", row.id(), extendDays, cash == null ? null : cash.fen(),
                    Text.optional("landlord", landlord), now, context.operator());
            audit.record(sql, row.number(), "landlord", extendDays != null ? "lease extended " + extendDays
                    + " days" : "cash " + cash);
            return new LandlordArrangement(row.view().caseNumber(), row.view().name(), extendDays, cash,
                    Text.optional("landlord", landlord), now, context.operator());
        });
    }

}
