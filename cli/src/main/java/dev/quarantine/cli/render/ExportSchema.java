package dev.quarantine.cli.render;

import dev.quarantine.cli.io.CsvText;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RoomView;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The CSV layout of one kind of export (SPEC §9): its header row and how one record becomes a row. Identity numbers and
 * phones are masked as {@link Docs} says, times are in the policy's zone. The cases export uses the roster's column
 * names, so that an unmasked export imports back as the same cases; its {@code origin_text} is the origin as the clerk
 * typed it when that said more than the place ({@code 湖北省武汉市汉口火车站}), blank otherwise, and comes back too.
 *
 * @param <T> the record one row shows
 */
public record ExportSchema<T>(List<String> columns, BiFunction<T, Docs, List<String>> rowOf) {
    public static final ExportSchema<CaseView> CASES = new ExportSchema<>(List.of("case_number", "name", "id_type",
            "id_number", "phone", "origin", "origin_name", "origin_text", "arrival_date", "community", "address",
            "group_renter", "notes", "category", "period_days", "eligible_date", "status", "hotel", "room", "block",
            "door_tag", "registered_at", "admitted_at", "released_at", "checked_by", "hospital", "policy_id"),
            (c, docs) -> CsvText.cells(c.caseNumber(), c.name(), c.idType().id(), docs.idNumber(c), docs.phone(c.phone()),
                    c.originCode(), c.origin(), c.originText().equals(c.origin()) ? null : c.originText(),
                    c.arrivalDate(), c.community(), c.address(), c.groupRenter() ? "yes" : "no", c.notes(),
                    c.category(), c.periodDays(), c.eligibleDate(), c.status(), c.hotel(), c.room(),
                    c.block() == 0 ? null : c.block(), c.doorTag(), docs.time(c.registeredAt()),
                    docs.time(c.admittedAt()), docs.time(c.releasedAt()), c.checkedBy(), c.hospital(), c.policyId()));

    public static final ExportSchema<ReadingResult> READINGS = new ExportSchema<>(List.of("case_number", "name",
            "taken_at", "temperature", "fever", "recorded_by"),
            (r, docs) -> CsvText.cells(r.caseNumber(), r.name(), docs.time(r.takenAt()), r.temperature(),
                    r.fever() ? "yes" : "no", r.recordedBy()));

    public static final ExportSchema<Bill> BILLS = new ExportSchema<>(List.of("case_number", "estimate", "from", "to",
            "nights", "nightly_rate", "total", "hotel_waiver", "subsidy", "person", "paid", "outstanding", "refund_due",
            "rates"),
            (b, docs) -> CsvText.cells(b.caseNumber(), b.estimate() ? "yes" : "no", b.from(), b.to(), b.nights(),
                    b.nightlyRate(), b.total(), b.hotelWaiver(), b.subsidy(), b.person(), b.paid(), b.outstanding(),
                    b.credit(), String.join("; ", b.rates().stream()
                            .map(s -> s.firstNight() + " " + s.nights() + " x " + s.rate()).toList())));

    public static final ExportSchema<RoomView> ROOMS = new ExportSchema<>(List.of("hotel", "room", "state", "block",
            "case_number", "name", "note"),
            (r, docs) -> CsvText.cells(r.hotel(), r.number(), r.state(), r.block(), r.caseNumber(), r.name(), r.note()));

    public static final ExportSchema<HistoryEntry> EVENTS = new ExportSchema<>(List.of("id", "at", "operator",
            "command", "case_number", "action", "details"),
            (e, docs) -> CsvText.cells(e.id(), docs.time(e.at()), e.operator(), e.command(), e.caseNumber(), e.action(),
                    e.details()));

    public ExportSchema {
        columns = List.copyOf(columns);
    }

    /** The cells of {@code record}'s row, one per column. */
    public List<String> row(T record, Docs docs) {
        return rowOf.apply(record, docs);
    }
}
