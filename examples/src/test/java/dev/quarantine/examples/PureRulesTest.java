package dev.quarantine.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PureRulesTest {

    @Test
    void printsClassificationsDatesAndTheSplit() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PureRules.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
                河南南阳 → 河南省南阳市 IN_PROVINCE_HIGH_RISK, 7 days, eligible 2020-02-08
                湖北孝感 → 湖北省孝感市 OUT_OF_PROVINCE, 14 days, eligible 2020-02-15
                信阳市固始县 → 河南省信阳市固始县 IN_PROVINCE_HIGH_RISK, 7 days, eligible 2020-02-08
                开封 → 河南省开封市 NOT_REQUIRED, 0 days, eligible -
                7 nights × ¥183.33 = ¥1,283.31: person ¥384.99, hotel waiver ¥384.99, subsidy ¥513.33
                """.replace("\n", System.lineSeparator()));
    }
}
