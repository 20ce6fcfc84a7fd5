package dev.quarantine.core.desk;

import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.cases.ReleaseRefusedException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.service.AdmissionService;
import dev.quarantine.core.internal.service.AuditLog;
import dev.quarantine.core.internal.service.ClosingService;
import dev.quarantine.core.internal.service.CorrectionService;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.internal.service.HealthService;
import dev.quarantine.core.internal.service.HotelService;
import dev.quarantine.core.internal.service.QueryService;
import dev.quarantine.core.internal.service.RegistrationService;
import dev.quarantine.core.internal.service.RosterImporter;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseCorrection;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.request.Registration;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.Amendment;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.result.Violation;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The cases: registering (one by one or a roster), admitting, closing, correcting and finding them:
 * {@code desk.cases()}.
 */
public final class Cases {
    private final DeskContext context;
    private final AuditLog audit;
    private final HotelService hotels;
    private final RegistrationService registrations;
    private final HealthService health;
    private final AdmissionService admissions;
    private final ClosingService closing;
    private final QueryService queries;
    private final CorrectionService corrections;

    Cases(DeskContext context, AuditLog audit, HotelService hotels, RegistrationService registrations,
            HealthService health, AdmissionService admissions, ClosingService closing, QueryService queries,
            CorrectionService corrections) {
        this.context = context;
        this.audit = audit;
        this.hotels = hotels;
        this.registrations = registrations;
        this.health = health;
        this.admissions = admissions;
        this.closing = closing;
        this.queries = queries;
        this.corrections = corrections;
    }

    /** Registers a returnee (SPEC §4): a new case, or the existing one flagged as a duplicate. */
    public RegisterResult register(RegistrationInput input) {
        return registrations.register(input);
    }

    /** Registers a returnee built by name ({@link Registration#of}): a new case, or the existing one as a duplicate. */
    public RegisterResult register(Registration registration) {
        return register(registration.input());
    }

    /**
     * Validates a registration and throws one {@link InvalidRegistrationException} listing every problem, each with
     * the field it concerns.
     */
    public ValidRegistration validate(RegistrationInput input) {
        return registrations.validate(input);
    }

    /**
     * {@link #admit(AdmitRequest)} of a request still being built:
     * {@code desk.cases().admit(AdmitRequest.of(n).commitmentSigned())}.
     */
    public Admission admit(AdmitRequest.Builder request) {
        return admit(request.build());
    }

    /**
     * Admits a registered case (or registers and admits). A fever at intake registers the person, keeps the reading
     * and its alert, and refuses the admission; any other refusal (a full hotel) writes nothing at all.
     */
    public Admission admit(AdmitRequest request) {
        return admissions.admit(request);
    }

    /**
     * Imports a community roster (SPEC §8) whose header has been matched and whose rows are read lazily; rejected rows
     * go to {@code rejects} with every problem of the row. Returns the accounting, which always balances.
     */
    public ImportSummary importRoster(RosterHeader header, Iterator<RosterRow> rows, ImportOptions options,
                                      RejectSink rejects, LongConsumer progress) {
        if (options.admit()) {
            context.db().read(sql -> hotels.id(sql, options.hotel())); // an unknown hotel fails before any row is read
        }
        return new RosterImporter(context, audit, registrations, admissions, health, header, options, rejects, progress)
                .run(rows);
    }

    /** Transfers a case to hospital: closes it as {@code TRANSFERRED}, its room awaits disinfection. */
    public CaseView transfer(String caseRef, String hospital) {
        return closing.transfer(caseRef, hospital);
    }

    /** {@link #transfer(String, String)} of a case by its number. */
    public CaseView transfer(CaseNumber caseNumber, String hospital) {
        return transfer(caseNumber.toString(), hospital);
    }

    /** Cancels a case entered in error; the record and its history stay. */
    public CaseView cancel(String caseRef, String reason) {
        return closing.cancel(caseRef, reason);
    }

    /** Releases a case today after a check by {@code checkedBy} that recorded no new temperature. */
    public ReleaseResult release(CaseNumber caseNumber, String checkedBy) {
        return release(caseNumber, checkedBy, null);
    }

    /** {@link #release(String, String, String, LocalDate)} today, of a case by number, with a check temperature. */
    public ReleaseResult release(CaseNumber caseNumber, String checkedBy, Temperature temperature) {
        return release(caseNumber.toString(), checkedBy, temperature == null ? null : temperature.toString(), null);
    }

    /**
     * Releases a case (SPEC §5) when every condition holds; otherwise refuses listing every unmet one
     * ({@link ReleaseRefusedException}).
     *
     * @param temperature a release-check temperature, or null
     * @param on          the release date, or null for today
     */
    public ReleaseResult release(String caseRef, String checkedBy, String temperature, LocalDate on) {
        return closing.release(caseRef, checkedBy, temperature, on);
    }

    /** Records that the commitment letter (承诺书) of an admitted case is signed. */
    public CaseView commitment(String caseRef) {
        return closing.commitment(caseRef);
    }

    /**
     * Corrects a case as entered (SPEC §4 values, checked as a registration checks them), with the reason: each change
     * is kept with its value before and after. A new origin or arrival recomputes the category, days, eligible date and
     * door tag; a new identity number is checked against the uniqueness rules. A released, transferred or cancelled
     * case can be corrected only in its name, phone, address and community.
     */
    public Amendment amend(String caseRef, CaseCorrection correction, String reason) {
        return corrections.amend(caseRef, correction, reason);
    }

    /** Records a violation of the rules with a note and the penalty given. */
    public Violation violation(String caseRef, String note, String penalty) {
        return closing.violation(caseRef, note, penalty);
    }

    /** A case by its number ({@code Q000012}) or the person's identity number: their open case, else their newest. */
    public CaseView show(String caseRef) {
        return queries.show(caseRef);
    }

    /** The case with this number. */
    public CaseView show(CaseNumber caseNumber) {
        return show(caseNumber.toString());
    }

    /** The open case of a resident, else their newest. */
    public CaseView show(ResidentId resident) {
        return show(resident.number());
    }

    /** The cases matching {@code filter}, in case-number order. */
    public List<CaseView> list(CaseFilter filter) {
        return list(filter, Integer.MAX_VALUE).items();
    }

    /** The first {@code limit} cases matching {@code filter}, in case-number order, with their full count. */
    public Capped<CaseView> list(CaseFilter filter, int limit) {
        return queries.list(filter, limit);
    }

    /**
     * Finds cases by what a caller on the phone says (SPEC §11 {@code find}): a case number, a name or part of one,
     * a full phone or identity number, or the last four characters of either; everything that matches, in case-number
     * order, cut at {@code limit} with the full count.
     */
    public Capped<CaseView> find(String text, int limit) {
        return queries.find(text, limit);
    }

    /**
     * The numbers of open cases beginning with {@code prefix} ({@code Q00001}), newest first, at most {@code limit}: what
     * shell completion offers.
     */
    public List<String> openCaseNumbers(String prefix, int limit) {
        return queries.openCaseNumbers(prefix, limit);
    }

    /** The audit log of one case, oldest first: its own events and the import batches that name it. */
    public List<HistoryEntry> history(String caseRef) {
        return queries.history(caseRef);
    }

    /** {@link #history(String)} of a case by its number. */
    public List<HistoryEntry> history(CaseNumber caseNumber) {
        return history(caseNumber.toString());
    }

    /**
     * Every case matching {@code filter}, in case-number order, read as it is consumed (a million cases need no more
     * memory than one) on a connection of its own, in one snapshot. Close it:
     *
     * <pre>{@code
     * try (Stream<CaseView> cases = desk.cases().stream(CaseFilter.ALL)) {
     *     cases.filter(c -> c.status() == CaseStatus.ADMITTED).forEach(this::send);
     * }
     * }</pre>
     */
    public Stream<CaseView> stream(CaseFilter filter) {
        return queries.stream(filter);
    }

    /** Streams every case matching {@code filter} to {@code consumer}, in case-number order (exports). */
    public void forEach(CaseFilter filter, Consumer<CaseView> consumer) {
        queries.forEach(filter, consumer);
    }
}
