package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.money.PaymentKind;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.PaymentEntry;
import org.junit.jupiter.api.Test;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment ledger (SPEC §7 and issue 15): a wrong payment is reversed by an entry, never deleted; a payment beyond
 * what is owed needs to be said to be one; refunds give back what was paid beyond the bill; every entry is on the bill.
 * Each test starts with Q000001 admitted from 南阳 on 2020-02-03: the person's share is ¥378.00.
 */
public interface LedgerContract extends DeskFixture {

    private void admitted() {
        admit(1, "南阳", "2020-02-03");
    }

    @Test
    default void aWrongPaymentIsReversedByAnEntryNeverDeleted() {
        admitted();
        desk().billing().pay("Q000001", yuan("378"));
        now("2020-02-03T12:00");
        Bill b = desk().billing().reversePayment("Q000001", yuan("378"), "重复录入");
        assertThat(b.paid()).isEqualTo(Money.ZERO);
        assertThat(b.outstanding()).isEqualTo(yuan("378"));
        assertThat(b.entries()).extracting(PaymentEntry::kind).containsExactly(PaymentKind.PAYMENT, PaymentKind.REVERSAL);
        assertThat(b.entries()).extracting(PaymentEntry::signedFen).containsExactly(37_800L, -37_800L);
        assertThat(b.entries().get(1).reason()).isEqualTo("重复录入");
        assertThat(b.entries().get(1).recordedBy()).isEqualTo(OPERATOR);
        assertThat(desk().billing().bill("Q000001")).isEqualTo(b);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).endsWith("pay", "reverse");
        assertThat(desk().cases().history("Q000001").get(desk().cases().history("Q000001").size() - 1).details())
                .isEqualTo("-378.00: 重复录入");
    }

    @Test
    default void aReversalNeedsAReasonAndCannotTakeBackMoreThanWasPaid() {
        admitted();
        desk().billing().pay("Q000001", yuan("100"));
        State before = state();
        QuarantineException noReason = failure(ErrorKind.INVALID_INPUT, "field.required",
                () -> desk().billing().reversePayment("Q000001", yuan("100"), null));
        assertThat(noReason.field()).isEqualTo("reason");
        QuarantineException tooMuch = failure(ErrorKind.REFUSED, "pay.reverseExceeds",
                () -> desk().billing().reversePayment("Q000001", yuan("100.01"), "录错"));
        assertThat(tooMuch.getMessage()).contains("100.01").contains("100.00");
        failure(ErrorKind.INVALID_INPUT, "pay.zero", () -> desk().billing().reversePayment("Q000001", Money.ZERO, "录错"));
        assertThat(state()).isEqualTo(before);
        // A payment of the wrong amount: reversed in part.
        Bill b = desk().billing().reversePayment("Q000001", yuan("10"), "应为 90 元");
        assertThat(b.paid()).isEqualTo(yuan("90"));
    }

    @Test
    default void aPaymentBeyondWhatIsOwedNeedsToBeSaidToBeOneAndShowsAsACredit() {
        admitted();
        State before = state();
        failure(ErrorKind.REFUSED, "pay.exceeds", () -> desk().billing().pay("Q000001", yuan("400")));
        assertThat(state()).isEqualTo(before);
        Bill b = desk().billing().pay("Q000001", yuan("400"), true);
        assertThat(b.paid()).isEqualTo(yuan("400"));
        assertThat(b.outstanding()).isEqualTo(Money.ZERO);
        assertThat(b.credit()).isEqualTo(yuan("22"));
        assertThat(desk().cases().history("Q000001").get(desk().cases().history("Q000001").size() - 1).details())
                .contains("400.00").contains("22.00 more than owed");
        failure(ErrorKind.REFUSED, "pay.refundExceeds", () -> desk().billing().refund("Q000001", yuan("22.01"), null));
        Bill refunded = desk().billing().refund("Q000001", yuan("22"), "退还多缴");
        assertThat(refunded.credit()).isEqualTo(Money.ZERO);
        assertThat(refunded.paid()).isEqualTo(yuan("378"));
        assertThat(refunded.entries()).extracting(PaymentEntry::kind)
                .containsExactly(PaymentKind.PAYMENT, PaymentKind.REFUND);
    }

    @Test
    default void whatWasPaidForACancelledCaseIsRefunded() {
        admitted();
        desk().billing().pay("Q000001", yuan("50"));
        desk().cases().cancel("Q000001", "录入错误");
        assertThat(desk().billing().bill("Q000001").credit()).isEqualTo(yuan("50"));
        Bill b = desk().billing().refund("Q000001", yuan("50"), null);
        assertThat(b.paid()).isEqualTo(Money.ZERO);
        assertThat(b.credit()).isEqualTo(Money.ZERO);
        assertThat(b.entries()).hasSize(2);
    }

    @Test
    default void theDailyReportCountsWhatWasPaidNetOfReversals() {
        admitted();
        desk().billing().pay("Q000001", yuan("300"));
        desk().billing().reversePayment("Q000001", yuan("100"), "录错");
        DailyReport.MoneyTotals m = desk().reports().daily(null, 10).money();
        assertThat(m.paid()).isEqualTo(yuan("200"));
        assertThat(m.outstanding()).isEqualTo(yuan("178"));
        // Every entry is also in the export of every bill.
        java.util.List<Bill> bills = new java.util.ArrayList<>();
        desk().billing().forEach(bills::add);
        assertThat(bills).singleElement().satisfies(bill -> assertThat(bill.entries()).hasSize(2));
    }
}
