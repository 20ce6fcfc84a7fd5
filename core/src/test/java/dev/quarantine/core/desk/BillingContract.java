package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Bill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.person;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/** Money (SPEC §7): nights × rate, the 30/40/30 split to the fen, payments and what is outstanding. */
public interface BillingContract extends DeskFixture {

    /**
     * SPEC §7: nights to the eligible date (at least 1) × the nightly rate; every share rounded down, the fen left over
     * to subsidy then hotel waiver, never to the person; the shares add up to the total.
     */
    @ParameterizedTest(name = "{0}/night, {1} arrived {2}, admitted {3} → {4} nights, {5} = {6} + {7} + {8}")
    @CsvSource({
            "180,    南阳, 2020-02-03, 2020-02-03,  7, 1260.00,  378.00,  504.00,  378.00",
            "183.33, 南阳, 2020-02-03, 2020-02-03,  7, 1283.31,  384.99,  513.33,  384.99",
            "183.33, 武汉, 2020-02-03, 2020-02-03, 14, 2566.62,  769.99, 1026.65,  769.98",
            "99.99,  南阳, 2020-02-03, 2020-02-03,  7,  699.93,  209.98,  279.98,  209.97",
            "180.5,  武汉, 2020-02-01, 2020-02-05, 10, 1805.00,  541.50,  722.00,  541.50",
            "0.01,   南阳, 2020-02-03, 2020-02-09,  1,    0.01,    0.00,    0.01,    0.00",
            "180,    南阳, 2020-02-01, 2020-02-09,  1,  180.00,   54.00,   72.00,   54.00"})
    default void theEstimateSplitsNightsTimesRateToTheFen(String rate, String origin, String arrived, String admitted,
                                                          long nights, String total, String hotelWaiver,
                                                          String subsidy, String personShare) {
        desk().hotels().add("如家", null, yuan(rate), "1-5");
        now(admitted + "T09:00");
        Bill b = desk().cases().admit(new AdmitRequest(null, person(1, origin, arrived), "36.5", "如家", null, true)).estimate();
        assertThat(b.estimate()).isTrue();
        assertThat(b.nightlyRate()).isEqualTo(yuan(rate));
        assertThat(b.nights()).isEqualTo(nights);
        assertThat(b.total()).isEqualTo(yuan(total));
        assertThat(b.hotelWaiver()).isEqualTo(yuan(hotelWaiver));
        assertThat(b.subsidy()).isEqualTo(yuan(subsidy));
        assertThat(b.person()).isEqualTo(yuan(personShare));
        assertThat(b.hotelWaiver().plus(b.subsidy()).plus(b.person())).isEqualTo(b.total());
        assertThat(b.person().fen() * 10).isLessThanOrEqualTo(b.total().fen() * 3);
        assertThat(b.outstanding()).isEqualTo(b.person());
        assertThat(desk().billing().bill("Q000001")).isEqualTo(b);
    }

    /** SPEC §7: admission shows an estimate to the eligible date; release fixes the bill to the release date. */
    @Test
    default void theFinalBillCountsNightsToTheReleaseDate() {
        now("2020-02-05T09:00");
        Bill estimate = admit(1, "南阳", "2020-02-03").estimate();
        assertThat(estimate.nights()).isEqualTo(5);
        assertThat(estimate.total()).isEqualTo(yuan("900"));
        now("2020-02-12T10:00");
        Bill fin = desk().cases().release("Q000001", "张医生", "36.5", null).bill();
        assertThat(fin).isEqualTo(new Bill("Q000001", false, LocalDate.of(2020, 2, 5), LocalDate.of(2020, 2, 12), 7,
                yuan("180"), yuan("1260"), yuan("378"), yuan("504"), yuan("378"), Money.ZERO, yuan("378"), Money.ZERO,
                List.of(new RateSpan(LocalDate.of(2020, 2, 5), LocalDate.of(2020, 2, 11), 7, yuan("180"), yuan("1260"))),
                List.of()));
        assertThat(desk().billing().bill("Q000001")).isEqualTo(fin);
        assertThat(desk().letters().notice("Q000001").bill()).isEqualTo(fin);
    }

    /** SPEC §7: the person's payments are recorded and reduce what is outstanding. */
    @Test
    default void paymentsReduceWhatIsOutstanding() {
        admit(1, "南阳", "2020-02-03");
        Bill afterFirst = desk().billing().pay("Q000001", yuan("100"));
        assertThat(afterFirst.paid()).isEqualTo(yuan("100"));
        assertThat(afterFirst.outstanding()).isEqualTo(yuan("278"));
        Bill settled = desk().billing().pay("Q000001", yuan("278.00"));
        assertThat(settled.paid()).isEqualTo(yuan("378"));
        assertThat(settled.outstanding()).isEqualTo(Money.ZERO);
        assertThat(settled.total()).isEqualTo(yuan("1260"));
        assertThat(desk().billing().bill("Q000001")).isEqualTo(settled);
        assertThat(desk().cases().history("Q000001")).extracting(h -> h.action()).endsWith("pay", "pay");
    }

    @ParameterizedTest(name = "paying {0} of 278.00 → {2}")
    @CsvSource({"278.01, REFUSED, pay.exceeds", "10000, REFUSED, pay.exceeds", "0, INVALID_INPUT, pay.zero"})
    default void aPaymentBeyondWhatIsOwedIsRefusedAndNotRecorded(String amount, ErrorKind kind, String key) {
        admit(1, "南阳", "2020-02-03");
        desk().billing().pay("Q000001", yuan("100"));
        State before = state();
        failure(kind, key, () -> desk().billing().pay("Q000001", yuan(amount)));
        assertThat(state()).isEqualTo(before);
        assertThat(desk().billing().bill("Q000001").outstanding()).isEqualTo(yuan("278"));
    }

    @Test
    default void aCaseThatWasNeverInAHotelHasNoBill() {
        register(1, "南阳", "2020-02-03");
        failure(ErrorKind.REFUSED, "bill.notAdmitted", () -> desk().billing().bill("Q000001"));
        failure(ErrorKind.REFUSED, "bill.notAdmitted", () -> desk().billing().pay("Q000001", yuan("10")));
    }

    /** A transfer closes the bill at the day of the transfer. */
    @Test
    default void aTransferFixesTheBillAtTheTransferDate() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-06T20:00");
        desk().cases().transfer("Q000001", "郑州市第六人民医院");
        Bill b = desk().billing().bill("Q000001");
        assertThat(b.estimate()).isFalse();
        assertThat(b.to()).isEqualTo(LocalDate.of(2020, 2, 6));
        assertThat(b.nights()).isEqualTo(3);
        assertThat(b.total()).isEqualTo(yuan("540"));
    }

    /** A case cancelled as entered in error owes nothing; what was paid is shown, to be refunded. */
    @Test
    default void aCancelledCaseOwesNothing() {
        admit(1, "南阳", "2020-02-03");
        desk().billing().pay("Q000001", yuan("50"));
        desk().cases().cancel("Q000001", "录入错误");
        Bill b = desk().billing().bill("Q000001");
        assertThat(b.total()).isEqualTo(Money.ZERO);
        assertThat(b.person()).isEqualTo(Money.ZERO);
        assertThat(b.outstanding()).isEqualTo(Money.ZERO);
        assertThat(b.paid()).isEqualTo(yuan("50"));
    }

    /** SPEC §10 money: totals to date by share, and the persons' outstanding balance. */
    @Test
    default void theDailyReportTotalsEveryBill() {
        admit(1, "南阳", "2020-02-03");
        admit(2, "武汉", "2020-02-03");
        register(3, "武汉", "2020-02-03");
        desk().billing().pay("Q000002", yuan("100"));
        DailyReport.MoneyTotals m = desk().reports().daily(null, 10).money();
        assertThat(m.bills()).isEqualTo(2);
        assertThat(m.total()).isEqualTo(yuan("3780"));
        assertThat(m.hotelWaiver()).isEqualTo(yuan("1134"));
        assertThat(m.subsidy()).isEqualTo(yuan("1512"));
        assertThat(m.person()).isEqualTo(yuan("1134"));
        assertThat(m.paid()).isEqualTo(yuan("100"));
        assertThat(m.outstanding()).isEqualTo(yuan("1034"));
    }
}
