package dev.quarantine.core.money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CostSplitProperties {

    @Provide
    Arbitrary<CostShares> shareSets() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((a, b) -> {
                    int low = Math.min(a, b);
                    int high = Math.max(a, b);
                    return new CostShares(low, high - low, 10_000 - high);
                });
    }

    @Property(tries = 2000)
    void sharesAlwaysAddUpToTheTotal(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
                                     @ForAll("shareSets") CostShares shares) {
        CostSplit split = CostSplit.of(Money.ofFen(total), shares);
        assertThat(split.hotelWaiver().fen() + split.subsidy().fen() + split.person().fen()).isEqualTo(total);
    }

    @Property(tries = 2000)
    void personNeverPaysMoreThanTheExactPercentage(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
                                                   @ForAll("shareSets") CostShares shares) {
        CostSplit split = CostSplit.of(Money.ofFen(total), shares);
        // person × 10000 ≤ total × personBp, in exact integers
        BigInteger paid = BigInteger.valueOf(split.person().fen()).multiply(BigInteger.valueOf(10_000));
        BigInteger exact = BigInteger.valueOf(total).multiply(BigInteger.valueOf(shares.personBp()));
        assertThat(paid).isLessThanOrEqualTo(exact);
    }
}
