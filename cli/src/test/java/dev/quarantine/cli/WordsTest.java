package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message says what happened, in the user's language, and every value printed can be typed back. */
class WordsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WUHAN = CliHarness.id("420106", "19900101", "102");
    private static final String NANYANG = CliHarness.id("411302", "19850312", "101");
    private static final String KAIFENG = CliHarness.id("410202", "19930303", "108");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-01T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-01T08:05", "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180").code())
                .isZero();
    }

    private CliHarness.Result register(String name, String id, String origin) {
        return cli.at("2020-02-03T09:00", "register", "--name", name, "--id", id, "--phone", "13937155678", "--origin",
                origin, "--arrived", "2020-02-03");
    }

    private JsonNode json(CliHarness.Result r) throws Exception {
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aHomeCaseHasNoRoomToDisinfectAndNoNoticeLetter() {
        assertThat(register("李娜", WUHAN, "武汉").code()).isZero();
        CliHarness.Result notice = cli.run("notice", "Q000001");
        assertThat(notice.code()).isEqualTo(3);
        assertThat(notice.err()).contains("never admitted to a hotel").contains("on admission").doesNotContain("bill");
        CliHarness.Result released = cli.at("2020-02-17T10:00", "release", "Q000001", "--checked-by", "张医生");
        assertThat(released.code()).as(released.toString()).isZero();
        assertThat(released.err()).contains("released from home observation").doesNotContain("room");
        assertThat(register("王伟", NANYANG, "南阳").code()).isZero();
        CliHarness.Result transferred = cli.at("2020-02-04T10:00", "transfer", "Q000002", "--hospital", "郑州市第六人民医院");
        assertThat(transferred.err()).contains("transferred to 郑州市第六人民医院").doesNotContain("room");
    }

    @Test
    void aCaseNeedingNoQuarantineIsNotGivenAReleaseDate() {
        CliHarness.Result r = register("周芳", KAIFENG, "开封");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("no quarantine required").doesNotContain("eligible");
    }

    @Test
    void aCancelledCaseOwesNothing() throws Exception {
        assertThat(cli.at("2020-02-03T09:00", "admit", "--name", "李娜", "--id", WUHAN, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-03", "--temp", "36.5").code()).isZero();
        assertThat(json(cli.at("2020-02-04T09:00", "--format", "json", "report", "daily")).get("money")
                .get("total").asText()).isEqualTo("2520.00");
        assertThat(cli.at("2020-02-04T10:00", "cancel", "Q000001", "--reason", "录入错误").code()).isZero();
        JsonNode bill = json(cli.at("2020-02-04T10:05", "--format", "json", "bill", "Q000001"));
        assertThat(bill.get("total").asText()).isEqualTo("0.00");
        assertThat(bill.get("outstanding").asText()).isEqualTo("0.00");
        JsonNode money = json(cli.at("2020-02-04T10:05", "--format", "json", "report", "daily")).get("money");
        assertThat(money.get("total").asText()).isEqualTo("0.00");
        assertThat(money.get("outstanding").asText()).isEqualTo("0.00");
    }

    @Test
    void refusalsSayWhatWasDoneAlreadyAndWhenInThePolicysZone() throws Exception {
        assertThat(cli.at("2020-02-03T09:00", "admit", "--name", "李娜", "--id", WUHAN, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-03", "--temp", "36.5").code()).isZero();
        assertThat(cli.at("2020-02-11T14:00", "service", "add", "Q000001", "--type", "meal").code()).isZero();
        assertThat(cli.at("2020-02-11T14:10", "service", "done", "1").code()).isZero();
        CliHarness.Result again = cli.at("2020-02-11T15:00", "service", "done", "1");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("2020-02-11 14:10").doesNotContain("06:10").doesNotContain("Z");
        assertThat(cli.at("2020-02-03T10:00", "commitment", "Q000001").code()).isZero();
        CliHarness.Result twice = cli.at("2020-02-03T11:00", "commitment", "Q000001");
        assertThat(twice.code()).isEqualTo(3);
        assertThat(twice.err()).contains("already").contains("2020-02-03 10:00");
        assertThat(cli.at("2020-02-04T08:00", "temp", "Q000001", "38.1").code()).isZero();
        assertThat(cli.at("2020-02-04T08:10", "fever", "report", "Q000001", "--to", "指挥部").code()).isZero();
        CliHarness.Result reported = cli.at("2020-02-04T09:00", "fever", "report", "Q000001", "--to", "指挥部");
        assertThat(reported.code()).isEqualTo(3);
        assertThat(reported.err()).contains("already").contains("2020-02-04 08:10").contains("指挥部");
    }

    @Test
    void hotelRoomsNamesNoOptionItDoesNotHave() {
        assertThat(cli.at("2020-02-01T08:06", "hotel", "add", "如家", "--rooms", "1-2", "--rate", "150").code()).isZero();
        CliHarness.Result r = cli.run("hotel", "rooms");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("如家").contains("锦江之星").doesNotContain("--hotel");
        assertThat(cli.run("hotel", "rooms", "如家").code()).isZero();
    }

    @Test
    void exportRefusesEncodingsThatLoseChineseBeforeWriting() {
        assertThat(register("李娜", WUHAN, "武汉").code()).isZero();
        Path out = dir.resolve("cases.csv");
        CliHarness.Result r = cli.run("export", "cases", "--out", out.toString(), "--encoding", "latin1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("latin1").contains("utf-8");
        assertThat(out).doesNotExist();
        assertThat(cli.run("export", "cases", "--out", out.toString(), "--encoding", "gbk").code()).isZero();
    }

    @Test
    void aRoomGivenTwiceIsRefusedNamingIt() {
        CliHarness.Result r = cli.at("2020-02-01T08:06", "hotel", "add", "如家", "--rooms", "1-3,2", "--rate", "150");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rooms").contains("room 2 appears twice");
    }

    @Test
    void machineFormatsListEverythingAndSayHowMany() throws Exception {
        for (int i = 0; i < 105; i++) {
            assertThat(register("张伟", CliHarness.id("420106", "19900101", String.format("%03d", i)), "武汉").code()).isZero();
        }
        JsonNode all = json(cli.run("--format", "json", "list"));
        assertThat(all.get("cases")).hasSize(105);
        assertThat(all.get("total").asInt()).isEqualTo(105);
        assertThat(cli.run("--format", "csv", "list").out().split("\\R")).hasSize(106);
        JsonNode limited = json(cli.run("--format", "json", "list", "--limit", "10"));
        assertThat(limited.get("cases")).hasSize(10);
        assertThat(limited.get("total").asInt()).isEqualTo(105);
        CliHarness.Result table = cli.run("list");
        assertThat(table.out().split("\\R")).hasSize(102);
        assertThat(table.err()).contains("100 of 105");
    }

    @Test
    void historyShowsWhatWasDoneOnce() {
        assertThat(cli.at("2020-02-03T09:00", "admit", "--name", "李娜", "--id", WUHAN, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-03", "--temp", "36.5").code()).isZero();
        String[] lines = cli.run("history", "Q000001").out().split("\\R");
        assertThat(lines[0]).contains("Action").doesNotContain("Command");
        assertThat(lines[2]).contains("register (by admit)");
        assertThat(lines[3]).contains("admit").doesNotContain("admit  admit");
    }

    @Test
    void chineseModeShowsChineseLabelsStatesAndSeparators() throws Exception {
        assertThat(register("李娜", WUHAN, "武汉").code()).isZero();
        String hotels = cli.run("--lang", "zh", "hotel", "list").out();
        assertThat(hotels).contains("酒店名称").contains("酒店地址").doesNotContain("姓名");
        assertThat(cli.run("--lang", "zh", "show", "Q000001").out()).contains("证件类型    身份证");
        Path roster = Files.writeString(dir.resolve("r.csv"), "name,id_number,phone,origin,arrival_date\n");
        assertThat(cli.at("2020-02-03T10:00", "--lang", "zh", "import", roster.toString(), "--dry-run").out())
                .contains("分隔符").contains("逗号");
        CliHarness.Result refused = cli.at("2020-02-03T10:00", "--lang", "zh", "commitment", "Q000001");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("已登记").doesNotContain("REGISTERED");
        CliHarness.Result twoProblems = cli.at("2020-02-03T10:00", "--lang", "zh", "register", "--name", "王1",
                "--id", "123", "--phone", "1", "--origin", "火星", "--arrived", "2020-02-03");
        assertThat(twoProblems.err()).contains("；").doesNotContain("; ");
    }

    @Test
    void valuesPrintedInChineseAreAcceptedWhenTypedBack() throws Exception {
        assertThat(cli.at("2020-02-03T09:00", "admit", "--name", "李娜", "--id", WUHAN, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-03", "--temp", "36.5").code()).isZero();
        assertThat(json(cli.run("--format", "json", "list", "--status", "已入住")).get("total").asInt()).isEqualTo(1);
        assertThat(json(cli.run("--format", "json", "list", "--category", "省外")).get("total").asInt()).isEqualTo(1);
        assertThat(cli.at("2020-02-03T10:00", "disinfect", "--area", "电梯", "--by", "保洁员").code()).isZero();
        assertThat(cli.at("2020-02-03T10:00", "team", "set", "--block", "1", "--role", "医务人员", "--name", "赵护士",
                "--phone", "13900000001").code()).isZero();
        assertThat(cli.at("2020-02-03T10:00", "service", "add", "Q000001", "--type", "送餐").code()).isZero();
        assertThat(cli.run("--lang", "zh", "team", "list").out()).contains("医务人员");
        assertThat(cli.run("--lang", "zh", "service", "list").out()).contains("送餐");
        CliHarness.Result wrong = cli.run("list", "--status", "sleeping");
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).contains("sleeping").contains("admitted");
    }
}
