package dev.quarantine.core.report;

import dev.quarantine.core.result.Capped;

import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.result.Violation;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.health.TimeSlot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The office leaders' daily report (SPEC §10), as of {@code asOf}: the end of {@code date}, or now for today. Lists
 * are sorted by urgency and cut at the report's limit, each with its full count.
 */
public record DailyReport(LocalDate date, Instant asOf, Census census, Movements movements, Due due, Health health,
                          Operations operations, MoneyTotals money) {

    /**
     * Open cases by setting and category, the occupancy of each hotel, and in the district's view of a register of
     * several offices ({@code --all-offices}) a line per office (empty otherwise).
     */
    public record Census(List<CensusLine> openCases, long openTotal, List<HotelView> hotels, List<OfficeLine> offices) {
    }

    /** One office's open cases at home and in hotels, and what it registered, admitted and released on the day. */
    public record OfficeLine(String office, long atHome, long inHotel, long registered, long admitted, long released) {
    }

    /** How many open cases are observed in one setting (home or hotel) under one category. */
    public record CensusLine(Setting setting, Category category, long count) {
    }

    /** What happened on the day. */
    public record Movements(Capped<CaseView> registered, Capped<CaseView> admitted, Capped<CaseView> released,
                            Capped<CaseView> transferred) {
    }

    /** Eligible on the day, overdue (eligible earlier, not released), eligible tomorrow. */
    public record Due(Capped<CaseView> today, Capped<CaseView> overdue, Capped<CaseView> tomorrow) {
    }

    /** An open fever alert and how long it has been open. */
    public record AlertAge(FeverAlert alert, long ageMinutes) {
    }

    /** A temperature slot of the day that a hotel case missed. */
    public record MissedCheck(String caseNumber, String name, String hotel, String room, TimeSlot slot) {
    }

    /**
     * Health on the day: open fever alerts with their age, unreported first; how many readings were taken; missed
     * checks.
     */
    public record Health(Capped<AlertAge> openFeverAlerts, long readingsCount, Capped<MissedCheck> missedChecks) {
    }

    /** A public area of a hotel not disinfected on the day. */
    public record AreaGap(String hotel, PublicArea area) {
    }

    /** A block of a hotel with an occupied room, and its team roles without a member. */
    public record BlockGap(String hotel, int block, List<String> emptyRoles) {
    }

    /**
     * Operations on the day: rooms awaiting disinfection, public areas not disinfected, hotels not inspected, blocks
     * with an empty role, service requests open over two hours, commitment letters pending, violations.
     */
    public record Operations(Capped<RoomView> awaitingDisinfection, List<AreaGap> areasNotDisinfected,
                             List<String> hotelsNotInspected, List<BlockGap> blocksWithEmptyRole,
                             Capped<ServiceRequest> requestsOpenOverTwoHours, Capped<CaseView> pendingCommitments,
                             Capped<Violation> violations) {
    }

    /** Totals to date over the bills of every case that has been in a hotel (final once closed, else estimates). */
    public record MoneyTotals(long bills, Money total, Money hotelWaiver, Money subsidy, Money person, Money paid,
                              Money outstanding) {
    }
}
