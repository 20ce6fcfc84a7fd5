package dev.quarantine.core.money;

import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Absurd amounts are refused as input errors, never an arithmetic overflow. */
class OverflowTest {
    @Test
    void aHugeRateTimesALongStayIsRefusedNotOverflowed() {
        Money rate = Money.parse("9999999999.99");
        assertThatThrownBy(() -> rate.times(100_000))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("money.tooLarge"));
    }

    @Test
    void sharesOfTheLargestTotalAreExact() {
        CostSplit split = CostSplit.of(Money.ofFen(Money.MAX_FEN), CostShares.DEFAULT);
        assertThat(split.hotelWaiver().fen() + split.subsidy().fen() + split.person().fen()).isEqualTo(Money.MAX_FEN);
        assertThat(CostSplit.floorShare(Long.MAX_VALUE, 10_000)).isEqualTo(Long.MAX_VALUE);
        assertThat(CostSplit.floorShare(Long.MAX_VALUE, 3_000)).isEqualTo(
                java.math.BigInteger.valueOf(Long.MAX_VALUE).multiply(java.math.BigInteger.valueOf(3_000))
                        .divide(java.math.BigInteger.valueOf(10_000)).longValueExact());
    }
}
