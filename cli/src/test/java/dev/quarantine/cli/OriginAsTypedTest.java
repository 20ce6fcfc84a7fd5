package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: an origin with text after the place is registered by the place and keeps the whole text as typed; {@code show}
 * prints it under its own label only when it says more than the origin, JSON always carries it.
 */
class OriginAsTypedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2020-02-10T09:00";

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
        assertThat(cli.at(NOW, "register", "--name", "王伟", "--id", "110105198001010016", "--phone", "13800000001",
                "--origin", "湖北省武汉市汉口火车站", "--arrived", "2020-02-03").code()).isZero();
        assertThat(cli.at(NOW, "register", "--name", "李娜", "--id", "110105198001010024", "--phone", "13900000002",
                "--origin", "武汉", "--arrived", "2020-02-03").code()).isZero();
    }

    @Test
    void showPrintsTheOriginAsTypedOnlyWhenItSaysMoreThanTheOrigin() {
        String typed = cli.run("show", "Q000001").out();
        assertThat(typed).containsPattern("Origin +湖北省武汉市\\R").containsPattern("Origin code +4201\\R")
                .containsPattern("Origin as typed +湖北省武汉市汉口火车站\\R");
        String plain = cli.run("show", "Q000002").out();
        assertThat(plain).containsPattern("Origin +湖北省武汉市\\R").doesNotContain("Origin as typed");
        // Labels line up alike whether the line is there or not.
        assertThat(column(typed, "Origin code")).isEqualTo(column(plain, "Origin code"));
        String zh = cli.run("--lang", "zh", "show", "Q000001").out();
        assertThat(zh).containsPattern("来源地原文 +湖北省武汉市汉口火车站\\R");
        assertThat(cli.run("--lang", "zh", "show", "Q000002").out()).doesNotContain("来源地原文");
    }

    @Test
    void jsonCarriesTheOriginAsTypedAlways() throws Exception {
        JsonNode typed = JSON.readTree(cli.run("--format", "json", "show", "Q000001").out());
        assertThat(typed.get("origin").asText()).isEqualTo("湖北省武汉市");
        assertThat(typed.get("originCode").asText()).isEqualTo("4201");
        assertThat(typed.get("originText").asText()).isEqualTo("湖北省武汉市汉口火车站");
        JsonNode plain = JSON.readTree(cli.run("--format", "json", "show", "Q000002").out());
        assertThat(plain.get("originText").asText()).isEqualTo("湖北省武汉市");
        JsonNode list = JSON.readTree(cli.run("--format", "json", "list").out()).get("cases");
        assertThat(list.get(0).get("originText").asText()).isEqualTo("湖北省武汉市汉口火车站");
    }

    @Test
    void exportWritesTheTextOnlyWhereItSaysMore() {
        String csv = cli.run("export", "cases").out();
        assertThat(csv).contains(",4201,湖北省武汉市,湖北省武汉市汉口火车站,2020-02-03,")
                .contains(",4201,湖北省武汉市,,2020-02-03,");
    }

    @Test
    void amendWithANewOriginKeepsItsText() throws Exception {
        CliHarness.Result r = cli.at(NOW, "amend", "Q000002", "--origin", "衡水市武邑县务工返乡", "--reason", "来源地填错");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("Origin +湖北省武汉市 +河北省衡水市武邑县\\R")
                .containsPattern("Origin as typed +湖北省武汉市 +衡水市武邑县务工返乡\\R");
        JsonNode c = JSON.readTree(cli.run("--format", "json", "show", "Q000002").out());
        assertThat(c.get("originCode").asText()).isEqualTo("131122");
        assertThat(c.get("originText").asText()).isEqualTo("衡水市武邑县务工返乡");
        // A correction of anything else keeps it.
        assertThat(cli.at(NOW, "amend", "Q000001", "--name", "王玮", "--reason", "姓名录错").code()).isZero();
        assertThat(cli.run("show", "Q000001").out()).containsPattern("Origin as typed +湖北省武汉市汉口火车站\\R");
    }

    /** Where the value of the line labelled {@code label} starts. */
    private static int column(String out, String label) {
        String line = out.lines().filter(l -> l.startsWith(label + " ")).findFirst().orElseThrow();
        int i = label.length();
        while (line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
