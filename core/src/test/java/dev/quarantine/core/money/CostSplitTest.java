package dev.quarantine.core.money;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CostSplitTest {

    @ParameterizedTest(name = "{0} nights × ¥{1}: person {3}, hotel {4}, subsidy {5}")
    @CsvSource({
            // SPEC §7's example: 7 nights × ¥183.33 = ¥1,283.31
            "7, 183.33, 1283.31, 384.99, 384.99, 513.33",
            "14, 180, 2520.00, 756.00, 756.00, 1008.00",
            "1, 0.01, 0.01, 0.00, 0.00, 0.01",
            "1, 0.02, 0.02, 0.00, 0.01, 0.01",
            "1, 0.03, 0.03, 0.00, 0.01, 0.02",
            "3, 99.99, 299.97, 89.99, 89.99, 119.99",
    })
    void splitsAsTheSpecSays(int nights, String rate, String total, String person, String hotel, String subsidy) {
        Money t = Money.parse(rate).times(nights);
        CostSplit split = CostSplit.of(t, CostShares.DEFAULT);
        assertThat(t).hasToString(total);
        assertThat(split.person()).hasToString(person);
        assertThat(split.hotelWaiver()).hasToString(hotel);
        assertThat(split.subsidy()).hasToString(subsidy);
    }
}
