package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district's register of several offices through the real command line (on SQLite and, in the second test run, on
 * PostgreSQL): with one office nobody names it; with several, cases belong to the office that registered them, a
 * clerk sees their office's, the district sees all with a line per office, and letters carry the office's signature.
 */
class OfficesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A_ID = CliHarness.id("411302", "19850312", "101");
    private static final String B_ID = CliHarness.id("420106", "19900101", "102");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        ok(cli.at("2020-02-01T08:00", "init"));
        ok(cli.at("2020-02-01T08:05", "hotel", "add", "锦江之星", "--rooms", "101-104", "--rate", "180"));
    }

    private static CliHarness.Result ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--format", "json"));
        all.addAll(List.of(args));
        return JSON.readTree(ok(cli.at("2020-02-03T18:00", all.toArray(String[]::new))).out());
    }

    private CliHarness.Result admit(String office, String name, String id, String phone) {
        return cli.at("2020-02-03T09:00", "--office", office, "admit", "--name", name, "--id", id, "--phone", phone,
                "--origin", "河南南阳", "--arrived", "2020-02-03", "--temp", "36.5", "--commitment-signed");
    }

    @Test
    void aRegisterHasOneOfficeThatNobodyHasToName() throws Exception {
        JsonNode offices = json("office", "list");
        assertThat(offices).hasSize(1);
        assertThat(offices.get(0).get("name").asText()).isEqualTo("本街道");
        assertThat(offices.get(0).get("letterName").asText()).isEqualTo("街道办事处疫情防控指挥部");
        CliHarness.Result r = ok(cli.at("2020-02-03T09:00", "admit", "--name", "王伟", "--id", A_ID, "--phone",
                "13803711234", "--origin", "河南南阳", "--arrived", "2020-02-03", "--temp", "36.5"));
        assertThat(r.out()).contains("街道办事处疫情防控指挥部");
        assertThat(json("show", "Q000001").has("office")).isFalse(); // one office: not worth a line on every case
    }

    @Test
    void withSeveralOfficesEachSeesItsOwnAndTheDistrictSeesAll() throws Exception {
        ok(cli.at("2020-02-02T08:00", "office", "edit", "本街道", "--rename", "祭城路街道", "--letter-name",
                "祭城路街道办事处疫情防控指挥部"));
        ok(cli.at("2020-02-02T08:01", "office", "add", "如意湖街道", "--letter-name", "如意湖街道办事处疫情防控指挥部",
                "--phone", "0371-6661-2345"));
        // With two offices a registration must say whose it is.
        CliHarness.Result unnamed = cli.at("2020-02-03T09:00", "register", "--name", "王伟", "--id", A_ID, "--phone",
                "13803711234", "--origin", "河南南阳", "--arrived", "2020-02-03");
        assertThat(unnamed.code()).as(unnamed.toString()).isEqualTo(2);
        assertThat(unnamed.err()).contains("--office");
        assertThat(ok(admit("祭城路街道", "王伟", A_ID, "13803711234")).out()).contains("祭城路街道办事处疫情防控指挥部");
        assertThat(ok(admit("如意湖街道", "李娜", B_ID, "13903712345")).out()).contains("如意湖街道办事处疫情防控指挥部")
                .doesNotContain("祭城路街道办事处");

        assertThat(json("--office", "祭城路街道", "list").get("cases")).extracting(n -> n.get("name").asText()).containsExactly("王伟");
        assertThat(json("--office", "如意湖街道", "list").get("cases")).extracting(n -> n.get("name").asText()).containsExactly("李娜");
        JsonNode all = json("--office", "如意湖街道", "list", "--all-offices").get("cases");
        assertThat(all).extracting(n -> n.get("name").asText()).containsExactly("王伟", "李娜");
        assertThat(all).extracting(n -> n.get("office").asText()).containsExactly("祭城路街道", "如意湖街道");
        assertThat(json("--office", "祭城路街道", "find", "李娜").get("cases")).isEmpty();
        // Another office's case is not found by number either (exit 4), nor changed.
        CliHarness.Result other = cli.at("2020-02-03T10:00", "--office", "祭城路街道", "temp", "Q000002", "36.6");
        assertThat(other.code()).as(other.toString()).isEqualTo(4);

        JsonNode report = json("--office", "祭城路街道", "report", "daily", "--all-offices");
        assertThat(report.get("census").get("openTotal").asInt()).isEqualTo(2);
        JsonNode lines = report.get("census").get("offices");
        assertThat(lines).extracting(n -> n.get("office").asText()).containsExactly("祭城路街道", "如意湖街道");
        assertThat(lines).extracting(n -> n.get("inHotel").asInt()).containsExactly(1, 1);
        assertThat(lines).extracting(n -> n.get("admitted").asInt()).containsExactly(1, 1);
        JsonNode own = json("--office", "祭城路街道", "report", "daily");
        assertThat(own.get("census").get("openTotal").asInt()).isEqualTo(1);
        assertThat(own.get("census").has("offices")).isFalse();

        JsonNode offices = json("office", "list");
        assertThat(offices).extracting(n -> n.get("openCases").asInt()).containsExactly(1, 1);
        assertThat(json("--office", "如意湖街道", "notice", "Q000002").get("name").asText()).isEqualTo("李娜");
        assertThat(ok(cli.at("2020-02-03T18:00", "--office", "如意湖街道", "notice", "Q000002")).out())
                .contains("如意湖街道办事处疫情防控指挥部");
    }

    @Test
    void anUnknownOfficeIsNamedWithTheOnesThatExist() {
        CliHarness.Result r = cli.at("2020-02-03T09:00", "--office", "不存在街道", "list");
        assertThat(r.code()).as(r.toString()).isEqualTo(4);
        assertThat(r.err()).contains("不存在街道").contains("本街道");
        ok(cli.at("2020-02-02T08:01", "office", "add", "如意湖街道"));
        CliHarness.Result twice = cli.at("2020-02-02T08:02", "office", "add", "如意湖街道");
        assertThat(twice.code()).as(twice.toString()).isEqualTo(3);
    }

    @Test
    @Tag("sqlite-only")
    void loginsPerOfficeNeedADatabaseServer() {
        CliHarness.Result r = cli.at("2020-02-02T08:00", "office", "grant", "本街道", "--role", "office_a");
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("PostgreSQL");
    }
}
