package dev.quarantine.core.money;

import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @ParameterizedTest(name = "{0} is {1} fen")
    @CsvSource({
            "180, 18000",
            "180.5, 18050",
            "¥180.00, 18000",
            "180元, 18000",
            "'￥ 183.33', 18333",
            "'１８０', 18000",
            "'1,283.31', 128331",
            "0, 0",
            "0.01, 1",
    })
    void parsesTheFormsPeopleWrite(String text, long fen) {
        assertThat(Money.parse(text).fen()).isEqualTo(fen);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "-1, money.negative",
            "-0.01, money.negative",
            "180.555, money.decimals",
            "abc, money.format",
            "'', money.format",
            "1e3, money.format",
            "18 0x, money.format",
            "99999999999999, money.tooLarge",
    })
    void refusesNegativesExtraDecimalsAndJunk(String text, String key) {
        assertThatThrownBy(() -> Money.parse(text))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} formats as {1} and {2}")
    @CsvSource({"128331, 1283.31, '¥1,283.31'", "5, 0.05, ¥0.05", "18000, 180.00, ¥180.00"})
    void formatsAndParsesBack(long fen, String text, String display) {
        Money m = Money.ofFen(fen);
        assertThat(m.toString()).isEqualTo(text);
        assertThat(m.display()).isEqualTo(display);
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThat(Money.parse(m.display())).isEqualTo(m);
    }
}
