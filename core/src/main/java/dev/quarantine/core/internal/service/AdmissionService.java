package dev.quarantine.core.internal.service;

import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomAssignment;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.internal.store.StoreException;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Admission to a hotel room (SPEC §5): the lowest free room in natural order unless one is chosen, one person per room
 * even against concurrent admissions, and a fever at the door kept with its alert before the admission is refused.
 */
public final class AdmissionService {
    private final DeskContext context;
    private final AuditLog audit;
    private final RegistrationService registrations;
    private final HealthService health;
    private final HotelService hotels;
    private final BillingService billing;

    public AdmissionService(DeskContext context, AuditLog audit, RegistrationService registrations, HealthService health,
                            HotelService hotels, BillingService billing) {
        this.context = context;
        this.audit = audit;
        this.registrations = registrations;
        this.health = health;
        this.hotels = hotels;
        this.billing = billing;
    }

    /**
     * Admits a registered case (or registers and admits). A fever at intake registers the person, keeps the reading
     * and its alert, and refuses the admission; any other refusal (a full hotel) writes nothing at all.
     */
    public Admission admit(AdmitRequest request) {
        Temperature intake = health.parse(request.temperature());
        ValidRegistration valid = request.registration() == null ? null : registrations.validate(request.registration());
        Object outcome = context.db().inTransaction(sql -> {
            boolean registeredNow = false;
            List<Message> warnings = List.of();
            CaseStore.Row row;
            if (valid != null) {
                RegisterResult r = registrations.register(sql, valid);
                registeredNow = !r.duplicate();
                warnings = r.warnings();
                row = CaseStore.find(sql, r.caseView().caseNumber(), context);
            } else {
                row = CaseStore.find(sql, request.caseRef(), context);
            }
            Policy policy = context.currentPolicy();
            if (policy.isFever(intake) && row.view().status().isOpen()) {
                // A fever at the door is a health fact: kept, with its alert, and then the admission is refused.
                health.record(sql, row, intake, null, null);
                return QuarantineException.refused("admit.fever", row.view().caseNumber(), intake,
                        policy.feverThreshold());
            }
            return admit(sql, row, intake, request.hotel(), request.room(), request.commitmentSigned(), registeredNow,
                    warnings);
        });
        if (outcome instanceof QuarantineException refusal) {
            throw refusal;
        }
        return (Admission) outcome;
    }

    /**
     * Admission inside the caller's transaction (a roster import's bulk admission): the roster's temperature when it
     * had one, else none yet (taken at the door and recorded with {@code temp}).
     */
    public Admission admit(Sql sql, CaseStore.Row row, Temperature intake, String hotelName, String roomNumber,
                           boolean commitmentSigned, boolean registeredNow, List<Message> warnings) {
        CaseView c = row.view();
        if (c.status() == CaseStatus.NOT_REQUIRED) {
            throw QuarantineException.refused("admit.notRequired", c.caseNumber(), c.origin());
        }
        if (c.status() != CaseStatus.REGISTERED) {
            throw QuarantineException.refused("admit.notRegistered", c.caseNumber(), c.status(),
                    c.hotel() == null ? "-" : c.hotel() + " " + c.room());
        }
        String hotel = hotels.resolve(sql, hotelName);
        long hotelId = hotels.id(sql, hotel);
        hotels.refuseClosed(sql, hotelId, hotel);
        // Admissions to one hotel take turns (where writers run side by side), so that two clerks never pick the
        // same free room. The case table first, as a registration (and so a register-and-admit) takes it before the
        // hotel: taken after the hotel, by the UPDATE of the case below, an admission of a registered case waiting
        // for a register-and-admit's table lock while that waits for the hotel would deadlock.
        sql.lockTable("qcase");
        sql.lockKey("hotel", hotelId);
        List<Room> rooms = sql.list("SELECT number, state, position FROM room WHERE hotel_id = ? ORDER BY position",
                rs -> new Room(rs.getString(1), RoomState.valueOf(rs.getString(2)), rs.getInt(3)), hotelId);
        Room room = RoomAssignment.pick(hotel, rooms, roomNumber == null || roomNumber.isBlank() ? null
                : roomNumber.strip());
        long roomId = sql.one("SELECT id FROM room WHERE hotel_id = ? AND number = ?", rs -> rs.getLong(1), hotelId,
                room.number()).orElseThrow();
        Instant now = context.now();
        // The rate of the first night, as admitted (the bill reads the hotel's rates night by night).
        long rate = HotelRates.rates(sql, hotelId, null).on(LocalDate.ofInstant(now, context.zone())).fen();
        // The state check in the WHERE clause makes a concurrent admission to the same room fail, not double-book.
        int taken = sql.update("UPDATE room SET state = 'OCCUPIED' WHERE id = ? AND state = 'FREE'", roomId);
        if (taken != 1) {
            throw QuarantineException.refused("room.notFree", hotel, room.number(), RoomState.OCCUPIED);
        }
        try {
            int admitted = sql.update("UPDATE qcase SET status = 'ADMITTED', hotel_id = ?, room_id = ?, admitted_at = ?, "
                            + "intake_tenths = ?, rate_fen = ?, commitment_signed_at = ? WHERE id = ? "
                            + "AND status = 'REGISTERED'", hotelId, roomId, now, intake == null ? null : intake.tenths(),
                    rate, commitmentSigned ? now : null, row.id());
            if (admitted != 1) {
                throw new IllegalStateException("case " + row.number() + " changed while it was being admitted");
            }
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                throw QuarantineException.refused("room.notFree", hotel, room.number(), RoomState.OCCUPIED);
            }
            throw e;
        }
        if (intake != null) {
            sql.insert("INSERT INTO reading (case_id, taken_at, tenths, fever, recorded_by) VALUES (?, ?, ?, ?, ?)",
                    row.id(), now, intake.tenths(), false, context.operator());
        }
        audit.record(sql, row.number(), "admit", hotel + " " + room.number() + ", intake "
                + (intake == null ? "to be taken at the door" : intake)
                + (commitmentSigned ? ", commitment signed" : ", commitment pending"));
        CaseStore.Row admitted = CaseStore.byId(sql, row.id(), context.blockSize());
        return new Admission(admitted.view(), billing.bill(sql, admitted), registeredNow, warnings);
    }
}
