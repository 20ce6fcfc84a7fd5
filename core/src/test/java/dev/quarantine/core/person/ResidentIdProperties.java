package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdProperties {
    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);
    private static final String ALPHABET = "0123456789X";

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> province = Arbitraries.of("11", "32", "41", "42", "44", "65", "81");
        Arbitrary<String> area = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 36_000)
                .map(days -> LocalDate.of(1920, 1, 1).plusDays(days));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, area, birth, sequence).as((p, a, b, s) -> {
            String first17 = p + a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth()) + s;
            return first17 + ResidentId.checkCharacter(first17);
        });
    }

    @Property(tries = 500)
    void everyGeneratedValidNumberParses(@ForAll("validNumbers") String number) {
        ResidentId id = ResidentId.parse(number, TODAY);
        assertThat(id.number()).isEqualTo(number);
        assertThat(id.sex()).isEqualTo((number.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    @Property(tries = 500)
    void everySingleCharacterChangeIsRefused(@ForAll("validNumbers") String number,
                                             @ForAll("positions") int position,
                                             @ForAll("offsets") int offset) {
        char original = number.charAt(position);
        String alphabet = position == 17 ? ALPHABET : ALPHABET.substring(0, 10);
        char replacement = alphabet.charAt((alphabet.indexOf(original) + offset) % alphabet.length());
        String changed = number.substring(0, position) + replacement + number.substring(position + 1);
        assertThat(changed).isNotEqualTo(number);
        assertThatThrownBy(() -> ResidentId.parse(changed, TODAY)).isInstanceOf(QuarantineException.class);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 17);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(1, 9);
    }
}
