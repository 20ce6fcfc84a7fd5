package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lifecycle command through the real command line, including each refusal and its exit code. */
class LifecycleCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NANYANG_ID = CliHarness.id("411302", "19850312", "101");
    private static final String WUHAN_ID = CliHarness.id("420106", "19900101", "102");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-01T08:00", "init").code()).isZero();
        assertThat(cli.at("2020-02-01T08:05", "hotel", "add", "锦江之星", "--rooms", "101-103", "--rate", "¥180.00",
                "--address", "郑东新区祭城路100号").code()).isZero();
    }

    private CliHarness.Result admitNanyang(String now, String temp) {
        return cli.at(now, "admit", "--name", "王伟", "--id", NANYANG_ID, "--phone", "138-0371-1234", "--origin", "河南南阳",
                "--arrived", "2020-02-03", "--temp", temp, "--commitment-signed");
    }

    private JsonNode json(CliHarness.Result r) throws Exception {
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Tag("sqlite-only")

    @Test
    void initCreatesAnOwnerOnlyDatabaseAndRefusesToOverwriteIt() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cli.db))).isEqualTo("rw-------");
        CliHarness.Result again = cli.run("init");
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("already exists");
    }

    @Tag("sqlite-only")

    @Test
    void missingDatabaseSaysToRunInit() {
        cli.env.put("QUARANTINE_DB", dir.resolve("none.db").toString());
        CliHarness.Result r = cli.run("list");
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("quarantine init").contains("none.db");
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    }

    @Test
    void registerPrintsTheCaseMaskedAndJsonHasTheSpecFields() throws Exception {
        JsonNode c = json(cli.at("2020-02-04T09:00", "--format", "json", "register", "--name", "李娜", "--id", WUHAN_ID,
                "--phone", "+86 139 3715 5678", "--origin", "湖北省武汉市", "--arrived", "2020/2/4", "--community", "龙湖社区"));
        assertThat(c.get("caseNumber").asText()).isEqualTo("Q000001");
        assertThat(c.get("idNumber").asText()).isEqualTo("420106********" + WUHAN_ID.substring(14));
        assertThat(c.get("phone").asText()).isEqualTo("139****5678");
        assertThat(c.get("category").asText()).isEqualTo("OUT_OF_PROVINCE");
        assertThat(c.get("periodDays").asInt()).isEqualTo(14);
        assertThat(c.get("eligibleDate").asText()).isEqualTo("2020-02-18");
        assertThat(c.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(c.get("setting").asText()).isEqualTo("HOME");
        assertThat(c.get("doorTag").asText()).isEqualTo("RED");
        for (String field : new String[] {"name", "origin", "arrivalDate", "hotel", "room", "block"}) {
            assertThat(c.has(field)).as(field).isTrue();
        }
        JsonNode unmasked = json(cli.at("2020-02-04T09:00", "--format", "json", "--unmasked", "show", "Q000001"));
        assertThat(unmasked.get("idNumber").asText()).isEqualTo(WUHAN_ID);
        assertThat(cli.run("history", "Q000001").out()).contains("register");
    }

    @Test
    void registeringTheSamePersonAndArrivalAgainIsADuplicateNotASecondCase() throws Exception {
        String[] args = {"register", "--name", "李娜", "--id", WUHAN_ID, "--phone", "13937155678", "--origin", "武汉",
                "--arrived", "2020-02-04"};
        assertThat(cli.at("2020-02-04T09:00", args).code()).isZero();
        CliHarness.Result again = cli.at("2020-02-04T10:00", args);
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("duplicate").contains("Q000001");
        assertThat(json(cli.run("--format", "json", "list")).get("cases").size()).isEqualTo(1);
    }

    @Test
    void aSecondOpenCaseForTheSamePersonIsRefused() {
        cli.at("2020-02-04T09:00", "register", "--name", "李娜", "--id", WUHAN_ID, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-04");
        CliHarness.Result r = cli.at("2020-02-06T09:00", "register", "--name", "李娜", "--id", WUHAN_ID, "--phone",
                "13937155678", "--origin", "武汉", "--arrived", "2020-02-05");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("open case Q000001");
    }

    @Test
    void badIdentityNumberIsAUsageErrorNamingTheValue() {
        String bad = NANYANG_ID.substring(0, 17) + (NANYANG_ID.charAt(17) == '1' ? '2' : '1');
        CliHarness.Result r = cli.at("2020-02-04T09:00", "register", "--name", "王伟", "--id", bad, "--phone",
                "13803711234", "--origin", "南阳", "--arrived", "2020-02-03");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--id").contains(bad).contains("check character");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownCaseIsExitFour() {
        CliHarness.Result r = cli.run("show", "Q000042");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("Q000042");
        assertThat(cli.run("hotel", "rooms", "Hilton").code()).isEqualTo(4);
    }

    @Test
    void admitTakesTheLowestFreeRoomAndPrintsTheNoticeLetter() throws Exception {
        CliHarness.Result r = admitNanyang("2020-02-03T12:00", "36.5");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("集中隔离医学观察告知书").contains("王伟").contains("101").contains("黄色")
                .contains("2020年2月10日").contains("¥1,260.00").doesNotContain(NANYANG_ID);
        JsonNode c = json(cli.run("--format", "json", "show", "Q000001"));
        assertThat(c.get("status").asText()).isEqualTo("ADMITTED");
        assertThat(c.get("room").asText()).isEqualTo("101");
        assertThat(c.get("block").asInt()).isEqualTo(1);
        assertThat(c.get("doorTag").asText()).isEqualTo("YELLOW");
    }

    @Test
    void admitJsonHasAnEstimateWhoseSharesAddUp() throws Exception {
        JsonNode a = json(cli.at("2020-02-03T12:00", "--format", "json", "admit", "--name", "王伟", "--id", NANYANG_ID,
                "--phone", "13803711234", "--origin", "南阳", "--arrived", "2020-02-03", "--temp", "36.5"));
        JsonNode e = a.get("estimate");
        assertThat(e.get("nights").asInt()).isEqualTo(7);
        assertThat(e.get("total").asText()).isEqualTo("1260.00");
        assertThat(new java.math.BigDecimal(e.get("hotelWaiver").asText())
                .add(new java.math.BigDecimal(e.get("subsidy").asText()))
                .add(new java.math.BigDecimal(e.get("person").asText()))).isEqualByComparingTo("1260.00");
    }

    @Test
    void feverAtIntakeRefusesAdmission() {
        CliHarness.Result r = admitNanyang("2020-02-03T12:00", "37.8");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("fever").contains("37.8");
        assertThat(cli.run("--format", "csv", "hotel", "rooms").out()).doesNotContain("OCCUPIED");
    }

    @Test
    void implausibleTemperatureIsAUsageError() {
        CliHarness.Result r = admitNanyang("2020-02-03T12:00", "377");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--temp").contains("377");
    }

    @Test
    void aFullHotelRefusesWithItsOccupancy() {
        for (int i = 0; i < 3; i++) {
            CliHarness.Result r = cli.at("2020-02-04T12:00", "admit", "--name", "张强", "--id",
                    CliHarness.id("420106", "19800101", "20" + i), "--phone", "1370000000" + i, "--origin", "武汉",
                    "--arrived", "2020-02-04", "--temp", "36.4");
            assertThat(r.code()).as(r.toString()).isZero();
        }
        CliHarness.Result full = admitNanyang("2020-02-04T12:30", "36.5");
        assertThat(full.code()).isEqualTo(3);
        assertThat(full.err()).contains("full").contains("3 of 3 rooms occupied");
    }

    @Test
    void earlyReleaseIsRefusedNamingTheEligibleDate() {
        admitNanyang("2020-02-03T12:00", "36.5");
        CliHarness.Result r = cli.at("2020-02-09T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.4");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("2020-02-10");
    }

    @Test
    void releaseWithAnOpenFeverAlertIsRefusedListingEveryUnmetCondition() {
        admitNanyang("2020-02-03T12:00", "36.5");
        assertThat(cli.at("2020-02-09T15:00", "temp", "Q000001", "37.6").err()).contains("FEVER");
        CliHarness.Result r = cli.at("2020-02-10T10:00", "release", "Q000001");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("fever alert is open").contains("medical staff who checked")
                .contains("no normal reading");
    }

    @Test
    void releasePrintsTheReleaseNoticeAndFreesTheRoomForDisinfection() throws Exception {
        admitNanyang("2020-02-03T12:00", "36.5");
        CliHarness.Result r = cli.at("2020-02-10T10:00", "release", NANYANG_ID,
                "--checked-by", "张医生", "--temp", "36.4");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("解除隔离医学观察告知书").contains("张医生").contains("¥1,260.00");
        JsonNode rooms = json(cli.run("--format", "json", "hotel", "rooms"));
        assertThat(rooms.get(0).get("state").asText()).isEqualTo("NEEDS_DISINFECTION");
        JsonNode bill = json(cli.run("--format", "json", "bill", "Q000001"));
        assertThat(bill.get("estimate").asBoolean()).isFalse();
        assertThat(bill.get("nights").asInt()).isEqualTo(7);
        assertThat(bill.get("outstanding").asText()).isEqualTo("378.00");
    }

    @Test
    void releaseJsonHasTheCaseFieldsReleasedAtCheckedByAndBill() throws Exception {
        admitNanyang("2020-02-03T12:00", "36.5");
        JsonNode r = json(cli.at("2020-02-10T10:00", "--format", "json", "release", "Q000001", "--checked-by", "张医生",
                "--temp", "36.4"));
        assertThat(r.get("status").asText()).isEqualTo("RELEASED");
        assertThat(r.get("releasedAt").asText()).isEqualTo("2020-02-10T10:00:00+08:00");
        assertThat(r.get("checkedBy").asText()).isEqualTo("张医生");
        assertThat(r.get("bill").get("total").asText()).isEqualTo("1260.00");
    }

    @Test
    void payReducesTheOutstandingAndRefusesOverpayment() throws Exception {
        admitNanyang("2020-02-03T12:00", "36.5");
        JsonNode b = json(cli.at("2020-02-04T10:00", "--format", "json", "pay", "Q000001", "100"));
        assertThat(b.get("paid").asText()).isEqualTo("100.00");
        assertThat(b.get("outstanding").asText()).isEqualTo("278.00");
        assertThat(cli.run("pay", "Q000001", "500").code()).isEqualTo(3);
        assertThat(cli.run("pay", "Q000001", "-5").code()).isEqualTo(2);
        assertThat(cli.run("pay", "Q000001", "1.234").err()).contains("more than 2 decimals");
    }

    @Test
    void feverReportClearAndTransfer() throws Exception {
        admitNanyang("2020-02-03T12:00", "36.5");
        assertThat(cli.at("2020-02-04T09:00", "fever", "report", "Q000001", "--to", "指挥部").code()).isEqualTo(3);
        cli.at("2020-02-05T09:00", "temp", "Q000001", "38.2", "--by", "赵护士");
        JsonNode alert = json(cli.at("2020-02-05T09:30", "--format", "json", "fever", "report", "Q000001", "--to", "指挥部"));
        assertThat(alert.get("reportedTo").asText()).isEqualTo("指挥部");
        JsonNode transferred = json(cli.at("2020-02-05T11:00", "--format", "json", "transfer", "Q000001",
                "--hospital", "郑州市第六人民医院"));
        assertThat(transferred.get("status").asText()).isEqualTo("TRANSFERRED");
        assertThat(json(cli.run("--format", "json", "fever", "list")).size()).isZero();
        assertThat(cli.at("2020-02-05T12:00", "temp", "Q000001", "36.5").code()).isEqualTo(3);
    }

    @Test
    void feverClearClosesTheAlertSoTheCaseCanBeReleased() {
        admitNanyang("2020-02-03T12:00", "36.5");
        cli.at("2020-02-08T15:00", "temp", "Q000001", "37.3");
        assertThat(cli.at("2020-02-08T19:00", "fever", "clear", "Q000001", "--by", "张医生", "--note", "复测正常").code())
                .isZero();
        cli.at("2020-02-09T15:00", "temp", "Q000001", "36.6");
        assertThat(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张医生").code()).isZero();
    }

    @Test
    void commitmentViolationCancelAndList() throws Exception {
        cli.at("2020-02-03T12:00", "admit", "--name", "王伟", "--id", NANYANG_ID, "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-03", "--temp", "36.5");
        assertThat(json(cli.run("--format", "json", "show", "Q000001")).get("commitmentSigned").asBoolean()).isFalse();
        assertThat(json(cli.at("2020-02-03T13:00", "--format", "json", "commitment", "Q000001"))
                .get("commitmentSigned").asBoolean()).isTrue();
        JsonNode v = json(cli.at("2020-02-04T13:00", "--format", "json", "violation", "Q000001", "--note", "擅自外出",
                "--penalty", "警告"));
        assertThat(v.get("penalty").asText()).isEqualTo("警告");
        assertThat(json(cli.run("--format", "json", "list", "--status", "admitted")).get("cases").size()).isEqualTo(1);
        assertThat(json(cli.run("--format", "json", "list", "--category", "OUT_OF_PROVINCE")).get("total").asInt()).isZero();
        JsonNode cancelled = json(cli.at("2020-02-04T14:00", "--format", "json", "cancel", "Q000001", "--reason", "录入错误"));
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cli.run("history", "Q000001").out()).contains("commitment").contains("violation").contains("cancel");
        assertThat(cli.run("list", "--status", "sleeping").code()).isEqualTo(2);
    }

    @Test
    void notRequiredOriginIsKeptAsARosterRecordAndCannotBeAdmitted() throws Exception {
        JsonNode c = json(cli.at("2020-02-04T09:00", "--format", "json", "register", "--name", "周芳", "--id",
                CliHarness.id("410102", "19930303", "108"), "--phone", "13700000001", "--origin", "河南省开封市",
                "--arrived", "2020-02-04"));
        assertThat(c.get("status").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(c.get("doorTag").isNull()).isTrue();
        assertThat(cli.at("2020-02-04T10:00", "admit", "Q000001", "--temp", "36.5").code()).isEqualTo(3);
    }

    @Test
    void dueListsTodayOverdueAndTomorrow() throws Exception {
        admitNanyang("2020-02-03T12:00", "36.5");
        cli.at("2020-02-04T12:00", "register", "--name", "李娜", "--id", WUHAN_ID, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-04");
        JsonNode due = json(cli.at("2020-02-10T09:00", "--format", "json", "due"));
        assertThat(due.get("today").get(0).get("caseNumber").asText()).isEqualTo("Q000001");
        assertThat(json(cli.at("2020-02-10T09:00", "--format", "json", "due", "--on", "2020-02-17")).get("tomorrow")
                .get(0).get("caseNumber").asText()).isEqualTo("Q000002");
        assertThat(json(cli.at("2020-02-20T09:00", "--format", "json", "due")).get("overdue").size()).isEqualTo(2);
    }

    @Test
    void policyShowAddAndCheck() throws Exception {
        assertThat(cli.run("policy", "show").out()).contains("zhengzhou-2020-02");
        JsonNode check = json(cli.run("--format", "json", "policy", "check", "信阳市固始县", "--arrived", "2020-02-01"));
        assertThat(check.get("category").asText()).isEqualTo("IN_PROVINCE_HIGH_RISK");
        assertThat(check.get("eligibleDate").asText()).isEqualTo("2020-02-08");
        assertThat(cli.run("policy", "check", "朝阳区").err()).contains("110105").contains("220104");
        assertThat(cli.run("policy", "check", "火星").code()).isEqualTo(2);
        Path file = dir.resolve("strict.json");
        Files.writeString(file, """
                {"id": "strict-2020-03", "effectiveFrom": "2020-03-01",
                 "rules": [{"origins": ["*"], "category": "OUT_OF_PROVINCE", "days": 21, "doorTag": "RED"}]}
                """);
        assertThat(cli.run("policy", "add", file.toString()).code()).isZero();
        assertThat(json(cli.run("--format", "json", "policy", "check", "郑州", "--arrived", "2020-03-02"))
                .get("periodDays").asInt()).isEqualTo(21);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\", \"effectiveFrom\": \"2020-04-01\", \"rules\": [{\"origins\": [\"*\"], "
                + "\"category\": \"OUT_OF_PROVINCE\", \"days\": 14, \"doorTag\": \"RED\"}], "
                + "\"shares\": {\"hotel-waiver\": 30, \"subsidy\": 40, \"person\": 40}}");
        CliHarness.Result r = cli.run("policy", "add", bad.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("110%");
    }

    @Test
    void hotelListAndBadRate() throws Exception {
        assertThat(json(cli.run("--format", "json", "hotel", "list")).get(0).get("free").asInt()).isEqualTo(3);
        CliHarness.Result r = cli.run("hotel", "add", "如家", "--rooms", "1-5", "--rate", "abc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--rate").contains("abc");
        assertThat(cli.run("hotel", "add", "锦江之星", "--rooms", "1-5", "--rate", "100").code()).isEqualTo(3);
        CliHarness.Result huge = cli.run("hotel", "add", "如家", "--rooms", "1-5", "--rate", "100001");
        assertThat(huge.code()).as(huge.toString()).isEqualTo(2);
        assertThat(huge.err()).contains("--rate").contains("100001").doesNotContain("Exception");
        assertThat(huge.err().strip().lines().filter(l -> !l.startsWith("see \"quarantine"))).hasSize(1);
        assertThat(cli.run("hotel", "list").out()).doesNotContain("如家");
    }

    @Test
    void aPolicyFileNestedTooDeeplyIsRefusedAsAFileInOneLine() throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"id\": \"deep\", \"effectiveFrom\": \"2020-04-01\", \"rules\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        CliHarness.Result r = cli.run("policy", "add", deep.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(5);
        assertThat(r.err()).contains("nests deeper than").doesNotContain("StackOverflow").doesNotContain("at dev.");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(cli.run("policy", "show").out()).doesNotContain("deep");
    }

    @Test
    void chineseMessagesWithLangZh() {
        CliHarness.Result r = cli.run("--lang", "zh", "show", "Q000009");
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err()).contains("找不到案例");
        cli.env.put("LANG", "zh_CN.UTF-8");
        assertThat(cli.run("show", "Q000009").err()).contains("找不到案例");
        assertThat(cli.run("--lang", "en", "show", "Q000009").err()).contains("no case");
    }

    @Test
    void tablesAlignChineseCharactersAsTwoCells() {
        admitNanyang("2020-02-03T12:00", "36.5");
        cli.at("2020-02-04T12:00", "register", "--name", "Li Na", "--id", WUHAN_ID, "--phone", "13937155678",
                "--origin", "武汉", "--arrived", "2020-02-04");
        String[] lines = cli.run("list", "--wide").out().split("\\R");
        int column = dev.quarantine.cli.render.CellWidth.of(lines[0].substring(0, lines[0].indexOf("ID number")));
        for (int i = 2; i < lines.length; i++) {
            String line = lines[i];
            int at = line.indexOf(i == 2 ? "411302" : "420106");
            assertThat(dev.quarantine.cli.render.CellWidth.of(line.substring(0, at))).as(line).isEqualTo(column);
        }
    }

    @Test
    void badNowIsAUsageErrorNamingTheOption() {
        CliHarness.Result r = cli.run("--now", "yesterday", "list");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--now").contains("yesterday");
    }
}
