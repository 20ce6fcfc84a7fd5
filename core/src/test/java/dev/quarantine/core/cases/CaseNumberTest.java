package dev.quarantine.core.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case number is written with at least six digits, and what it writes reads back as the same number. */
class CaseNumberTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"1, Q000001", "12, Q000012", "999999, Q999999", "1000000, Q1000000", "123456789, Q123456789"})
    void writesAtLeastSixDigitsAndReadsBack(long id, String text) {
        assertThat(CaseNumber.of(id)).hasToString(text);
        assertThat(CaseNumber.parse(text)).contains(CaseNumber.of(id));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void onlyPositiveIdsAreCaseNumbers(long id) {
        assertThatThrownBy(() -> CaseNumber.of(id)).isInstanceOf(IllegalArgumentException.class);
    }
}
