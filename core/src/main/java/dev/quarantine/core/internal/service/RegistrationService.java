package dev.quarantine.core.internal.service;

import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.ValidRegistration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.quarantine.core.internal.service.Fields.field;

/**
 * Registering a returnee (SPEC §4): one validation, one classification, one insert, shared by the command line, the
 * admission of a new person and the roster import.
 */
public final class RegistrationService {
    /** How many other people of the same name and phone a registration names in its warnings. */
    static final int NAMED_DUPLICATES = 3;

    private final DeskContext context;
    private final AuditLog audit;

    public RegistrationService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Registers a returnee: a new case, or the existing one flagged as a duplicate. */
    public RegisterResult register(RegistrationInput input) {
        ValidRegistration valid = validate(input);
        return context.db().inTransaction(sql -> register(sql, valid));
    }

    /** Validates a registration and throws one {@link InvalidRegistrationException} listing every problem. */
    public ValidRegistration validate(RegistrationInput input) {
        RegistrationValidator.Result r = validator().validate(input);
        if (!r.ok()) {
            throw new InvalidRegistrationException(r.problems());
        }
        return r.valid();
    }

    /** A validator for today: arrivals from the first policy version's start to today. */
    public RegistrationValidator validator() {
        return new RegistrationValidator(RegionCatalog.bundled(), context.today(), context.policies());
    }

    /** The classification of a valid registration under the policy in force on its arrival date. */
    public Classification classify(ValidRegistration v) {
        return field("origin", () -> context.policies().inForce(v.arrival()).classify(v.origin()));
    }

    /**
     * The registration of one valid row inside a caller's transaction. No one else writes cases from the checks to
     * the insert (the case table is locked for this transaction; on SQLite the write lock does it), so the checks hold
     * and the case takes the next number.
     */
    public RegisterResult register(Sql sql, ValidRegistration v) {
        Classification c = classify(v);
        sql.lockTable("qcase");
        Optional<RegisterResult> existing = existing(sql, v);
        if (existing.isPresent()) {
            return existing.get();
        }
        List<Message> warnings = new ArrayList<>(areaWarning(v.identity()));
        warnings.addAll(possibleDuplicates(sql, v, -1));
        CaseNumber number = CaseNumber.of(sql.nextId("qcase"));
        if (!CaseStore.insert(sql, number.id(), NewCase.of(v, c, context.now(), context.requireOffice().id()),
                c.origin().fullName())) {
            // The checks saw no case of this person, the unique indexes did: it is another office's, which this
            // login may not see (row-level security on a database server).
            throw QuarantineException.refused("case.otherOffice",
                    IdentityDocument.mask(v.identity().type(), v.identity().number()));
        }
        audit.record(sql, number, "register", c.category() + " " + c.origin().fullName() + ", arrived " + v.arrival());
        return new RegisterResult(CaseStore.byId(sql, number.id(), context.blockSize()).view(), false,
                List.copyOf(warnings));
    }

    /** The same person's case of the same arrival (a duplicate); refuses when they have another open case. */
    private Optional<RegisterResult> existing(Sql sql, ValidRegistration v) {
        IdentityDocument id = v.identity();
        Long personKey = NewCase.personKey(id);
        String samePerson = personKey != null ? "c.person_key = ? "
                : "c.person_key IS NULL AND c.id_type = ? AND c.id_number = ? ";
        Object[] person = personKey != null ? new Object[] {personKey} : new Object[] {id.type(), id.number()};
        List<CaseView> held = new ArrayList<>();
        sql.forEach(CaseStore.SELECT + "WHERE " + samePerson + "AND c.status <> 'CANCELLED' ORDER BY c.id",
                rs -> held.add(CaseStore.view(rs, context.blockSize())), person);
        Refusal why = refusal(v, held);
        if (why != null && why.refused() != null) {
            throw why.refused();
        }
        return why == null ? Optional.empty() : Optional.of(why.duplicate());
    }

    /** Why a registration is refused: it duplicates a case there, or the person has another open case. */
    public record Refusal(RegisterResult duplicate, QuarantineException refused) {
    }

    /**
     * What {@link #register} says of each of {@code rows}, roster rows a uniqueness rule refused: the duplicate (the
     * same person's case of the same arrival) with its differences, or the refusal naming the person's open case. The
     * cases of their people are read in one query per 500 people, where {@code register} asks for each.
     * Null for a row whose refusing case this login cannot see (another office's): {@link #register} it alone.
     */
    public List<Refusal> refusals(Sql sql, List<ValidRegistration> rows) {
        Map<String, List<CaseView>> held = new HashMap<>();
        List<Long> residents = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (ValidRegistration v : rows) {
            Long key = NewCase.personKey(v.identity());
            if (key != null) {
                residents.add(key);
            } else {
                documents.add(v.identity().number());
            }
        }
        CaseStore.forEachCaseOf(sql, CaseStore.SELECT, residents, documents, rs -> {
            CaseView view = CaseStore.view(rs, context.blockSize());
            held.computeIfAbsent(CaseStore.person(view.idType(), view.idNumber()), k -> new ArrayList<>()).add(view);
        });
        List<Refusal> out = new ArrayList<>(rows.size());
        for (ValidRegistration v : rows) {
            out.add(refusal(v, held.getOrDefault(CaseStore.person(v.identity().type(), v.identity().number()),
                    List.of())));
        }
        return out;
    }

    /** Among the person's cases (cancelled ones left out), the one this registration duplicates, else the open one. */
    private static Refusal refusal(ValidRegistration v, List<CaseView> held) {
        for (CaseView c : held) {
            if (c.arrivalDate().equals(v.arrival())) {
                return new Refusal(new RegisterResult(c, true, differences(c, v)), null);
            }
        }
        for (CaseView c : held) {
            if (c.status() == CaseStatus.REGISTERED || c.status() == CaseStatus.ADMITTED) {
                IdentityDocument id = v.identity();
                return new Refusal(null, QuarantineException.refused("case.openExists",
                        IdentityDocument.mask(id.type(), id.number()), c.caseNumber(), c.status()));
            }
        }
        return null;
    }

    /**
     * Same name and phone under another identity number (SPEC §4): a warning naming each of the first
     * {@link #NAMED_DUPLICATES} other people, then one saying there are more. It looks only at the cases of this
     * name (the name index) and stops at one person more than it names: neither a phone that thousands share (an
     * office landline typed as a placeholder) nor a name and phone that thousands share makes it read them all.
     *
     * @param exceptId the case being corrected, which is not another person's ({@code -1} for a new case)
     */
    List<Message> possibleDuplicates(Sql sql, ValidRegistration v, long exceptId) {
        return possibleDuplicates(sql, v, "id <> ?", exceptId);
    }

    /** {@link #possibleDuplicates}, among the cases registered before case {@code id} (rows earlier in an import). */
    List<Message> possibleDuplicatesBefore(Sql sql, ValidRegistration v, long id) {
        return possibleDuplicates(sql, v, "id < ?", id);
    }

    private List<Message> possibleDuplicates(Sql sql, ValidRegistration v, String idCondition, long id) {
        IdentityDocument doc = v.identity();
        // By name and the phone as written (the phone key follows from it): the name index, not the phone index,
        // which would read every case of a shared phone to find the few of this name.
        List<String[]> others = sql.list("SELECT DISTINCT id_type, id_number FROM qcase WHERE name = ? AND phone = ? "
                        + "AND " + idCondition + context.scope("qcase") + " AND NOT (id_type = ? AND id_number = ?) "
                        + "LIMIT " + (NAMED_DUPLICATES + 1),
                rs -> new String[] {rs.getString(1), rs.getString(2)}, v.name(), v.phone().number(), id, doc.type(),
                doc.number());
        List<Message> out = new ArrayList<>(others.size());
        for (String[] other : others.subList(0, Math.min(others.size(), NAMED_DUPLICATES))) {
            out.add(new Message("register.possibleDuplicate", v.name(),
                    IdentityDocument.mask(IdType.valueOf(other[0]), other[1])));
        }
        if (others.size() > NAMED_DUPLICATES) {
            out.add(new Message("register.possibleDuplicateMore", v.name(), NAMED_DUPLICATES));
        }
        return out;
    }

    /** A resident number whose area code is no current division: real (abolished codes are), but worth a look. */
    static List<Message> areaWarning(IdentityDocument id) {
        if (id.type() != IdType.RESIDENT || RegionCatalog.bundled().isCurrentAreaCode(id.number().substring(0, 6))) {
            return List.of();
        }
        return List.of(new Message("register.areaNotCurrent", IdentityDocument.mask(id.type(), id.number()),
                id.number().substring(0, 6)));
    }

    /** What a duplicate registration says differently from the case on record (same person, same arrival). */
    static List<Message> differences(CaseView existing, ValidRegistration v) {
        List<Message> out = new ArrayList<>(2);
        if (!existing.name().equals(v.name())) {
            out.add(new Message("register.duplicateName", existing.caseNumber(), existing.name(), v.name()));
        }
        if (!existing.phone().equals(v.phone().number())) {
            out.add(new Message("register.duplicatePhone", existing.caseNumber(), Phone.mask(existing.phone()),
                    Phone.mask(v.phone().number())));
        }
        return List.copyOf(out);
    }
}
