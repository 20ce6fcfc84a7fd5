package dev.quarantine.core.internal.service;

import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.internal.store.StoreException;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.request.CaseCorrection;
import dev.quarantine.core.result.Amendment;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FieldChange;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Corrections of a case as entered ({@code amend}): every value checked as a registration checks it, the category,
 * days, eligible date and door tag recomputed from a new origin or arrival under the policy in force on the arrival,
 * the uniqueness rules kept, and each change kept with its value before and after and the reason. A case that has
 * ended (released, transferred, cancelled) can be corrected only in what did not decide its outcome.
 */
public final class CorrectionService {
    /** What decided a case's outcome: not corrected once it has ended. */
    private static final Set<String> OUTCOME = Set.of("idType", "idNumber", "origin", "arrivalDate");

    private final DeskContext context;
    private final AuditLog audit;
    private final RegistrationService registrations;

    public CorrectionService(DeskContext context, AuditLog audit, RegistrationService registrations) {
        this.context = context;
        this.audit = audit;
        this.registrations = registrations;
    }

    /**
     * Corrects a case and returns it before and after, with what changed.
     *
     * @throws QuarantineException {@code INVALID_INPUT} for a bad value (one exception listing every problem), no
     *                             reason, nothing given; {@code REFUSED} when nothing would change, for an ended case's
     *                             outcome, or when the correction would break a uniqueness rule
     */
    public Amendment amend(String caseRef, CaseCorrection fix, String reason) {
        String why = Text.required("reason", reason);
        if (fix == null || fix.isEmpty()) {
            throw QuarantineException.invalid("amend.nothingGiven");
        }
        return context.db().inTransaction(sql -> {
            // The case table is locked as a registration locks it, so that the uniqueness checks hold to the update.
            sql.lockTable("qcase");
            CaseStore.Row row = CaseStore.find(sql, caseRef, context);
            CaseView before = row.view();
            ValidRegistration v = registrations.validate(merged(before, fix));
            List<FieldChange> changes = new ArrayList<>();
            typed(changes, "name", before.name(), v.name());
            typed(changes, "idType", before.idType().id(), v.identity().type().id());
            typed(changes, "idNumber", before.idNumber(), v.identity().number());
            typed(changes, "phone", before.phone(), v.phone().number());
            boolean newOrigin = !before.originCode().equals(v.origin().code());
            if (newOrigin) {
                changes.add(new FieldChange("origin", before.origin(), v.origin().fullName(), false));
            }
            // The text as typed: a new origin brings its own (none when the place is all it says), else it stays.
            String keptText = before.originText().equals(before.origin()) ? null : before.originText();
            String originText = fix.origin() != null ? v.originText() : keptText;
            String typedAfter = originText != null ? originText : v.origin().fullName();
            if (!before.originText().equals(typedAfter)
                    && (keptText != null || originText != null || !newOrigin)) {
                changes.add(new FieldChange("originText", before.originText(), typedAfter, false));
            }
            typed(changes, "arrivalDate", str(before.arrivalDate()), str(v.arrival()));
            typed(changes, "community", before.community(), v.community());
            typed(changes, "address", before.address(), v.address());
            if (changes.isEmpty()) {
                throw QuarantineException.refused("amend.noChange", before.caseNumber());
            }
            List<String> outcome = changes.stream().map(FieldChange::field).filter(OUTCOME::contains).toList();
            if (!before.status().isOpen() && before.status() != CaseStatus.NOT_REQUIRED && !outcome.isEmpty()) {
                throw QuarantineException.refused("amend.ended", before.caseNumber(), before.status(),
                        String.join(", ", outcome));
            }
            boolean identity = changes.stream().anyMatch(c -> c.field().startsWith("id"));
            if (identity) {
                typed(changes, "sex", str(before.sex()), str(v.identity().sex()), true);
                typed(changes, "birthDate", str(before.birthDate()), str(v.identity().birthDate()), true);
            }
            // A new origin or arrival is classified again, under the policy in force on the (new) arrival date.
            boolean reclassify = newOrigin || !before.arrivalDate().equals(v.arrival());
            Classification c = reclassify ? registrations.classify(v) : null;
            CaseStatus status = before.status();
            int days = before.periodDays();
            LocalDate eligible = before.eligibleDate();
            List<Message> notes = new ArrayList<>();
            if (reclassify) {
                days = c.days();
                eligible = v.arrival().plusDays(days);
                if (status == CaseStatus.ADMITTED) {
                    LocalDate admitted = LocalDate.ofInstant(before.admittedAt(), context.zone());
                    if (v.arrival().isAfter(admitted)) {
                        throw QuarantineException.forField("arrival_date", QuarantineException.refused(
                                "amend.arrivalAfterAdmission", before.caseNumber(), v.arrival(), admitted));
                    }
                    if (!c.needsQuarantine()) {
                        notes.add(new Message("amend.note.admittedNotRequired", before.caseNumber()));
                    }
                } else if (status == CaseStatus.REGISTERED && !c.needsQuarantine()) {
                    status = CaseStatus.NOT_REQUIRED;
                    notes.add(new Message("amend.note.notRequired", before.caseNumber()));
                } else if (status == CaseStatus.NOT_REQUIRED && c.needsQuarantine()) {
                    status = CaseStatus.REGISTERED;
                    notes.add(new Message("amend.note.nowRequired", before.caseNumber(), days, eligible));
                }
                typed(changes, "category", str(before.category()), str(c.category()), true);
                typed(changes, "periodDays", String.valueOf(before.periodDays()), String.valueOf(days), true);
                typed(changes, "eligibleDate", str(before.eligibleDate()), str(eligible), true);
                typed(changes, "doorTag", str(before.doorTag()), str(c.doorTag()), true);
                typed(changes, "policyId", before.policyId(), c.policyId(), true);
                typed(changes, "status", str(before.status()), str(status), true);
                if (status == CaseStatus.ADMITTED && !Objects.equals(before.doorTag(), c.doorTag())) {
                    notes.add(new Message("amend.note.doorTag", before.caseNumber(), before.hotel(), before.room(),
                            before.doorTag() == null ? "-" : before.doorTag(), c.doorTag() == null ? "-" : c.doorTag()));
                }
                if (status.isOpen() && !eligible.isAfter(context.today()) && !eligible.equals(before.eligibleDate())) {
                    notes.add(new Message("amend.note.nowDue", before.caseNumber(), eligible));
                }
            }
            checkUnique(sql, row, v, status);
            List<Message> warnings = new ArrayList<>();
            if (identity) {
                warnings.addAll(RegistrationService.areaWarning(v.identity()));
            }
            if (changes.stream().anyMatch(ch -> Set.of("name", "phone", "idNumber").contains(ch.field()))) {
                warnings.addAll(registrations.possibleDuplicates(sql, v, row.id()));
            }
            if (before.admittedAt() != null && status == CaseStatus.ADMITTED
                    && changes.stream().anyMatch(ch -> Set.of("name", "idNumber").contains(ch.field()))) {
                notes.add(new Message("amend.note.reprint", before.caseNumber()));
            }
            write(sql, row, v, originText, reclassify ? c : null, status, days, eligible);
            Instant now = context.now();
            for (FieldChange ch : changes) {
                sql.insert("INSERT INTO amendment (case_id, at, operator, field, old_value, new_value, derived, reason) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.id(), now, context.operator(), ch.field(),
                        ch.before(), ch.after(), ch.derived() ? 1 : 0, why);
            }
            audit.record(sql, row.number(), "amend", details(changes, before.idType(), v.identity().type(), why));
            CaseView after = CaseStore.byId(sql, row.id(), context.blockSize()).view();
            notes.addAll(warnings);
            return new Amendment(before, after, changes, why, notes);
        });
    }

    /** The registration the case would be with the correction: the values given, else those on record. */
    private static RegistrationInput merged(CaseView c, CaseCorrection fix) {
        return new RegistrationInput(
                fix.name() != null ? fix.name() : c.name(),
                fix.idType() != null ? fix.idType() : c.idType().id(),
                fix.idNumber() != null ? fix.idNumber() : c.idNumber(),
                fix.phone() != null ? fix.phone() : c.phone(),
                fix.origin() != null ? fix.origin() : c.originCode(),
                fix.arrivalDate() != null ? fix.arrivalDate() : c.arrivalDate().toString(),
                fix.community() != null ? fix.community() : c.community(),
                fix.address() != null ? fix.address() : c.address(),
                c.groupRenter() ? "yes" : "no",
                c.notes());
    }

    /**
     * The same person may have one case per arrival and one open case: a correction that would make this case a second
     * one is refused, naming the other.
     */
    private void checkUnique(Sql sql, CaseStore.Row row, ValidRegistration v, CaseStatus status) {
        IdentityDocument id = v.identity();
        Long personKey = NewCase.personKey(id);
        String samePerson = personKey != null ? "c.person_key = ? "
                : "c.person_key IS NULL AND c.id_type = ? AND c.id_number = ? ";
        Object[] person = personKey != null ? new Object[] {personKey, row.id()}
                : new Object[] {id.type(), id.number(), row.id()};
        Object[] withArrival = Arrays.copyOf(person, person.length + 1);
        withArrival[person.length] = v.arrival();
        if (status != CaseStatus.CANCELLED) {
            Optional<CaseStore.Row> same = sql.one(CaseStore.SELECT + "WHERE " + samePerson + "AND c.id <> ? "
                    + "AND c.arrival_date = ? AND c.status <> 'CANCELLED'", CaseStore.mapper(context.blockSize()),
                    withArrival);
            if (same.isPresent()) {
                throw QuarantineException.refused("amend.duplicate", row.view().caseNumber(),
                        IdentityDocument.mask(id.type(), id.number()), v.arrival(), same.get().view().caseNumber());
            }
        }
        if (status.isOpen()) {
            Optional<CaseStore.Row> open = sql.one(CaseStore.SELECT + "WHERE " + samePerson + "AND c.id <> ? "
                    + "AND c.status IN ('REGISTERED', 'ADMITTED')", CaseStore.mapper(context.blockSize()), person);
            if (open.isPresent()) {
                throw QuarantineException.refused("case.openExists", IdentityDocument.mask(id.type(), id.number()),
                        open.get().view().caseNumber(), open.get().view().status());
            }
        }
    }

    private void write(Sql sql, CaseStore.Row row, ValidRegistration v, String originText, Classification c,
                       CaseStatus status, int days, LocalDate eligible) {
        IdentityDocument id = v.identity();
        if (c != null) {
            CaseStore.origin(sql, c.origin().code(), c.origin().fullName());
        }
        try {
            sql.update("UPDATE qcase SET person_key = ?, id_type = ?, id_number = ?, name = ?, phone = ?, phone_key = ?, "
                            + "sex = ?, birth_date = ?, origin_code = ?, origin_text = ?, category = ?, period_days = ?, "
                            + "door_tag = ?, arrival_date = ?, eligible_date = ?, policy_id = ?, status = ?, community = ?, "
                            + "address = ? WHERE id = ?", NewCase.personKey(id), id.type(), id.number(), v.name(),
                    v.phone().number(), NewCase.phoneKey(v.phone()), id.sex(), id.birthDate(), v.origin().code(),
                    originText, c != null ? c.category() : row.view().category(), days,
                    c != null ? c.doorTag() : row.view().doorTag(), v.arrival(), eligible,
                    c != null ? c.policyId() : row.view().policyId(), status, v.community(), v.address(), row.id());
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                // The checks saw no other case of this person; the unique indexes did: another office's, which this
                // login may not see (row-level security on a database server).
                throw QuarantineException.refused("case.otherOffice", IdentityDocument.mask(id.type(), id.number()));
            }
            throw e;
        }
    }

    /** The audit log's line: each change, identity numbers and phones masked, then the reason. */
    private static String details(List<FieldChange> changes, IdType typeBefore, IdType typeAfter, String reason) {
        List<String> parts = new ArrayList<>();
        for (FieldChange ch : changes) {
            String before = ch.before();
            String after = ch.after();
            if (ch.field().equals("idNumber")) {
                before = before == null ? null : IdentityDocument.mask(typeBefore, before);
                after = after == null ? null : IdentityDocument.mask(typeAfter, after);
            } else if (ch.field().equals("phone")) {
                before = before == null ? null : Phone.mask(before);
                after = after == null ? null : Phone.mask(after);
            }
            parts.add(ch.field() + " " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
        }
        return String.join("; ", parts) + "; reason: " + reason;
    }

    private static void typed(List<FieldChange> changes, String field, String before, String after) {
        typed(changes, field, before, after, false);
    }

    private static void typed(List<FieldChange> changes, String field, String before, String after, boolean derived) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after, derived));
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
