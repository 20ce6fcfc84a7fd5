package dev.quarantine.core.person;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A masked number shows at most a third of its characters and never more than four, except a resident number's 6+4. */
class MaskingTest {
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "RESIDENT, 410105198503121008, 410105********1008",
            "PASSPORT, E12345678, E******78",
            "OTHER, C1234, ****4",
            "OTHER, H1234567, H******7",
            "PASSPORT, AB12345678901234, AB************34",
            "OTHER, 12345, ****5",
    })
    void documentsShowLittle(IdType type, String number, String masked) {
        assertThat(IdentityDocument.mask(type, number)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} shows at most a third, never more than 4")
    @CsvSource({"ABCDE", "ABCDEF", "A1B2C3D4E5", "P123456789012345678X"})
    void theRuleHoldsForEveryLength(String number) {
        String masked = IdentityDocument.mask(IdType.OTHER, number);
        long shown = masked.chars().filter(c -> c != '*').count();
        assertThat(masked).hasSameSizeAs(number);
        assertThat(shown).isLessThanOrEqualTo(Math.min(4, number.length() / 3));
    }
}
