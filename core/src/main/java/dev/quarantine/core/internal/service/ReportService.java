package dev.quarantine.core.internal.service;

import dev.quarantine.core.result.Trend;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Violation;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.health.MissedChecks;
import dev.quarantine.core.hotel.Room;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.internal.store.RowMapper;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.report.DailyReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the daily report (SPEC §10) of day D from one consistent snapshot of the database: the state at the end of D,
 * or now when D is today. Today's report reads the current state (fast: the indexes on open cases); a past day's is
 * rebuilt from when each case was registered, admitted and closed (see {@link AsOf}).
 */
public final class ReportService {
    private final DeskContext context;
    private final HotelService hotels;
    private final BillingService billing;
    private final CaseCounts counts;

    public ReportService(DeskContext context, HotelService hotels, BillingService billing) {
        this.context = context;
        this.counts = new CaseCounts(context);
        this.hotels = hotels;
        this.billing = billing;
    }

    /** The daily report of {@code date} (today when null), each list cut at {@code limit} items with its full count. */
    public DailyReport daily(LocalDate requested, int limit) {
        LocalDate date = requested == null ? context.today() : requested;
        LocalDate today = context.today();
        if (date.isAfter(today)) {
            throw QuarantineException.invalid("report.future", date, today);
        }
        Policy policy = context.currentPolicy();
        ZoneId zone = context.zone();
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        Instant asOf = date.equals(today) ? context.now() : end;
        int blockSize = context.blockSize();
        RowMapper<CaseView> view = rs -> CaseStore.view(rs, blockSize);
        return context.db().read(sql -> {
            // Today's state is the current one, unless the clock was set back (--now) behind later work.
            boolean live = date.equals(today) && !AsOf.happenedAfter(sql, asOf);
            List<AsOf.RoomAt> rooms = AsOf.rooms(sql, null, asOf);
            return new DailyReport(date, asOf,
                    census(sql, live, asOf, rooms, date, start, end),
                    new DailyReport.Movements(
                            // In the order they happened: the index on each time gives the first ones at once,
                            // where sorting a day's million registrations by number took a tenth of a second.
                            capped(sql, counts.registered(sql, start, end),
                                    "WHERE c.registered_at >= ? AND c.registered_at < ?", "c.registered_at, c.id", view,
                                    limit, start, end),
                            capped(sql, CaseStore.SELECT, "WHERE c.admitted_at >= ? AND c.admitted_at < ?",
                                    "c.admitted_at, c.id", view, limit, start, end),
                            capped(sql, CaseStore.SELECT, "WHERE c.status = 'RELEASED' AND c.release_date = ?", "c.id",
                                    view, limit, date),
                            // A transfer is final: the status finds the few transferred cases without a table scan.
                            capped(sql, CaseStore.SELECT, "WHERE c.status = 'TRANSFERRED' AND c.transferred_at >= ? "
                                    + "AND c.transferred_at < ?", "c.id", view, limit, start, end)),
                    due(due(sql, date, live, asOf, limit, view)),
                    health(sql, policy, zone, date, start, end, asOf, limit),
                    operations(sql, policy, start, end, asOf, limit, view, rooms),
                    money(sql, asOf));
        });
    }

    /**
     * The figures of the report's charts: open cases and occupied rooms at the end of each of the {@code pastDays} days
     * up to {@code requested} (today when null; today's figures are those of now), and the open cases that become
     * eligible on each of the {@code nextDays} days after it (as the report's date stood at its end).
     */
    public Trend trend(LocalDate requested, int pastDays, int nextDays) {
        LocalDate date = requested == null ? context.today() : requested;
        LocalDate today = context.today();
        if (date.isAfter(today)) {
            throw QuarantineException.invalid("report.future", date, today);
        }
        ZoneId zone = context.zone();
        return context.db().read(sql -> {
            List<Trend.Day> past = new ArrayList<>();
            for (int i = pastDays - 1; i >= 0; i--) {
                LocalDate d = date.minusDays(i);
                Instant at = d.equals(today) ? context.now() : d.plusDays(1).atStartOfDay(zone).toInstant();
                long open = sql.count("SELECT COUNT(*) FROM qcase c WHERE " + AsOf.openAt() + context.scope("c"),
                        AsOf.openAtParams(at));
                long occupied = sql.count("SELECT COUNT(*) FROM qcase c WHERE c.admitted_at IS NOT NULL "
                        + "AND c.admitted_at <= ? AND " + AsOf.openAt() + context.scope("c"), at, at, at);
                past.add(new Trend.Day(d, open, occupied));
            }
            Instant asOf = date.equals(today) ? context.now() : date.plusDays(1).atStartOfDay(zone).toInstant();
            List<Trend.Due> next = new ArrayList<>();
            for (int i = 1; i <= nextDays; i++) {
                LocalDate d = date.plusDays(i);
                next.add(new Trend.Due(d, sql.count("SELECT COUNT(*) FROM qcase c WHERE " + AsOf.openAt()
                        + "AND c.eligible_date = ?" + context.scope("c"), asOf, asOf, d)));
            }
            return new Trend(date, past, next);
        });
    }

    /**
     * Open cases eligible on {@code date} (today when null), overdue before it, and eligible the day after, each list
     * cut at {@code limit}: a past day as it stood at its end; today and later days as things stand now (or, when the
     * clock was set back behind later work, as they stood now).
     */
    public DueList due(LocalDate requested, int limit) {
        LocalDate d = requested == null ? context.today() : requested;
        int blockSize = context.blockSize();
        Instant now = context.now();
        boolean past = d.isBefore(context.today());
        Instant asOf = past ? d.plusDays(1).atStartOfDay(context.zone()).toInstant() : now;
        return context.db().read(sql -> due(sql, d, !past && !AsOf.happenedAfter(sql, now), asOf, limit,
                rs -> CaseStore.view(rs, blockSize)));
    }

    /**
     * Open cases due on {@code date}, overdue and due the day after, as of the end of {@code date} when it is past
     * (or now, for today and later days).
     */
    private DueList due(Sql sql, LocalDate date, boolean live, Instant asOf, int limit, RowMapper<CaseView> view) {
        if (!live) {
            // The first part (open now, registered by then) counted from the tallies where kept; the second (closed
            // since) reads only what closed after the moment.
            String scope = context.scope("c");
            return new DueList(date,
                    QueryService.cappedIds(sql, AsOf.openIds("c.eligible_date = ?", scope),
                            AsOf.openIdsParams(asOf, date), new Long[] {counts.openEligible(sql, "=", date, asOf), null},
                            "id", view, limit),
                    QueryService.cappedIds(sql, AsOf.openIds("c.eligible_date < ?", scope),
                            AsOf.openIdsParams(asOf, date), new Long[] {counts.openEligible(sql, "<", date, asOf), null},
                            "eligible_date, id", view, limit),
                    QueryService.cappedIds(sql, AsOf.openIds("c.eligible_date = ?", scope),
                            AsOf.openIdsParams(asOf, date.plusDays(1)),
                            new Long[] {counts.openEligible(sql, "=", date.plusDays(1), asOf), null}, "id", view, limit));
        }
        String open = "WHERE c.status IN ('REGISTERED', 'ADMITTED') ";
        return new DueList(date,
                capped(sql, counts.openEligible(sql, "=", date, null), open + "AND c.eligible_date = ?", "c.id", view,
                        limit, date),
                capped(sql, counts.openEligible(sql, "<", date, null), open + "AND c.eligible_date < ?",
                        "c.eligible_date, c.id", view, limit, date),
                capped(sql, counts.openEligible(sql, "=", date.plusDays(1), null), open + "AND c.eligible_date = ?",
                        "c.id", view, limit, date.plusDays(1)));
    }

    /** A capped list of the cases {@code where} selects within the desk's office, counted unless {@code total} is known. */
    private Capped<CaseView> capped(Sql sql, Long total, String where, String order, RowMapper<CaseView> view, int limit,
                                    Object... params) {
        return total == null ? capped(sql, CaseStore.SELECT, where, order, view, limit, params)
                : QueryService.capped(sql, total, CaseStore.SELECT, where + context.scope("c") + " ", order, view, limit,
                        params);
    }

    private static DailyReport.Due due(DueList due) {
        return new DailyReport.Due(due.today(), due.overdue(), due.tomorrow());
    }

    /** A capped list of what {@code where} selects within the desk's office (every select here names cases c). */
    private <T> Capped<T> capped(Sql sql, String select, String where, String order, RowMapper<T> mapper,
                                 int limit, Object... params) {
        return QueryService.capped(sql, select, where + context.scope("c") + " ", order, mapper, limit, params);
    }

    private DailyReport.Census census(Sql sql, boolean live, Instant asOf, List<AsOf.RoomAt> rooms, LocalDate date,
                                      Instant start, Instant end) {
        List<DailyReport.CensusLine> lines = new ArrayList<>();
        if (live) {
            for (String status : List.of("ADMITTED", "REGISTERED")) {
                counts.byCategory(sql, List.of(status)).forEach((category, n) -> lines.add(new DailyReport.CensusLine(
                        status.equals("ADMITTED") ? Setting.HOTEL : Setting.HOME, Category.valueOf(category), n)));
            }
        } else {
            lines.addAll(censusAt(sql, asOf));
        }
        long total = lines.stream().mapToLong(DailyReport.CensusLine::count).sum();
        List<HotelView> views = new ArrayList<>();
        for (HotelView h : hotels.all(sql)) {
            if (h.closedAt() != null && !h.closedAt().isAfter(asOf)) {
                continue; // closed by then: it has no occupancy to report
            }
            views.add(live ? h : AsOf.hotel(h, rooms));
        }
        List<DailyReport.OfficeLine> offices = context.allOffices() && context.officeCount() > 1
                ? offices(sql, live, asOf, date, start, end) : List.of();
        return new DailyReport.Census(lines, total, views, offices);
    }

    /**
     * The open cases at a past moment by setting and category, in the order of today's census (in a hotel first). The
     * cases open then are those open now, less those registered since, plus those closed since: each term reads only
     * what changed after the moment (and the open cases' status index), so yesterday's census on a million open cases
     * costs about what today's does, where reading each case open then took seconds.
     */
    private List<DailyReport.CensusLine> censusAt(Sql sql, Instant asOf) {
        String scope = context.scope("c");
        Map<String, Long> open = counts.byCategory(sql, List.of("REGISTERED", "ADMITTED"));
        sql.forEach("SELECT c.category, COUNT(*) FROM qcase c WHERE c.registered_at > ? "
                        + "AND c.status IN ('REGISTERED', 'ADMITTED')" + scope + " GROUP BY c.category",
                rs -> open.merge(rs.getString(1), -rs.getLong(2), Long::sum), asOf);
        sql.forEach("SELECT c.category, COUNT(*) FROM qcase c WHERE c.status IN ('RELEASED', 'TRANSFERRED', "
                        + "'CANCELLED') AND " + AsOf.CLOSED + " > ? AND c.registered_at <= ?" + scope
                        + " GROUP BY c.category",
                rs -> open.merge(rs.getString(1), rs.getLong(2), Long::sum), asOf, asOf);
        Map<String, Long> inHotel = new TreeMap<>();
        sql.forEach("SELECT c.category, COUNT(*) FROM qcase c WHERE c.admitted_at IS NOT NULL AND c.admitted_at <= ? "
                        + "AND " + AsOf.openAt() + scope + " GROUP BY c.category",
                rs -> inHotel.put(rs.getString(1), rs.getLong(2)), asOf, asOf, asOf);
        List<DailyReport.CensusLine> lines = new ArrayList<>();
        inHotel.forEach((category, n) -> {
            if (n > 0) {
                lines.add(new DailyReport.CensusLine(Setting.HOTEL, Category.valueOf(category), n));
            }
        });
        open.forEach((category, n) -> {
            long home = n - inHotel.getOrDefault(category, 0L);
            if (home > 0) {
                lines.add(new DailyReport.CensusLine(Setting.HOME, Category.valueOf(category), home));
            }
        });
        return lines;
    }

    /** The district's view: each office's open cases (as of {@code asOf}) and its movements of the day. */
    private List<DailyReport.OfficeLine> offices(Sql sql, boolean live, Instant asOf, LocalDate date, Instant start,
                                                 Instant end) {
        String open = live ? "c.status IN ('REGISTERED', 'ADMITTED') " : AsOf.openAt();
        String hotel = live ? "c.status = 'ADMITTED'" : "c.admitted_at IS NOT NULL AND c.admitted_at <= ?";
        // The hotel condition's two parameters come first (in the SELECT list), then those of the open condition.
        List<Object> params = new ArrayList<>();
        if (!live) {
            params.add(asOf);
            params.add(asOf);
            params.addAll(List.of(AsOf.openAtParams(asOf)));
        }
        Map<Long, long[]> counts = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        sql.forEach("SELECT id, name FROM office ORDER BY id", rs -> {
            counts.put(rs.getLong(1), new long[5]);
            names.add(rs.getString(2));
        });
        sql.forEach("SELECT c.office_id, SUM(CASE WHEN " + hotel + " THEN 0 ELSE 1 END), SUM(CASE WHEN " + hotel
                + " THEN 1 ELSE 0 END) FROM qcase c WHERE " + open + "GROUP BY c.office_id", rs -> {
                    long[] c = counts.get(rs.getLong(1));
                    c[0] = rs.getLong(2);
                    c[1] = rs.getLong(3);
                }, params.toArray());
        String[] moves = {"c.registered_at >= ? AND c.registered_at < ?", "c.admitted_at >= ? AND c.admitted_at < ?",
                "c.status = 'RELEASED' AND c.release_date = ?"};
        for (int m = 0; m < moves.length; m++) {
            int slot = 2 + m;
            Object[] p = m < 2 ? new Object[] {start, end} : new Object[] {date};
            sql.forEach("SELECT c.office_id, COUNT(*) FROM qcase c WHERE " + moves[m] + " GROUP BY c.office_id",
                    rs -> counts.get(rs.getLong(1))[slot] = rs.getLong(2), p);
        }
        List<DailyReport.OfficeLine> lines = new ArrayList<>();
        int i = 0;
        for (long[] c : counts.values()) {
            lines.add(new DailyReport.OfficeLine(names.get(i++), c[0], c[1], c[2], c[3], c[4]));
        }
        return lines;
    }

    private DailyReport.Health health(Sql sql, Policy policy, ZoneId zone, LocalDate date, Instant start, Instant end,
                                      Instant asOf, int limit) {
        Capped<FeverAlert> alerts = QueryService.capped(sql, HealthService.ALERT_SELECT,
                "WHERE a.opened_at <= ? AND (a.closed_at IS NULL OR a.closed_at > ?)" + context.scope("c") + " ",
                new Object[] {asOf, asOf},
                "CASE WHEN a.reported_at IS NULL OR a.reported_at > ? THEN 0 ELSE 1 END, a.opened_at", new Object[] {asOf},
                HealthService::mapAlert, limit);
        List<DailyReport.AlertAge> ages = new ArrayList<>();
        for (FeverAlert a : alerts.items()) {
            ages.add(new DailyReport.AlertAge(a, Math.max(0, Duration.between(a.openedAt(), asOf).toMinutes())));
        }
        long readings = sql.count("SELECT COUNT(*) FROM reading WHERE taken_at >= ? AND taken_at < ?"
                + context.scopeCases("case_id"), start, end);
        // Hotel cases present at some moment of the day, with when they left (if they did).
        record Present(long id, String number, String name, String hotel, String room, Instant admitted, Instant left) {
        }
        List<Present> present = sql.list("SELECT c.id, c.id, c.name, h.name, r.number, c.admitted_at, "
                        + AsOf.CLOSED + " AS left_at FROM qcase c "
                        + "JOIN hotel h ON h.id = c.hotel_id "
                        + "JOIN room r ON r.id = c.room_id WHERE c.admitted_at < ? "
                        + "AND (" + AsOf.CLOSED + " IS NULL OR " + AsOf.CLOSED + " > ?)" + context.scope("c")
                        + " ORDER BY c.id",
                rs -> new Present(rs.getLong(1), CaseNumber.of(rs.getLong(2)).toString(), rs.getString(3), rs.getString(4),
                        rs.getString(5), Sql.instant(rs, "admitted_at"), Sql.instant(rs, "left_at")), end, start);
        Map<Long, List<Instant>> times = new HashMap<>();
        sql.forEach("SELECT case_id, taken_at FROM reading WHERE taken_at >= ? AND taken_at < ?",
                rs -> times.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Sql.instant(rs, "taken_at")),
                start, end);
        List<DailyReport.MissedCheck> missed = new ArrayList<>();
        for (Present p : present) {
            for (MissedChecks.Missed m : MissedChecks.find(p.admitted(), p.left(), times.getOrDefault(p.id(), List.of()),
                    policy.slots(), zone, date, date, asOf)) {
                missed.add(new DailyReport.MissedCheck(p.number(), p.name(), p.hotel(), p.room(), m.slot()));
            }
        }
        return new DailyReport.Health(new Capped<>(ages, alerts.total()), readings,
                new Capped<>(missed.subList(0, Math.min(limit, missed.size())), missed.size()));
    }

    private DailyReport.Operations operations(Sql sql, Policy policy, Instant start, Instant end, Instant asOf,
                                              int limit, RowMapper<CaseView> view, List<AsOf.RoomAt> rooms) {
        int blockSize = policy.blockSize();
        List<RoomView> dirtyRooms = rooms.stream().filter(r -> r.state() == RoomState.NEEDS_DISINFECTION)
                .map(r -> AsOf.view(r, blockSize)).toList();
        Capped<RoomView> dirty = new Capped<>(dirtyRooms.subList(0, Math.min(limit, dirtyRooms.size())),
                dirtyRooms.size());
        // A hotel closed by then needs no disinfection of its public areas, no inspection and no teams.
        List<String> hotels = sql.list("SELECT name FROM hotel WHERE closed_at IS NULL OR closed_at > ? ORDER BY name",
                rs -> rs.getString(1), asOf);
        List<DailyReport.AreaGap> areas = new ArrayList<>();
        List<String> notInspected = new ArrayList<>();
        List<DailyReport.BlockGap> blocks = new ArrayList<>();
        for (String hotel : hotels) {
            Set<String> done = new LinkedHashSet<>(sql.list("SELECT DISTINCT d.area FROM disinfection d JOIN hotel h "
                    + "ON h.id = d.hotel_id WHERE h.name = ? AND d.area IS NOT NULL AND d.at >= ? AND d.at < ?",
                    rs -> rs.getString(1), hotel, start, end));
            for (PublicArea a : PublicArea.values()) {
                if (!done.contains(a.name())) {
                    areas.add(new DailyReport.AreaGap(hotel, a));
                }
            }
            if (sql.count("SELECT COUNT(*) FROM inspection i JOIN hotel h ON h.id = i.hotel_id WHERE h.name = ? "
                    + "AND i.at >= ? AND i.at < ?", hotel, start, end) == 0) {
                notInspected.add(hotel);
            }
            List<Integer> occupiedBlocks = rooms.stream()
                    .filter(r -> r.hotel().equals(hotel) && r.state() == RoomState.OCCUPIED)
                    .map(r -> Room.blockOf(r.position(), blockSize)).distinct().sorted().toList();
            for (int block : occupiedBlocks) {
                Set<String> filled = new LinkedHashSet<>(sql.list("SELECT t.role FROM team_member t JOIN hotel h "
                        + "ON h.id = t.hotel_id WHERE h.name = ? AND t.block = ?", rs -> rs.getString(1), hotel, block));
                List<String> empty = policy.teamRoles().stream().filter(r -> !filled.contains(r)).toList();
                if (!empty.isEmpty()) {
                    blocks.add(new DailyReport.BlockGap(hotel, block, empty));
                }
            }
        }
        Instant twoHoursAgo = asOf.minus(Duration.ofHours(2));
        Capped<ServiceRequest> services = capped(sql, OperationsService.SERVICE_SELECT,
                "WHERE s.opened_at <= ? AND (s.done_at IS NULL OR s.done_at > ?)", "s.opened_at, s.id",
                OperationsService::mapService, limit, twoHoursAgo, asOf);
        Capped<CaseView> commitments = capped(sql, CaseStore.SELECT,
                "WHERE c.admitted_at IS NOT NULL AND c.admitted_at <= ? AND (" + AsOf.CLOSED + " IS NULL OR "
                        + AsOf.CLOSED + " > ?) AND (c.commitment_signed_at IS NULL OR c.commitment_signed_at > ?)",
                "c.admitted_at, c.id", view, limit, asOf, asOf, asOf);
        Capped<Violation> violations = capped(sql, "SELECT c.id, c.name, v.at, v.note, v.penalty, v.recorded_by "
                        + "FROM violation v JOIN qcase c ON c.id = v.case_id ",
                "WHERE v.at >= ? AND v.at < ?", "v.at, v.id",
                rs -> new Violation(CaseNumber.of(rs.getLong(1)).toString(), rs.getString(2), Sql.instant(rs, "at"), rs.getString(4),
                        rs.getString(5), rs.getString(6)), limit, start, end);
        return new DailyReport.Operations(dirty, areas, notInspected, blocks, services, commitments, violations);
    }

    /** Totals to {@code asOf} over every case admitted by then: final bills of those closed, estimates of the rest. */
    private DailyReport.MoneyTotals money(Sql sql, Instant asOf) {
        Money[] sums = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        long[] cases = {0};
        billing.billsAsOf(sql, asOf, b -> {
            cases[0]++;
            sums[0] = sums[0].plus(b.total());
            sums[1] = sums[1].plus(b.hotelWaiver());
            sums[2] = sums[2].plus(b.subsidy());
            sums[3] = sums[3].plus(b.person());
            sums[4] = sums[4].plus(b.paid());
            sums[5] = sums[5].plus(b.outstanding());
        });
        return new DailyReport.MoneyTotals(cases[0], sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
    }
}
