package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneAndNameTest {

    @ParameterizedTest(name = "phone {0} is {1}")
    @CsvSource({
            "13803711234, 13803711234",
            "'+86 138-0013-8000', 13800138000",
            "008613800138000, 13800138000",
            "'138 0013 8000', 13800138000",
            "'１３８００１３８０００', 13800138000",
            "'0371-6555 1234', 0371-65551234",
            "'010-12345678', 010-12345678",
            "'(0371)65551234', 0371-65551234",
    })
    void acceptsMobilesAndLandlines(String input, String expected) {
        assertThat(Phone.parse(input).number()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "phone {0} is refused")
    @CsvSource({"1380371", "12803711234", "138037112345", "abc", "65551234", "0371-123"})
    void refusesAnythingElseRepeatingIt(String input) {
        assertThatThrownBy(() -> Phone.parse(input))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("phone.format"))
                .hasMessageContaining(input);
    }

    /** Excel stores a landline typed into a number column as a number and drops the 0 of the area code: say so. */
    @ParameterizedTest(name = "phone {0} lost its leading 0")
    @CsvSource({"37165551234", "1012345678", "2187654321"})
    void aLandlineThatLostItsLeadingZeroIsNamedAsSuch(String input) {
        assertThatThrownBy(() -> Phone.parse(input))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("phone.lostZero"))
                .hasMessageContaining(input).hasMessageContaining("Excel");
    }

    @ParameterizedTest(name = "phone {0} masks as {1}")
    @CsvSource({"13812341234, 138****1234", "0371-65551234, 0371-****1234"})
    void masksPhones(String number, String masked) {
        assertThat(Phone.mask(number)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "name [{0}] is [{1}]")
    @CsvSource({
            "王伟, 王伟",
            "'  李娜　', 李娜",
            "买买提·艾力, 买买提·艾力",
            "阿依古丽•吐尔逊, 阿依古丽•吐尔逊",
            "Mary O'Brien-Smith Jr., Mary O'Brien-Smith Jr.",
            "'John   Smith', John Smith",
    })
    void acceptsLettersOfAnyScript(String input, String expected) {
        assertThat(PersonName.parse(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "name [{0}] is refused")
    @CsvSource({"王伟2", "李@娜", "'=cmd'", "'   '", "'Robert''); DROP TABLE person;--'"})
    void refusesDigitsAndSymbols(String input) {
        assertThatThrownBy(() -> PersonName.parse(input)).isInstanceOf(QuarantineException.class);
    }

    @ParameterizedTest(name = "a name of {0} characters is refused")
    @CsvSource({"51"})
    void refusesOverlongNames(int length) {
        assertThatThrownBy(() -> PersonName.parse("王".repeat(length))).hasMessageContaining("at most 50");
        assertThat(PersonName.parse("王".repeat(length - 1))).hasSize(50);
    }
}
