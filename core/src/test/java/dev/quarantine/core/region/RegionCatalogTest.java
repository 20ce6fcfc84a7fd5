package dev.quarantine.core.region;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCatalogTest {
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
        assertThat(RegionCatalog.shortName("恩施土家族苗族自治州")).isEqualTo("恩施");
        assertThat(RegionCatalog.shortName("河南省")).isEqualTo("河南");
        assertThat(RegionCatalog.shortName("广西壮族自治区")).isEqualTo("广西");
    }

    @Test
    void catalogHoldsEveryLevelIncludingHongKongMacauTaiwan() {
        assertThat(catalog.all()).filteredOn(r -> r.level() == RegionLevel.PROVINCE).hasSize(34);
        assertThat(catalog.byCode("81")).isPresent();
        assertThat(catalog.all().size()).isGreaterThan(3000);
    }
}
