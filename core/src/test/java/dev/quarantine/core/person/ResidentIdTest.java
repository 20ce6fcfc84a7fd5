package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdTest {
    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

    @ParameterizedTest(name = "{0} parses to {1}")
    @CsvSource({
            "410105198503121008, 410105198503121008",
            "42090219760505109x, 42090219760505109X",
            "'４２０９０２１９７６０５０５１０９Ｘ', 42090219760505109X",
            "'4101 0519 8503 1210 08', 410105198503121008",
            "'　410105198503121008　', 410105198503121008",
    })
    void normalizesCaseFullWidthAndSpaces(String input, String expected) {
        assertThat(ResidentId.parse(input, TODAY).number()).isEqualTo(expected);
    }

    @Test
    void derivesSexAndBirthDate() {
        ResidentId id = ResidentId.parse("42090219760505109X", TODAY);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1976, 5, 5));
        assertThat(id.sex()).isEqualTo(Sex.MALE); // 17th digit 9 is odd
        assertThat(ResidentId.parse("410105198503121008", TODAY).sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void fifteenDigitLegacyNumberIsConvertedToEighteen() {
        String eighteen = "410105198503121008";
        String fifteen = eighteen.substring(0, 6) + eighteen.substring(8, 17);
        ResidentId id = ResidentId.parse(fifteen, TODAY);
        assertThat(id.number()).isEqualTo(eighteen);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
    }

    @ParameterizedTest(name = "{0} is refused ({1})")
    @CsvSource({
            "410105198503121009, id.resident.check",
            "41010519850312100, id.resident.format",
            "4101051985031210081, id.resident.format",
            "41010519850312100A, id.resident.format",
            "'', id.resident.format",
            "990105198503121005, id.resident.province",
            "710000198503121005, id.resident.province",
            "410105198502301003, id.resident.birth",
            "410105202502011000, id.resident.birth",
    })
    void refusesBadNumbersNamingTheProblem(String input, String key) {
        String number = input.length() == 18 && !key.equals("id.resident.format") && !key.equals("id.resident.check")
                ? input.substring(0, 17) + ResidentId.checkCharacter(input) : input;
        assertThatThrownBy(() -> ResidentId.parse(number, TODAY))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageContaining(number);
    }

    @ParameterizedTest(name = "residence permit {0} is accepted")
    @CsvSource({"810000199001011002", "820000199001011002", "830000199001011002"})
    void residencePermitsOfHongKongMacauAndTaiwanResidentsAreAccepted(String first17AndAny) {
        String number = first17AndAny.substring(0, 17) + ResidentId.checkCharacter(first17AndAny);
        assertThat(ResidentId.parse(number, TODAY).number()).isEqualTo(number);
    }

    @Test
    void passportsAndPermitsAreFiveToTwentyLettersOrDigits() {
        assertThat(IdentityDocument.parse(IdType.PASSPORT, " e1234567 ", TODAY).number()).isEqualTo("E1234567");
        assertThat(IdentityDocument.parse(IdType.OTHER, "H12345678", TODAY).sex()).isNull();
        assertThatThrownBy(() -> IdentityDocument.parse(IdType.PASSPORT, "E12", TODAY))
                .hasMessageContaining("5 to 20");
        assertThatThrownBy(() -> IdentityDocument.parse(IdType.OTHER, "H1234-5678", TODAY))
                .hasMessageContaining("H1234-5678");
    }

    @Test
    void residentNumbersAreMaskedAsSixStarsFour() {
        assertThat(IdentityDocument.mask(IdType.RESIDENT, "410105198503121008")).isEqualTo("410105********1008");
    }

    @ParameterizedTest(name = "id type {0} is {1}")
    @CsvSource({"resident, RESIDENT", "身份证, RESIDENT", "'', RESIDENT", "护照, PASSPORT", "Passport, PASSPORT",
            "其他, OTHER", "港澳通行证, OTHER"})
    void idTypeWords(String text, IdType type) {
        assertThat(IdType.parse(text)).isEqualTo(type);
    }
}
