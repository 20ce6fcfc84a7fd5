package dev.quarantine.core.desk;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.internal.service.BillingService;
import dev.quarantine.core.result.Letterhead;
import dev.quarantine.core.result.Notice;
import dev.quarantine.core.result.ReleaseNotice;

import java.time.LocalDate;
import java.util.List;

/**
 * The letters a case receives (notice, release notice) and who signs them: {@code desk.letters()}.
 */
public final class Letters {
    private final BillingService billing;

    Letters(BillingService billing) {
        this.billing = billing;
    }

    /**
     * The notice letter of a case that was admitted to a hotel; a case at home has none.
     *
     * @throws QuarantineException {@code REFUSED} {@code notice.notInHotel}
     */
    public Notice notice(String caseRef) {
        return billing.notice(caseRef);
    }

    /**
     * The release notice of a released case, to print again; a case released from home observation has no bill.
     *
     * @throws QuarantineException {@code REFUSED} {@code notice.notReleased}
     */
    public ReleaseNotice releaseNotice(String caseRef) {
        return billing.releaseNotice(caseRef);
    }

    /** The notice letters of every case admitted on {@code date} (in the policy's zone), in case-number order. */
    public List<Notice> noticesAdmittedOn(LocalDate date) {
        return billing.noticesAdmittedOn(date);
    }

    /** The release notices of every case released on {@code date}, in case-number order. */
    public List<ReleaseNotice> releaseNoticesOn(LocalDate date) {
        return billing.releaseNoticesOn(date);
    }

    /** Who the letters of a case come from: the office that registered it, whose name signs them. */
    public Letterhead letterhead(String caseRef) {
        return billing.letterhead(caseRef);
    }
}
