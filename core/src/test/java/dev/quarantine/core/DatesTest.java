package dev.quarantine.core;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTest {

    @ParameterizedTest(name = "{0} is 2020-02-03")
    @CsvSource({"2020-02-03", "2020/2/3", "2020.2.3", "2020年2月3日", "20200203", "'２０２０－０２－０３'", "' 2020/02/03 '",
            "2020年02月03日"})
    void acceptsTheFiveForms(String text) {
        assertThat(Dates.parse(text)).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "20/2/3, date.twoDigitYear",
            "20-02-03, date.twoDigitYear",
            "20年2月3日, date.twoDigitYear",
            "2/3/2020, date.format",
            "Feb 3 2020, date.format",
            "2020-2/3, date.format",
            "2020年2月31日, date.invalid",
            "20200230, date.invalid",
            "'', date.format",
            "2020/13/1, date.invalid",
    })
    void refusesEverythingElse(String text, String key) {
        assertThatThrownBy(() -> Dates.parse(text))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2020-02-10T09:00, 2020-02-10T01:00:00Z",
            "2020-02-10T09:00+08:00, 2020-02-10T01:00:00Z",
            "2020-02-10T01:00Z, 2020-02-10T01:00:00Z",
            "2020-02-10 09:00, 2020-02-10T01:00:00Z",
    })
    void timestampsAreLocalToThePolicyZoneOrCarryAnOffset(String text, String instant) {
        assertThat(Dates.parseTimestamp(text, ZoneId.of("Asia/Shanghai")).toInstant()).hasToString(instant);
    }
}
