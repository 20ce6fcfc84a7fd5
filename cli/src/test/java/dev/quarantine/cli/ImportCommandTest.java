package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} with the shared sample rosters and every awkward file a community sends. */
class ImportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2020-02-10T09:00";
    private static final String HEADER = "name,id_number,phone,origin,arrival_date,community,address,notes\n";

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
    }

    private JsonNode importJson(Path file, String... extra) throws Exception {
        String[] args = new String[4 + extra.length];
        args[0] = "--format";
        args[1] = "json";
        args[2] = "import";
        args[3] = file.toString();
        System.arraycopy(extra, 0, args, 4, extra.length);
        CliHarness.Result r = cli.at(NOW, args);
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("registered").asLong() + s.get("duplicates").asLong() + s.get("rejected").asLong())
                .isEqualTo(s.get("rowsRead").asLong());
        return s;
    }

    private Path copy(String sample) throws Exception {
        Path target = dir.resolve(sample);
        Files.copy(Samples.file(sample), target);
        return target;
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content, StandardCharsets.UTF_8);
    }

    private Path write(String name, String content, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    private JsonNode cases() throws Exception {
        return JSON.readTree(cli.run("--format", "json", "--unmasked", "list").out()).get("cases");
    }

    @Test
    void englishSampleRegistersTenFiveSevenDayFourFourteenDayOneNotRequired() throws Exception {
        JsonNode s = importJson(copy("roster-en.csv"));
        assertThat(s.get("rowsRead").asInt()).isEqualTo(10);
        assertThat(s.get("registered").asInt()).isEqualTo(10);
        assertThat(s.get("rejected").asInt()).isZero();
        assertThat(s.get("byCategory").get("IN_PROVINCE_HIGH_RISK").asInt()).isEqualTo(5);
        assertThat(s.get("byCategory").get("OUT_OF_PROVINCE").asInt()).isEqualTo(4);
        assertThat(s.get("byCategory").get("NOT_REQUIRED").asInt()).isEqualTo(1);
        assertThat(s.get("rejectsFile").isNull()).isTrue();
        assertThat(cases()).filteredOn(c -> c.get("periodDays").asInt() == 7).hasSize(5);
    }

    @ParameterizedTest(name = "{0}: 10 registered, 4 rejected with every problem named")
    @ValueSource(strings = {"roster-zh-gbk.csv", "roster-zh-utf8bom.csv"})
    void chineseSamplesRegisterTenAndRejectFour(String sample) throws Exception {
        Path roster = copy(sample);
        JsonNode s = importJson(roster);
        assertThat(s.get("rowsRead").asInt()).isEqualTo(14);
        assertThat(s.get("registered").asInt()).isEqualTo(10);
        assertThat(s.get("rejected").asInt()).isEqualTo(4);
        assertThat(s.get("ignoredColumns")).extracting(JsonNode::asText).containsExactly("序号");
        Path rejects = Path.of(s.get("rejectsFile").asText());
        assertThat(rejects).isEqualTo(dir.resolve(sample.replace(".csv", ".rejects.csv")));
        byte[] bytes = Files.readAllBytes(rejects);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF序号,姓名,性别,身份证号码,联系电话,来源地,返郑日期,所属社区,现住址,备注,line,error");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("11,孙丽").contains(",12,").contains("联系电话").contains("1380371");
        assertThat(lines.get(2)).startsWith("12,马超").contains(",13,").contains("返郑日期").contains("does not exist");
        assertThat(lines.get(3)).startsWith("13,朱红").contains(",14,").contains("来源地").contains("火星");
        assertThat(lines.get(4)).startsWith("14,胡军").contains(",15,").contains("身份证号码").contains("check character");
    }

    @Test
    void gbkIsDetectedAndTheEncodingCanBeForced() throws Exception {
        JsonNode s = importJson(copy("roster-zh-gbk.csv"), "--encoding", "gbk", "--dry-run");
        assertThat(s.get("encoding").asText()).isEqualTo("GB18030");
        CliHarness.Result wrong = cli.at(NOW, "import", dir.resolve("roster-zh-gbk.csv").toString(), "--encoding", "utf-8");
        assertThat(wrong.code()).isEqualTo(5);
        assertThat(wrong.err()).contains("UTF-8");
        assertThat(cli.at(NOW, "import", dir.resolve("roster-zh-gbk.csv").toString(), "--encoding", "klingon").code())
                .isEqualTo(2);
    }

    @Test
    void importingTheSameFileTwiceRegistersNothingNew() throws Exception {
        Path roster = copy("roster-zh-utf8bom.csv");
        importJson(roster);
        JsonNode again = importJson(roster);
        assertThat(again.get("registered").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(10);
        assertThat(again.get("rejected").asInt()).isEqualTo(4);
        assertThat(cases().size()).isEqualTo(10);
    }

    @Test
    void quotedNewlinesTabsLegacyNumbersLowerCaseXFullWidthAndPhonePrefixes() throws Exception {
        String fifteen = "410105850312100";
        Path file = write("mixed.tsv", String.join("\n",
                "name\tid_number\tphone\torigin\tarrival_date\taddress",
                "王伟\t" + fifteen + "\t+86 138-0013-8000\t信阳市固始县\t2020年2月3日\t\"郑东新区\n3号楼\"",
                "吴勇\t42090219760505109x\t0086 189 8600 1234\t湖北孝感\t20200209\t",
                "李娜\t４２０１０６１９９００１０１１０１２\t１３９３７１５５６７８\t420106\t2020.2.4\t") + "\n");
        JsonNode s = importJson(file);
        assertThat(s.get("delimiter").asText()).isEqualTo("tab");
        assertThat(s.get("registered").asInt()).as(s.toString()).isEqualTo(3);
        JsonNode cases = cases();
        assertThat(cases.get(0).get("idNumber").asText()).hasSize(18).startsWith("41010519850312100");
        assertThat(cases.get(0).get("address").asText()).isEqualTo("郑东新区\n3号楼");
        assertThat(cases.get(0).get("phone").asText()).isEqualTo("13800138000");
        assertThat(cases.get(0).get("originCode").asText()).isEqualTo("411525");
        assertThat(cases.get(1).get("idNumber").asText()).isEqualTo("42090219760505109X");
        assertThat(cases.get(2).get("idNumber").asText()).isEqualTo("420106199001011012");
        assertThat(cases.get(2).get("phone").asText()).isEqualTo("13937155678");
    }

    @Test
    void badRowsAreRejectedWithEveryProblemAndGoodOnesKept() throws Exception {
        Path file = write("bad.csv", HEADER
                + "朝阳,110105198001010016,13800000001,朝阳区,2020-02-03,,,\n"
                + "未来,110105198001010024,13800000002,武汉,2020-03-01,,,\n"
                + "两位,110105198001010032,13800000003,武汉,20/2/3,,,\n"
                + "王伟2,110105198001010040,13800000004,武汉,2020-02-03,,,\n"
                + "刘洋,110105198001010059,13800000005,武汉,2020-02-03,\"=HYPERLINK(\"\"x\"\")\",@SUM(1),+note\n");
        JsonNode s = importJson(file);
        assertThat(s.get("rejected").asInt()).isEqualTo(4);
        assertThat(s.get("registered").asInt()).isEqualTo(1);
        String rejects = Files.readString(Path.of(s.get("rejectsFile").asText()));
        assertThat(rejects).contains("110105").contains("220104") // ambiguous origin lists its candidates
                .contains("2020-03-01").contains("future")
                .contains("two-digit year")
                .contains("王伟2").contains("only letters");
        JsonNode c = cases().get(0);
        assertThat(c.get("community").asText()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(c.get("address").asText()).isEqualTo("@SUM(1)");
        assertThat(c.get("notes").asText()).isEqualTo("+note");
        String export = cli.run("export", "cases").out();
        assertThat(export).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("'@SUM(1)").contains("'+note");
    }

    @Test
    void emptyFileIsADataFileError() throws Exception {
        CliHarness.Result r = cli.at(NOW, "import", write("empty.csv", "").toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("empty");
    }

    @Test
    void headerOnlyFileReadsNoRows() throws Exception {
        JsonNode s = importJson(write("header.csv", HEADER));
        assertThat(s.get("rowsRead").asInt()).isZero();
    }

    @Test
    void aFileThatIsNotCsvIsRefusedNamingTheMissingColumns() throws Exception {
        CliHarness.Result binary = cli.at(NOW, "import", write("x.xlsx", "PK\u0003\u0004\u0000\u0000binary").toString());
        assertThat(binary.code()).isEqualTo(5);
        assertThat(binary.err()).contains("damaged or incomplete workbook"); // a ZIP header: a workbook cut short
        CliHarness.Result prose = cli.at(NOW, "import", write("notes.txt", "Dear office,\nplease find attached.\n").toString());
        assertThat(prose.code()).isEqualTo(5);
        assertThat(prose.err()).contains("id_number").contains("phone").contains("arrival_date");
    }

    @Test
    void missingRequiredColumnsAreNamed() throws Exception {
        CliHarness.Result r = cli.at(NOW, "import", write("partial.csv", "姓名,身份证号\n王伟,410105198503121008\n").toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("phone").contains("origin").contains("arrival_date").doesNotContain("id_number (");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        JsonNode s = importJson(copy("roster-en.csv"), "--dry-run");
        assertThat(s.get("registered").asInt()).isEqualTo(10);
        assertThat(cases().size()).isZero();
    }

    @Test
    void atomicImportsAllOrNone() throws Exception {
        // A file that breaks far into it, past every read-ahead buffer: its last cell runs on for 20,000 characters.
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 2000; i++) {
            text.append("张伟,").append(TestRosters.id(i)).append(",13803711234,南阳,2020-02-03,,,\n");
        }
        text.append("李娜,420106199001011012,13937155678,武汉,2020-02-04,,,").append("备".repeat(20_000)).append('\n');
        Path broken = write("broken.csv", text.toString());
        CliHarness.Result atomic = cli.at(NOW, "import", broken.toString(), "--atomic");
        assertThat(atomic.code()).isEqualTo(5);
        assertThat(atomic.err()).contains("line 2002");
        assertThat(cases().size()).isZero();
        CliHarness.Result batched = cli.at(NOW, "import", broken.toString(), "--batch-size", "500");
        assertThat(batched.code()).isEqualTo(5);
        assertThat(cases().size()).isEqualTo(2000);
    }

    @Test
    void aFileThatSaysItIsUtf8ButIsNotThroughoutIsRefusedNamingTheLines() throws Exception {
        byte[] head = ("\uFEFF" + HEADER + "王伟,410105198503121008,13803711234,南阳,2020-02-03,,,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "李娜,420106199001011012,13937155678,武汉,2020-02-04,,,\n".getBytes(Charset.forName("GBK"));
        Path file = dir.resolve("bom.csv");
        Files.write(file, head);
        Files.write(file, gbk, java.nio.file.StandardOpenOption.APPEND);
        CliHarness.Result r = cli.at(NOW, "import", file.toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("lines 3 are not");
        assertThat(cases().size()).isZero();
    }

    @Test
    void admitFillsFreeRoomsGroupRentersFirstThenByArrivalAndReportsTheRest() throws Exception {
        cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-102", "--rate", "180");
        Path file = write("group.csv", "name,id_number,phone,origin,arrival_date,group_renter\n"
                + "甲,110105198001010016,13800000001,武汉,2020-02-05,否\n"
                + "乙,110105198001010024,13800000002,武汉,2020-02-03,否\n"
                + "丙,110105198001010032,13800000003,武汉,2020-02-08,是\n"
                + "丁,410102199303032081,13800000004,开封,2020-02-02,否\n");
        JsonNode s = importJson(file, "--admit", "--hotel", "锦江之星");
        assertThat(s.get("admitted").asInt()).isEqualTo(2);
        assertThat(s.get("notAdmittedNoRoom").asInt()).isEqualTo(1);
        assertThat(s.get("notAdmittedCases")).extracting(JsonNode::asText).containsExactly("Q000001");
        JsonNode cases = cases();
        assertThat(cases.get(2).get("room").asText()).isEqualTo("101"); // the group renter first
        assertThat(cases.get(1).get("room").asText()).isEqualTo("102"); // then the earliest arrival
        assertThat(cases.get(0).get("status").asText()).isEqualTo("REGISTERED");
        assertThat(cases.get(3).get("status").asText()).isEqualTo("NOT_REQUIRED");
        assertThat(cli.at(NOW, "import", file.toString(), "--hotel", "锦江之星").code()).isEqualTo(2);
        assertThat(cli.at(NOW, "import", file.toString(), "--admit", "--hotel", "Hilton").code()).isEqualTo(4);
    }

    @Test
    void aFeverInTheRosterKeepsThePersonOutOfBulkAdmission() throws Exception {
        cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101", "--rate", "180");
        Path file = write("temps.csv", "name,id_number,phone,origin,arrival_date,体温\n"
                + "甲,110105198001010016,13800000001,武汉,2020-02-03,38.2\n"
                + "乙,110105198001010024,13800000002,武汉,2020-02-04,36.5\n"
                + "丙,110105198001010032,13800000003,武汉,2020-02-05,\n");
        JsonNode s = importJson(file, "--admit");
        assertThat(s.get("notAdmittedFever").asInt()).isEqualTo(1);
        assertThat(s.get("admitted").asInt()).isEqualTo(1);
        assertThat(s.get("notAdmittedNoRoom").asInt()).isEqualTo(1);
        assertThat(s.get("notAdmittedCases")).extracting(JsonNode::asText).containsExactly("Q000003");
        JsonNode cases = cases();
        assertThat(cases.get(1).get("room").asText()).isEqualTo("101");
        assertThat(cases.get(1).get("intakeTemperature").asText()).isEqualTo("36.5");
        assertThat(JSON.readTree(cli.run("--format", "json", "fever", "list").out()).get(0).get("caseNumber").asText())
                .isEqualTo("Q000001");
    }

    @Test
    void longListsAreCutWithTheirCount() throws Exception {
        importJson(copy("roster-en.csv"));
        CliHarness.Result r = cli.at(NOW, "--format", "json", "list", "--limit", "3");
        assertThat(JSON.readTree(r.out()).get("cases")).hasSize(3);
        assertThat(JSON.readTree(r.out()).get("total").asInt()).isEqualTo(10);
        assertThat(r.err()).contains("first 3 of 10");
        assertThat(JSON.readTree(cli.at(NOW, "--format", "json", "list", "--limit", "3", "--full").out()).get("cases"))
                .hasSize(10);
        JsonNode due = JSON.readTree(cli.at("2020-02-20T09:00", "--format", "json", "due", "--limit", "2").out());
        assertThat(due.get("overdue")).hasSize(2);
        assertThat(due.get("overdueCount").asInt()).isEqualTo(6); // five 7-day cases and the 14-day case of Feb 4
    }

    @Test
    void sameNameAndPhoneUnderAnotherIdentityNumberIsAWarning() throws Exception {
        importJson(copy("roster-en.csv"));
        // The Chinese sample has the same people and phones under other identity numbers.
        JsonNode s = importJson(copy("roster-zh-gbk.csv"));
        assertThat(s.get("registered").asInt()).isEqualTo(10);
        assertThat(s.get("warningCount").asInt()).isEqualTo(10);
        assertThat(s.get("warnings").get(0).asText()).contains("line 2").contains("王伟").contains("410105********1008");
        Path within = write("within.csv", "name,id_number,phone,origin,arrival_date\n"
                + "甲,110105198001010016,13800000001,武汉,2020-02-03\n"
                + "乙,110105198001010024,13900000002,武汉,2020-02-03\n"
                + "甲,110105198001010032,13800000001,武汉,2020-02-03\n");
        JsonNode w = importJson(within);
        assertThat(w.get("warningCount").asInt()).isEqualTo(1);
        assertThat(w.get("warnings").get(0).asText()).contains("line 4").contains("110105********0016");
    }

    /**
     * Issue 17: 3,000 people of one name and phone. JSON counts every warning and each kind, and lists the first 20
     * of each kind with a line counting the rest; the table shows the same lines, not 11,990.
     */
    @Test
    void manyWarningsOfOneKindAreCountedAndCutShort() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            text.append("张伟,").append(TestRosters.id(i)).append(",0371-67180000,南阳,2020-02-03,,,\n");
        }
        Path roster = write("landline.csv", text.toString());
        JsonNode s = importJson(roster, "--dry-run");
        assertThat(s.get("registered").asInt()).isEqualTo(3000);
        assertThat(s.get("warningCount").asInt()).isEqualTo(11_990);
        assertThat(s.get("warningKinds").get("register.possibleDuplicate").asInt()).isEqualTo(8994);
        assertThat(s.get("warningKinds").get("register.possibleDuplicateMore").asInt()).isEqualTo(2996);
        JsonNode warnings = s.get("warnings");
        assertThat(warnings).hasSize(42);
        assertThat(warnings.get(0).asText()).startsWith("line 3: possible duplicate: 张伟");
        assertThat(warnings.get(20).asText()).isEqualTo("… and 8,974 more warnings of this kind");
        assertThat(warnings.get(21).asText()).contains("line 6").contains("more than 3 other identity numbers");
        assertThat(warnings.get(41).asText()).isEqualTo("… and 2,976 more warnings of this kind");
        CliHarness.Result table = cli.at(NOW, "import", roster.toString(), "--dry-run", "--force");
        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out()).contains("11990").contains("… and 8,974 more warnings of this kind")
                .contains("… and 2,976 more warnings of this kind").doesNotContain("line 3001")
                .doesNotContain("register.possibleDuplicate");
        assertThat(table.out().lines().count()).isLessThan(80);
        CliHarness.Result zh = cli.at(NOW, "--lang", "zh", "import", roster.toString(), "--dry-run", "--force");
        assertThat(zh.out()).contains("此类提醒另有 8,974 条");
    }

    @Test
    void sexColumnContradictingTheIdentityNumberIsAWarning() throws Exception {
        Path file = write("sex.csv", "name,sex,id_number,phone,origin,arrival_date\n"
                + "王伟,男,410105198503121008,13803711234,南阳,2020-02-03\n");
        JsonNode s = importJson(file);
        assertThat(s.get("registered").asInt()).isEqualTo(1);
        assertThat(s.get("warningCount").asInt()).isEqualTo(1);
        assertThat(s.get("warnings").get(0).asText()).contains("line 2").contains("男").contains("女");
    }

    @Test
    void unmaskedExportOfCasesImportsBackAsTheSameCases() throws Exception {
        importJson(copy("roster-zh-gbk.csv"));
        // Origins with text after the place: the text as typed goes out in origin_text and comes back.
        importJson(write("typed.csv", HEADER + "甲,110105198001010016,13800000001,湖北省武汉市汉口火车站,2020-02-03,,,\n"
                + "乙,110105198001010024,13900000002, 衡水市武邑县务工返乡 ,2020-02-03,,,\n"));
        Path export = dir.resolve("cases.csv");
        assertThat(cli.run("--unmasked", "export", "cases", "--out", export.toString()).code()).isZero();
        String csv = Files.readString(export);
        assertThat(csv.lines().findFirst().orElseThrow()).contains(",origin,origin_name,origin_text,arrival_date,");
        assertThat(csv).contains(",4201,湖北省武汉市,湖北省武汉市汉口火车站,2020-02-03,")
                .contains(",131122,河北省衡水市武邑县,衡水市武邑县务工返乡,2020-02-03,");
        CliHarness other = new CliHarness(dir.resolve("other"));
        Files.createDirectories(other.dir);
        other.at(NOW, "init");
        CliHarness.Result r = other.at(NOW, "--format", "json", "import", export.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode before = cases();
        JsonNode after = JSON.readTree(other.run("--format", "json", "--unmasked", "list").out()).get("cases");
        assertThat(after.size()).isEqualTo(before.size());
        for (int i = 0; i < before.size(); i++) {
            for (String field : new String[] {"name", "idNumber", "phone", "originCode", "originText", "category",
                    "periodDays", "arrivalDate", "eligibleDate", "community", "address", "notes", "status", "doorTag"}) {
                assertThat(after.get(i).get(field)).as(field).isEqualTo(before.get(i).get(field));
            }
        }
        assertThat(after).extracting(c -> c.get("originText").asText())
                .contains("湖北省武汉市汉口火车站", "衡水市武邑县务工返乡");
        assertThat(cli.run("export", "events").out()).contains("UNMASKED").contains("tester");
    }

    @Test
    void exportsAreMaskedByDefaultAndGbkOnRequest() throws Exception {
        importJson(copy("roster-en.csv"));
        String masked = cli.run("export", "cases").out();
        assertThat(masked).contains("410105********1008").contains("138****1234").doesNotContain("410105198503121008");
        Path gbk = dir.resolve("cases-gbk.csv");
        assertThat(cli.run("export", "cases", "--encoding", "gbk", "--out", gbk.toString()).code()).isZero();
        assertThat(Files.readString(gbk, Charset.forName("GBK"))).contains("王伟").contains("410105********1008");
        Path utf = dir.resolve("cases.csv");
        cli.run("export", "cases", "--out", utf.toString());
        assertThat(Files.readAllBytes(utf)[0] & 0xFF).isEqualTo(0xEF);
        for (String kind : new String[] {"readings", "bills", "rooms", "events"}) {
            assertThat(cli.run("export", kind).code()).as(kind).isZero();
        }
        assertThat(cli.run("export", "patients").code()).isEqualTo(2);
    }

    @Test
    void temperatureImportAccountsForEveryRowAndOpensFeverAlerts() throws Exception {
        cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180");
        importJson(copy("roster-en.csv"), "--admit");
        Path sheet = write("temps.csv", "案例编号,体温,测量时间,测量人\n"
                + "Q000001,36.5,2020-02-10T08:00,赵护士\n"
                + "410105198503121008,36.6,2020-02-10T08:30,赵护士\n"
                + "Q000002,38.2,2020-02-10T08:10,赵护士\n"
                + "Q000003,3.7,2020-02-10T08:10,赵护士\n"
                + "Q000099,36.5,2020-02-10T08:10,赵护士\n"
                + "Q000001,36.5,yesterday,赵护士\n");
        CliHarness.Result r = cli.at("2020-02-10T09:00", "--format", "json", "temp", "import", sheet.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("rowsRead").asInt()).isEqualTo(6);
        assertThat(s.get("recorded").asInt()).isEqualTo(3);
        assertThat(s.get("rejected").asInt()).isEqualTo(3);
        assertThat(s.get("alertsOpened").asInt()).isEqualTo(1);
        assertThat(Files.readString(Path.of(s.get("rejectsFile").asText()))).contains("3.7").contains("Q000099")
                .contains("yesterday");
        JsonNode again = JSON.readTree(cli.at("2020-02-10T09:00", "--format", "json", "temp", "import",
                sheet.toString()).out());
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
        assertThat(again.get("recorded").asInt()).isZero();
    }
}
