package dev.quarantine.core.region;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class RegionCatalogTest {
    /** Long enough never to fail on a slow machine; short enough that a quadratic reading is caught. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private final RegionCatalog catalog = RegionCatalog.bundled();

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource({
            "411525, 411525",
            "4113, 4113",
            "42, 42",
            "河南省南阳市, 4113",
            "南阳市, 4113",
            "南阳, 4113",
            "河南南阳, 4113",
            "信阳市固始县, 411525",
            "固始县, 411525",
            "固始, 411525",
            "湖北孝感, 4209",
            "武汉, 4201",
            "武汉市, 4201",
            "湖北省武汉市, 4201",
            "浙江省温州市, 3303",
            "驻马店, 4117",
            "河南省信阳市固始县, 411525",
            "北京朝阳区, 110105",
            "北京市朝阳区, 110105",
            "香港, 81",
            "澳门特别行政区, 82",
            "台湾, 71",
            "香港九龙, 81",
            "恩施, 4228",
            "'　４１１５２５　', 411525",
            "' 南 阳 ', 4113",
    })
    void resolvesEveryOriginForm(String origin, String code) {
        assertThat(catalog.resolve(origin).code()).isEqualTo(code);
    }

    @Test
    void ambiguousNameListsEveryCandidate() {
        assertThatThrownBy(() -> catalog.resolve("朝阳区"))
                .isInstanceOfSatisfying(QuarantineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
                    assertThat(e.key()).isEqualTo("origin.ambiguous");
                })
                .hasMessageContaining("朝阳区")
                .hasMessageContaining("110105")
                .hasMessageContaining("220104");
    }

    @Test
    void ambiguousNameIsMadeUniqueByItsPrefecture() {
        assertThatThrownBy(() -> catalog.resolve("新华区")).hasMessageContaining("130105");
        assertThat(catalog.resolve("石家庄市新华区").code()).isEqualTo("130105");
        assertThat(catalog.resolve("河北石家庄新华区").code()).isEqualTo("130105");
    }

    @ParameterizedTest(name = "unknown origin {0} is refused repeating the input")
    @CsvSource({"火星", "999999", "4199", "12345", "河南省火星市"})
    void unknownOriginRepeatsTheInput(String origin) {
        assertThatThrownBy(() -> catalog.resolve(origin))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.key()).isEqualTo("origin.unknown"))
                .hasMessageContaining(origin);
    }

    @Test
    void emptyOriginIsRefused() {
        assertThatThrownBy(() -> catalog.resolve("  ")).hasMessageContaining("origin is empty");
    }

    @Test
    void fullNameJoinsTheAncestors() {
        assertThat(catalog.resolve("411525").fullName()).isEqualTo("河南省信阳市固始县");
        assertThat(catalog.resolve("110105").fullName()).isEqualTo("北京市朝阳区");
    }

    @Test
    void shortNamesDropSuffixesAndEthnicNames() {
        assertThat(NameIndex.shortName("恩施土家族苗族自治州")).isEqualTo("恩施");
        assertThat(NameIndex.shortName("河南省")).isEqualTo("河南");
        assertThat(NameIndex.shortName("广西壮族自治区")).isEqualTo("广西");
        assertThat(NameIndex.shortName("伊犁哈萨克自治州")).isEqualTo("伊犁");
        assertThat(NameIndex.shortName("鄂温克族自治旗")).isEqualTo("鄂温克");
        assertThat(NameIndex.shortName("浦东新区")).isEqualTo("浦东");
    }

    @Test
    void aSuffixIsDroppedOnlyWhenTwoCharactersRemain() {
        assertThat(NameIndex.shortName("神农架林区")).isEqualTo("神农架");
        assertThat(NameIndex.shortName("碑林区")).isEqualTo("碑林");
        assertThat(NameIndex.shortName("北林区")).isEqualTo("北林");
        assertThat(NameIndex.shortName("清新区")).isEqualTo("清新");
        assertThat(catalog.resolve("碑林").code()).isEqualTo("610103");
    }

    @ParameterizedTest(name = "{0} is refused: it may name another place")
    @CsvSource({"中山大学", "南京路", "朝阳镇", "南阳市场", "河南省南洋市", "广东省务工返乡", "南阳县", "资阳县",
            "湖北长沙", "中国", "吉林吉林松原", "南阳市信阳市"})
    void neverGuesses(String origin) {
        assertThatThrownBy(() -> catalog.resolve(origin))
                .isInstanceOfSatisfying(QuarantineException.class,
                        e -> assertThat(e.key()).isEqualTo("origin.unknown"))
                .hasMessageContaining(origin);
    }

    @Test
    void theLeadingPlaceDecidesAndTheRestIsNotRead() {
        assertThat(catalog.resolve("湖北省武汉市汉口火车站").code()).isEqualTo("4201");
        assertThat(catalog.resolve("武汉市江汉路步行街").code()).isEqualTo("4201"); // 江汉路 is a street, not 江汉区
        assertThat(catalog.resolve("济南市中区").code()).isEqualTo("370103"); // 济南 + 市中区, not 济南市 + 中区
    }

    @Test
    void theWholeTextIsKeptAsTypedWhenItSaysMoreThanThePlace() {
        assertThat(catalog.resolveAsTyped(" 湖北省武汉市汉口火车站\u3000"))
                .isEqualTo(new ResolvedOrigin(catalog.byCode("4201").orElseThrow(), "湖北省武汉市汉口火车站"));
        assertThat(catalog.resolveAsTyped("衡水市武邑县务工返乡").text()).isEqualTo("衡水市武邑县务工返乡");
        assertThat(catalog.resolveAsTyped("衡水市武邑县务工返乡").region().code()).isEqualTo("131122");
        for (String whole : new String[] {"武汉", "湖北省武汉市", "湖北（武汉）", "湖北省/武汉市。", "4201", "420100", "武汉汉口",
                "中国湖北武汉"}) {
            ResolvedOrigin r = catalog.resolveAsTyped(whole);
            assertThat(r.region().code()).as(whole).isEqualTo("4201");
            assertThat(r.text()).as(whole).isNull();
            assertThat(r.typed()).as(whole).isEqualTo("湖北省武汉市");
        }
        // A text equal to the full name is no text.
        assertThat(new ResolvedOrigin(catalog.byCode("4201").orElseThrow(), "湖北省武汉市").text()).isNull();
    }

    @Test
    void aCandidateOfHongKongOrTaiwanIsNamedWithItsDistrict() {
        assertThatThrownBy(() -> catalog.resolve("南区"))
                .hasMessageContaining("香港特别行政区南区 81")
                .hasMessageContaining("台湾省南区 71");
    }

    /** Names of Hong Kong or Taiwan districts that mainland divisions also bear: the mainland one is meant. */
    @ParameterizedTest(name = "{0} is a mainland place")
    @ValueSource(strings = {"东区", "东山", "东山区", "中山", "中山区", "九龙", "凤山", "北屯", "和平", "和平区", "复兴",
            "复兴区", "大同", "大同区", "大埔", "大安", "大安区", "太平", "太平区", "安定", "安定区", "安平", "文山",
            "新兴", "新兴区", "新化", "新北", "新市", "新市区", "松山", "松山区", "林口", "桃源", "永和", "永安", "永康",
            "泰山", "泰山区", "清水", "白河", "石门", "西区", "金山", "金山区", "龙井", "龙潭", "龙潭区"})
    void mainlandNamesOutrankHongKongAndTaiwanDistricts(String origin) {
        List<String> codes;
        try {
            codes = List.of(catalog.resolve(origin).code());
        } catch (QuarantineException e) {
            assertThat(e.key()).isEqualTo("origin.ambiguous");
            codes = Arrays.stream(e.args()[1].toString().split(", "))
                    .map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList();
        }
        assertThat(codes).noneMatch(c -> c.startsWith("71") || c.startsWith("81") || c.startsWith("82"));
    }

    @Test
    void aHugeOriginIsRefusedBeforeAnyReading() {
        String huge = "湖北省武汉市" + "汉".repeat(1_000_000);
        // The timeout only guards against a hang; the work is bounded, not timed.
        assertTimeoutPreemptively(HANG_GUARD, () -> assertThatThrownBy(() -> catalog.resolve(huge))
                .isInstanceOfSatisfying(QuarantineException.class, e -> {
                    assertThat(e.key()).isEqualTo("origin.tooLong");
                    assertThat(e.args()).containsExactly(1_000_006, RegionCatalog.MAX_ORIGIN_LENGTH);
                    assertThat(e.getMessage()).hasSizeLessThan(100);
                }));
        String atTheLimit = "湖北省武汉市" + "汉口火车站".repeat(38) + "    ";
        assertThat(catalog.resolve(atTheLimit).code()).isEqualTo("4201");
    }

    /**
     * The reading itself, without the length limit in front of it, looks only at the leading place: a million
     * characters after it cost one pass (folding and separating), however they are made.
     */
    @ParameterizedTest(name = "{0} + a million characters: {1}")
    @CsvSource({
            "湖北省武汉市, 汉口火车站, 4201",
            "湖北（武汉）, '，', 4201",
            "信阳市固始县, 务工返乡, 411525",
            "河南省信阳市, 湖北省武汉市, unknown",
            "朝阳区, 务工, ambiguous",
            "火星, 火星, unknown",
            "南阳, 南阳市场, unknown",
            "河, 南, unknown",
    })
    void readingAMillionCharacterOriginLooksOnlyAtItsLeadingPlace(String place, String filler, String expected) {
        String text = TextNormalizer.foldNoSpaces(place + filler.repeat(1_000_000 / filler.length()));
        assertThat(text.length()).isGreaterThanOrEqualTo(1_000_000);
        List<NameIndex.Entry> found = assertTimeoutPreemptively(HANG_GUARD, () -> catalog.matcher().match(text)).entries();
        List<String> regions = found.stream().map(e -> e.region().code()).distinct().toList();
        switch (expected) {
            case "ambiguous" -> assertThat(regions).hasSizeGreaterThan(1);
            case "unknown" -> assertThat(regions).isEmpty();
            default -> assertThat(regions).containsExactly(expected);
        }
    }

    @Test
    void everyAliasNamesItsSourceAndResolvesToItsCode() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                RegionCatalog.class.getResourceAsStream("aliases.csv"), StandardCharsets.UTF_8))) {
            List<String> rows = in.lines().skip(1).filter(l -> !l.isBlank()).toList();
            assertThat(rows).hasSizeGreaterThan(100);
            for (String row : rows) {
                String[] f = row.split(",", 3);
                assertThat(f[2]).as(row).isNotBlank();
                assertThat(catalog.resolve(f[0]).code()).as(row).isEqualTo(f[1]);
            }
        }
    }

    @ParameterizedTest(name = "area code {0} is current: {1}")
    @CsvSource({"411525, true", "420100, true", "420000, true", "460400, true", "810000, true", "820000, true",
            "830000, true", "110103, false", "310103, false", "710000, false", "411599, false", "4115, false",
            "41152X, false", "'', false"})
    void tellsWhetherAnAreaCodeIsCurrent(String code, boolean current) {
        assertThat(catalog.isCurrentAreaCode(code)).isEqualTo(current);
    }

    @Test
    void catalogHoldsEveryLevelIncludingHongKongMacauTaiwan() {
        assertThat(catalog.all()).filteredOn(r -> r.level() == RegionLevel.PROVINCE).hasSize(34);
        assertThat(catalog.byCode("81")).isPresent();
        assertThat(catalog.all().size()).isGreaterThan(3000);
    }
}
