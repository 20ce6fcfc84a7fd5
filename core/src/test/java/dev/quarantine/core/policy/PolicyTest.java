package dev.quarantine.core.policy;

import dev.quarantine.core.health.TimeSlot;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.money.CostShares;
import dev.quarantine.core.region.RegionCatalog;
import org.junit.jupiter.api.Test;
import dev.quarantine.core.ErrorKind;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyTest {
    private final Policy policy = Policy.zhengzhou2020();
    private final RegionCatalog catalog = RegionCatalog.bundled();

    static Stream<Arguments> classificationTable() {
        return Stream.of(
                Arguments.of("南阳", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                Arguments.of("商丘", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                Arguments.of("信阳市固始县", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                Arguments.of("周口", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                Arguments.of("驻马店", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                Arguments.of("武汉", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("42", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("香港", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("澳门", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("台湾", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("浙江省温州市", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                Arguments.of("河南省开封市", Category.NOT_REQUIRED, 0, null),
                Arguments.of("郑州", Category.NOT_REQUIRED, 0, null),
                Arguments.of("济源", Category.NOT_REQUIRED, 0, null));
    }

    @ParameterizedTest(name = "{0} is {1}, {2} days, {3}")
    @MethodSource("classificationTable")
    void defaultPolicyClassifiesAsTheSpecTable(String origin, Category category, int days, DoorTag tag) {
        Classification c = policy.classify(catalog.resolve(origin));
        assertThat(c.category()).isEqualTo(category);
        assertThat(c.days()).isEqualTo(days);
        assertThat(c.doorTag()).isEqualTo(tag);
        assertThat(c.policyId()).isEqualTo("zhengzhou-2020-02");
    }

    @ParameterizedTest(name = "{0} is too coarse for the rules: refused, never guessed")
    @ValueSource(strings = {"41", "河南", "河南省", "410000"})
    void aProvinceWhosePrefecturesDifferIsRefusedNamingThem(String origin) {
        assertThatThrownBy(() -> policy.classify(catalog.resolve(origin)))
                .isInstanceOfSatisfying(QuarantineException.class, e -> {
                    assertThat(e.key()).isEqualTo("origin.tooCoarse");
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                })
                .hasMessageContaining("4113").hasMessageContaining("南阳").hasMessageContaining("4117");
    }

    @ParameterizedTest(name = "{0} °C is a fever: {1}")
    @CsvSource({"37.2, false", "37.3, true", "38.5, true", "36.0, false"})
    void feverThresholdIsInclusive(String reading, boolean fever) {
        assertThat(policy.isFever(policy.checkPlausible(Temperature.parse(reading)))).isEqualTo(fever);
    }

    @ParameterizedTest(name = "{0} is refused as implausible")
    @CsvSource({"3.7", "377", "33.9", "43.1"})
    void implausibleReadingsAreInputErrors(String reading) {
        assertThatThrownBy(() -> policy.checkPlausible(Temperature.parse(reading)))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.key()).isEqualTo("temperature.implausible"));
    }

    @Test
    void plausibleRangeEndsAreAccepted() {
        assertThat(policy.checkPlausible(Temperature.parse("34.0"))).isEqualTo(Temperature.ofTenths(340));
        assertThat(policy.checkPlausible(Temperature.parse("43.0℃"))).isEqualTo(Temperature.ofTenths(430));
    }

    @Test
    void defaultPolicyHasTheSpecValues() {
        assertThat(policy.effectiveFrom()).isEqualTo(LocalDate.of(2020, 1, 25));
        assertThat(policy.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(policy.slots()).extracting(TimeSlot::toString).containsExactly("06:00-12:00", "14:00-20:00");
        assertThat(policy.blockSize()).isEqualTo(5);
        assertThat(policy.teamRoles()).containsExactly("party-member", "volunteer", "police", "medical", "hotel-staff");
        assertThat(policy.shares()).isEqualTo(new CostShares(3000, 4000, 3000));
    }

    @Test
    void aShareFarBeyondAPercentageIsAnInputErrorNotAnOverflow() {
        String json = PolicyJson.write(policy).replace("\"person\": 30", "\"person\": 3e90");
        assertThatThrownBy(() -> PolicyJson.parse(json))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.key()).isEqualTo("policy.shares.range"))
                .hasMessageContaining("person");
    }

    @Test
    void policyJsonRoundTripsToAnEqualPolicy() {
        assertThat(PolicyJson.parse(PolicyJson.write(policy))).isEqualTo(policy);
    }

    @Test
    void sharesThatDoNotSumToOneHundredAreRejectedNamingTheRule() {
        String json = PolicyJson.write(policy).replace("\"person\": 30", "\"person\": 31");
        assertThatThrownBy(() -> PolicyJson.parse(json))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.key()).isEqualTo("policy.shares.sum"))
                .hasMessageContaining("101%");
    }

    @Test
    void policyWithoutCatchAllRuleIsRejected() {
        String json = PolicyJson.write(policy).replace("[\"*\"]", "[\"42\"]");
        assertThatThrownBy(() -> PolicyJson.parse(json)).hasMessageContaining("last rule must match every origin");
    }

    @Test
    void ruleWithDaysButNoTagIsRejected() {
        assertThatThrownBy(() -> new OriginRule(List.of("42"), Category.OUT_OF_PROVINCE, 14, null))
                .hasMessageContaining("out of province");
    }

    @Test
    void thresholdOutsidePlausibleRangeIsRejected() {
        String json = PolicyJson.write(policy).replace("\"feverThreshold\": 37.3", "\"feverThreshold\": 44.0");
        assertThatThrownBy(() -> PolicyJson.parse(json)).hasMessageContaining("fever threshold");
    }

    @Test
    void overlappingSlotsAreRejected() {
        String json = PolicyJson.write(policy).replace("14:00-20:00", "11:00-20:00");
        assertThatThrownBy(() -> PolicyJson.parse(json)).hasMessageContaining("overlap");
    }

    @Test
    void aDeeplyNestedDocumentIsRefusedNotAStackOverflow() {
        String json = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> PolicyJson.parse(json))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo("policy.json.depth"));
    }

    @Test
    void malformedJsonIsADataFileErrorWithItsPosition() {
        assertThatThrownBy(() -> PolicyJson.parse("{\"id\": "))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.kind()).isEqualTo(dev.quarantine.core.ErrorKind.DATA_FILE))
                .hasMessageContaining("character 7");
    }

    @Test
    void minimalPolicyFileTakesDefaultsForOmittedFields() {
        Policy p = PolicyJson.parse("""
                {"id": "strict-2020-03", "effectiveFrom": "2020-03-01",
                 "rules": [{"origins": ["*"], "category": "OUT_OF_PROVINCE", "days": 14, "doorTag": "RED"}],
                 "shares": {"hotel-waiver": 33.33, "subsidy": 33.34, "person": 33.33}}
                """);
        assertThat(p.classify(catalog.resolve("郑州")).category()).isEqualTo(Category.OUT_OF_PROVINCE);
        assertThat(p.feverThreshold()).isEqualTo(policy.feverThreshold());
        assertThat(p.shares().personBp()).isEqualTo(3333);
    }

    @Test
    void caseFallsUnderTheVersionInForceOnItsArrivalDate() {
        Policy strict = PolicyJson.parse("""
                {"id": "strict-2020-03", "effectiveFrom": "2020-03-01",
                 "rules": [{"origins": ["*"], "category": "OUT_OF_PROVINCE", "days": 21, "doorTag": "RED"}]}
                """);
        PolicyBook book = PolicyBook.of(strict, policy);
        assertThat(book.inForce(LocalDate.of(2020, 2, 29)).id()).isEqualTo("zhengzhou-2020-02");
        assertThat(book.inForce(LocalDate.of(2020, 3, 1)).id()).isEqualTo("strict-2020-03");
        assertThat(book.inForce(LocalDate.of(2020, 1, 1)).id()).isEqualTo("zhengzhou-2020-02");
        assertThat(book.latest().id()).isEqualTo("strict-2020-03");
    }

    @Test
    void twoVersionsOnOneDateAreRejected() {
        Policy same = PolicyJson.parse(PolicyJson.write(policy).replace("zhengzhou-2020-02", "other"));
        assertThatThrownBy(() -> PolicyBook.of(policy, same)).hasMessageContaining("both take effect");
    }
}
