package dev.quarantine.cli.render;

import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.result.Amendment;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.FieldChange;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.PaymentEntry;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the facade's result records into ordered documents (field → value) with the camelCase names of SPEC §11.1:
 * dates {@code YYYY-MM-DD}, timestamps ISO-8601 with offset, money as strings with two decimals, enums by name,
 * identity numbers and phones masked unless unmasked. Every format renders these documents.
 */
public final class Docs {
    private static final int CASES_NAMED = 20;
    private final ZoneId zone;
    private final boolean unmasked;
    private final boolean offices;
    private long unmaskedCount;
    private final List<String> unmaskedCases = new ArrayList<>();

    public Docs(ZoneId zone, boolean unmasked) {
        this(zone, unmasked, false);
    }

    /** @param offices name each case's office (a register of several offices); a one-office register need not */
    public Docs(ZoneId zone, boolean unmasked, boolean offices) {
        this.zone = zone;
        this.unmasked = unmasked;
        this.offices = offices;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean unmasked() {
        return unmasked;
    }

    public String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** The case's identity number, masked unless unmasked; an unmasked one is noted for the audit log. */
    public String idNumber(CaseView c) {
        if (unmasked) {
            noteUnmasked(c.caseNumber());
            return c.idNumber();
        }
        return IdentityDocument.mask(c.idType(), c.idNumber());
    }

    /** A case's phone (shown with its identity number, which notes the case). */
    public String phone(String phone) {
        return unmasked ? phone : Phone.mask(phone);
    }

    /** A team member's phone: noted, without a case, when unmasked. */
    public String memberPhone(String phone) {
        if (unmasked) {
            noteUnmasked(null);
            return phone;
        }
        return Phone.mask(phone);
    }

    private void noteUnmasked(String caseNumber) {
        unmaskedCount++;
        if (caseNumber != null && unmaskedCases.size() < CASES_NAMED && !unmaskedCases.contains(caseNumber)) {
            unmaskedCases.add(caseNumber);
        }
    }

    /** How many identity numbers or phones were shown in full. */
    public long unmaskedCount() {
        return unmaskedCount;
    }

    /** The first cases whose numbers were shown in full. */
    public List<String> unmaskedCases() {
        return List.copyOf(unmaskedCases);
    }

    public Map<String, Object> caseDoc(CaseView c) {
        Map<String, Object> d = new Doc("case");
        d.put("caseNumber", c.caseNumber());
        d.put("name", c.name());
        d.put("idType", c.idType().id());
        d.put("idNumber", idNumber(c));
        d.put("sex", c.sex());
        d.put("phone", phone(c.phone()));
        d.put("origin", c.origin());
        d.put("originCode", c.originCode());
        d.put("originText", c.originText());
        d.put("category", c.category());
        d.put("periodDays", c.periodDays());
        d.put("arrivalDate", str(c.arrivalDate()));
        d.put("lastDay", c.periodDays() == 0 ? null : str(c.lastDay()));
        d.put("eligibleDate", str(c.eligibleDate()));
        d.put("status", c.status());
        d.put("setting", c.setting());
        d.put("hotel", c.hotel());
        d.put("room", c.room());
        d.put("block", c.block() == 0 ? null : c.block());
        d.put("doorTag", c.doorTag());
        d.put("community", c.community());
        d.put("address", c.address());
        d.put("groupRenter", c.groupRenter());
        d.put("notes", c.notes());
        d.put("policyId", c.policyId());
        d.put("registeredAt", time(c.registeredAt()));
        d.put("admittedAt", time(c.admittedAt()));
        d.put("intakeTemperature", c.intakeTemperature() == null ? null : c.intakeTemperature().toString());
        d.put("commitmentSigned", c.admittedAt() == null ? null : c.commitmentSignedAt() != null);
        d.put("releasedAt", time(c.releasedAt()));
        d.put("checkedBy", c.checkedBy());
        d.put("hospital", c.hospital());
        if (offices) {
            d.put("office", c.office());
        }
        return d;
    }

    public Map<String, Object> billDoc(Bill b) {
        Map<String, Object> d = new Doc("bill");
        d.put("caseNumber", b.caseNumber());
        d.put("estimate", b.estimate());
        d.put("from", str(b.from()));
        d.put("to", str(b.to()));
        d.put("nights", b.nights());
        d.put("nightlyRate", b.nightlyRate().toString());
        d.put("total", b.total().toString());
        d.put("hotelWaiver", b.hotelWaiver().toString());
        d.put("subsidy", b.subsidy().toString());
        d.put("person", b.person().toString());
        d.put("paid", b.paid().toString());
        d.put("outstanding", b.outstanding().toString());
        d.put("credit", b.credit().toString());
        List<Map<String, Object>> rates = new ArrayList<>();
        for (RateSpan s : b.rates()) {
            Map<String, Object> r = new Doc("rate");
            r.put("from", str(s.firstNight()));
            r.put("to", str(s.lastNight()));
            r.put("nights", s.nights());
            r.put("nightlyRate", s.rate().toString());
            r.put("amount", s.amount().toString());
            rates.add(r);
        }
        d.put("rates", rates);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PaymentEntry e : b.entries()) {
            Map<String, Object> r = new Doc("entry");
            r.put("at", time(e.at()));
            r.put("kind", e.kind());
            r.put("amount", (e.signedFen() < 0 ? "-" : "") + e.amount());
            r.put("reason", e.reason());
            r.put("recordedBy", e.recordedBy());
            entries.add(r);
        }
        d.put("entries", entries);
        return d;
    }

    /** A correction: the case after it, every change (identity numbers and phones masked unless unmasked), the reason. */
    public Map<String, Object> amendmentDoc(Amendment a) {
        Map<String, Object> d = new Doc("amendment");
        d.put("caseNumber", a.after().caseNumber());
        d.put("reason", a.reason());
        List<Map<String, Object>> changes = new ArrayList<>();
        for (FieldChange ch : a.changes()) {
            Map<String, Object> c = new Doc("change");
            c.put("field", ch.field());
            c.put("before", changed(a.before(), ch.field(), ch.before()));
            c.put("after", changed(a.after(), ch.field(), ch.after()));
            c.put("derived", ch.derived());
            changes.add(c);
        }
        d.put("changes", changes);
        d.put("case", caseDoc(a.after()));
        return d;
    }

    private String changed(CaseView c, String field, String value) {
        if (value == null) {
            return null;
        }
        if (field.equals("idNumber")) {
            if (unmasked) {
                noteUnmasked(c.caseNumber());
                return value;
            }
            return IdentityDocument.mask(c.idType(), value);
        }
        return field.equals("phone") ? phone(value) : value;
    }

    public Map<String, Object> rateDoc(HotelRate r) {
        Map<String, Object> d = new Doc("rate");
        d.put("hotel", r.hotel());
        d.put("from", str(r.from()));
        d.put("nightlyRate", r.rate().toString());
        d.put("inForce", r.inForce());
        d.put("setAt", time(r.setAt()));
        d.put("setBy", r.setBy());
        return d;
    }

    public Map<String, Object> hotelDoc(HotelView h) {
        Map<String, Object> d = new Doc("hotel");
        d.put("name", h.name());
        d.put("address", h.address());
        d.put("nightlyRate", h.nightlyRate().toString());
        d.put("rooms", h.rooms());
        d.put("free", h.free());
        d.put("occupied", h.occupied());
        d.put("needsDisinfection", h.needsDisinfection());
        d.put("outOfService", h.outOfService());
        d.put("closedAt", time(h.closedAt()));
        return d;
    }

    public Map<String, Object> roomDoc(RoomView r) {
        Map<String, Object> d = new Doc("room");
        d.put("hotel", r.hotel());
        d.put("room", r.number());
        d.put("state", r.state());
        d.put("block", r.block());
        d.put("caseNumber", r.caseNumber());
        d.put("name", r.name());
        d.put("note", r.note());
        return d;
    }

    public Map<String, Object> readingDoc(ReadingResult r) {
        Map<String, Object> d = new Doc("reading");
        d.put("caseNumber", r.caseNumber());
        d.put("name", r.name());
        d.put("temperature", r.temperature().toString());
        d.put("takenAt", time(r.takenAt()));
        d.put("recordedBy", r.recordedBy());
        d.put("fever", r.fever());
        d.put("alertOpened", r.alertOpened());
        return d;
    }

    public Map<String, Object> alertDoc(FeverAlert a) {
        Map<String, Object> d = new Doc("alert");
        d.put("caseNumber", a.caseNumber());
        d.put("name", a.name());
        d.put("hotel", a.hotel());
        d.put("room", a.room());
        d.put("temperature", a.reading() == null ? null : a.reading().toString());
        d.put("openedAt", time(a.openedAt()));
        d.put("reportedAt", time(a.reportedAt()));
        d.put("reportedTo", a.reportedTo());
        d.put("closedAt", time(a.closedAt()));
        d.put("closedBy", a.closedBy());
        d.put("note", a.note());
        return d;
    }

    public Map<String, Object> historyDoc(HistoryEntry h) {
        Map<String, Object> d = new Doc("history");
        d.put("at", time(h.at()));
        d.put("operator", h.operator());
        d.put("command", h.command());
        d.put("caseNumber", h.caseNumber());
        d.put("action", h.action());
        d.put("details", h.details());
        return d;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
