package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.NightlyRates;
import dev.quarantine.core.result.HotelRate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hotel's nightly rates over time (SPEC §6): the opening rate, and changes from a date on, each night billed at the
 * rate in force that night. Kept apart from {@link HotelService}, which hands over to it, because rates are what bills
 * are made of: {@link BillingService} and {@link AdmissionService} read them here, and a change that would alter a
 * final bill is refused here.
 */
final class HotelRates {
    /** The highest nightly rate accepted: anything above is a typo (and would make absurd bills). */
    static final Money MAX_RATE = Money.ofFen(10_000_000);

    private final DeskContext context;
    private final AuditLog audit;
    private final HotelService hotels;

    HotelRates(DeskContext context, AuditLog audit, HotelService hotels) {
        this.context = context;
        this.audit = audit;
        this.hotels = hotels;
    }

    /** Refuses a rate above {@link #MAX_RATE}, as an error of the field {@code rate}. */
    static void checkRate(Money rate) {
        if (rate.compareTo(MAX_RATE) > 0) {
            throw QuarantineException.forField("rate", QuarantineException.invalid("hotel.rateTooHigh", rate, MAX_RATE));
        }
    }

    /**
     * Sets the nightly rate from {@code from} on: every night from that date is billed at it, the nights before at the
     * rate in force then. A date that would change a final bill (of a case already released or transferred) is
     * refused, naming the cases and the first date that changes none.
     */
    List<HotelRate> setRate(String hotelName, Money rate, LocalDate from) {
        checkRate(rate);
        LocalDate date = from == null ? context.today() : from;
        return context.db().inTransaction(sql -> {
            long hotelId = hotels.id(sql, hotelName);
            String hotel = HotelService.name(sql, hotelId);
            hotels.refuseClosed(sql, hotelId, hotel);
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
    List<HotelRate> rates(String hotelName) {
        return context.db().read(sql -> {
            long hotelId = hotels.id(sql, hotelName);
            return rateHistory(sql, hotelId, HotelService.name(sql, hotelId));
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
}
