package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fever reading entered anywhere is a health fact: stored, its alert opened (fever list shows it), and then the
 * admission or release refused — through one path for temp, admit, release and roster imports.
 */
class HealthReadingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = CliHarness.id("420106", "19900101", "102");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-01T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-01T08:05", "hotel", "add", "锦江之星", "--rooms", "101", "--rate", "180").code())
                .isZero();
    }

    private JsonNode json(String... args) throws Exception {
        CliHarness.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    private CliHarness.Result admitNew(String now, String name, String id, String temp) {
        return cli.at(now, "admit", "--name", name, "--id", id, "--phone", "13937155678", "--origin", "武汉", "--arrived",
                "2020-02-01", "--temp", temp);
    }

    @Test
    void aFeverAtAdmissionIsKeptWithItsAlertAndTheAdmissionRefused() throws Exception {
        CliHarness.Result r = admitNew("2020-02-01T09:00", "李娜", ID, "37.5");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("fever").contains("recorded").contains("alert");
        JsonNode c = json("--format", "json", "show", "Q000001");
        assertThat(c.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(c.get("readings")).singleElement().satisfies(reading -> {
            assertThat(reading.get("temperature").asText()).isEqualTo("37.5");
            assertThat(reading.get("fever").asBoolean()).isTrue();
        });
        assertThat(json("--format", "json", "fever", "list")).singleElement()
                .satisfies(a -> assertThat(a.get("caseNumber").asText()).isEqualTo("Q000001"));
        // The registered case at the door again: the reading is kept too.
        CliHarness.Result again = cli.at("2020-02-01T10:00", "admit", "Q000001", "--temp", "37.8");
        assertThat(again.code()).isEqualTo(3);
        assertThat(json("--format", "json", "show", "Q000001").get("readings")).hasSize(2);
    }

    @Test
    void aFullHotelStillRegistersNothing() throws Exception {
        assertThat(admitNew("2020-02-01T09:00", "王伟", CliHarness.id("410105", "19850312", "101"), "36.5").code())
                .isZero();
        CliHarness.Result full = admitNew("2020-02-01T09:30", "李娜", ID, "36.6");
        assertThat(full.code()).isEqualTo(3);
        assertThat(full.err()).contains("full");
        assertThat(json("--format", "json", "list").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aFeverAtTheReleaseCheckIsKeptWithItsAlertAndTheReleaseRefused() throws Exception {
        assertThat(admitNew("2020-02-01T09:00", "李娜", ID, "36.5").code()).isZero();
        CliHarness.Result r = cli.at("2020-02-15T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "37.6");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("37.6");
        JsonNode c = json("--format", "json", "show", "Q000001");
        assertThat(c.get("status").asText()).isEqualTo("ADMITTED");
        assertThat(c.get("readings").get(1).get("temperature").asText()).isEqualTo("37.6");
        assertThat(c.get("readings").get(1).get("recordedBy").asText()).isEqualTo("张医生");
        assertThat(json("--format", "json", "fever", "list")).hasSize(1);
        // The alert now stands in the way, as any open alert does.
        CliHarness.Result later = cli.at("2020-02-15T11:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.5");
        assertThat(later.code()).isEqualTo(3);
        assertThat(later.err()).contains("fever alert is open");
    }

    @Test
    void aRosterFeverAtImportWithAdmitIsKeptTheSameWay() throws Exception {
        Path roster = Files.writeString(dir.resolve("r.csv"), "姓名,身份证号码,联系电话,来源地,返郑日期,体温\n"
                + "李娜," + ID + ",13937155678,武汉,2020-02-01,37.5\n");
        CliHarness.Result r = cli.at("2020-02-01T09:00", "--format", "json", "import", roster.toString(), "--admit");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(JSON.readTree(r.out()).get("notAdmittedFever").asInt()).isEqualTo(1);
        assertThat(json("--format", "json", "fever", "list")).hasSize(1);
    }

    @Test
    void aRosterReadingOfSomeoneWhoNeedsNoQuarantineIsNamedNotDroppedSilently() throws Exception {
        String kaifeng = CliHarness.id("410205", "19880808", "103");
        String other = CliHarness.id("410205", "19920202", "104");
        Path roster = Files.writeString(dir.resolve("r.csv"), "姓名,身份证号码,联系电话,来源地,返郑日期,体温\n"
                + "王伟," + kaifeng + ",13803711234,开封,2020-02-01,37.9\n"
                + "赵敏," + other + ",13803715678,开封,2020-02-01,36.5\n");
        CliHarness.Result r = cli.at("2020-02-01T09:00", "--format", "json", "import", roster.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(JSON.readTree(r.out()).get("warnings").toString())
                .contains("line 2: 体温 37.9 °C is a fever and was not recorded: arrivals from 河南省开封市 need no quarantine")
                .contains("line 3: 体温 36.5 °C was not recorded");
        assertThat(json("--format", "json", "fever", "list")).isEmpty();
        Path zhRoster = Files.writeString(dir.resolve("r2.csv"), "姓名,身份证号码,联系电话,来源地,返郑日期,体温\n"
                + "孙丽," + CliHarness.id("410205", "19950505", "105") + ",13803719999,开封,2020-02-01,38.2\n");
        CliHarness.Result zh = cli.at("2020-02-01T09:00", "--lang", "zh", "--format", "json", "import",
                zhRoster.toString());
        assertThat(zh.code()).as(zh.toString()).isZero();
        assertThat(JSON.readTree(zh.out()).get("warnings").toString()).contains("第 2 行：体温 38.2℃ 属发热，但未记录")
                .contains("无需隔离");
    }
}
