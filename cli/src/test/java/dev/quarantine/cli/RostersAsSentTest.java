package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rosters as communities really send them, and as hostile files make them: title rows, Excel's number-mangled identity
 * numbers, semicolons, open quotes, mixed encodings, impossible dates — each read or refused with its line and reason,
 * and every row and line accounted for.
 */
class RostersAsSentTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2020-02-10T09:00";

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
    }

    private Path write(String name, String content, Charset charset) throws Exception {
        return Files.write(dir.resolve(name), content.getBytes(charset));
    }

    private Path write(String name, String content) throws Exception {
        return write(name, content, StandardCharsets.UTF_8);
    }

    private JsonNode imported(CliHarness.Result r) throws Exception {
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("balanced").asBoolean()).as(r.toString()).isTrue();
        return s;
    }

    private static String row(String name, String id, String phone, String origin, String date) {
        return String.join(",", name, id, phone, origin, date) + "\n";
    }

    @Test
    void aTitleRowAboveTheHeaderIsSkipped() throws Exception {
        Path roster = write("r.csv", "祭城路社区返郑人员登记表,,,,\n\n"
                + "姓名,身份证号码,联系电话,来源地,返郑日期\n"
                + row("王伟", CliHarness.id("410105", "19850312", "100"), "13803711234", "南阳", "2020/2/3"));
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", roster.toString()));
        assertThat(s.get("registered").asInt()).isEqualTo(1);
        assertThat(s.get("headerLine").asInt()).isEqualTo(3);
        assertThat(s.get("lines").asInt()).isEqualTo(4);
    }

    @Test
    void excelsMangledIdentityNumbersAreExplainedAndItsTextMarkerIsDropped() throws Exception {
        String id = CliHarness.id("411302", "19850312", "101");
        Path roster = write("r.csv", "姓名,身份证号码,联系电话,来源地,返郑日期\n"
                + row("王伟", "4.11302E+17", "13803711234", "南阳", "2020-02-03")
                + row("李娜", "'" + id, "'13937155678", "南阳", "2020-02-03"));
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", roster.toString()));
        assertThat(s.get("registered").asInt()).isEqualTo(1);
        assertThat(s.get("rejected").asInt()).isEqualTo(1);
        String rejects = Files.readString(dir.resolve("r.rejects.csv"));
        assertThat(rejects).contains("stored by Excel as a number").contains("format the column as text");
        assertThat(cli.run("show", id).code()).isZero();
    }

    @Test
    void returnHomePermitsSemicolonsAndExcelTimestampsAreRead() throws Exception {
        Path roster = write("r.csv", "姓名;证件类型;证件号码;联系电话;来源地;返郑日期\n"
                + "陈大文;回乡证;H12345678;13803711234;香港;2020/2/3\n");
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", roster.toString()));
        assertThat(s.get("registered").asInt()).isEqualTo(1);
        assertThat(s.get("delimiter").asText()).isEqualTo("semicolon");
        assertThat(JSON.readTree(cli.run("--format", "json", "show", "Q000001").out()).get("idType").asText())
                .isEqualTo("other");
        Path sheet = write("t.csv", "案例编号,体温,测量时间,测量人\nQ000001,36.5,2020/2/4 8:30,赵护士\nQ000001,36.6,2020/2/4 15:30,赵护士\n");
        CliHarness.Result t = cli.at(NOW, "--format", "json", "temp", "import", sheet.toString());
        assertThat(t.code()).as(t.toString()).isZero();
        assertThat(JSON.readTree(t.out()).get("recorded").asInt()).isEqualTo(2);
    }

    @Test
    void importAdmitLeavesOutThoseWhosePeriodIsOver() throws Exception {
        assertThat(cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-110", "--rate", "180").code()).isZero();
        Path roster = write("r.csv", "name,id_number,phone,origin,arrival_date\n"
                + row("王伟", CliHarness.id("411302", "19850312", "101"), "13803711234", "南阳", "2020-02-03")
                + row("李娜", CliHarness.id("420106", "19900101", "102"), "13937155678", "武汉", "2020-02-03")
                + row("张强", CliHarness.id("411525", "19780621", "103"), "15617890123", "信阳", "2020-02-01"));
        CliHarness.Result r = cli.at(NOW, "--format", "json", "import", roster.toString(), "--admit");
        JsonNode s = imported(r);
        assertThat(s.get("admitted").asInt()).isEqualTo(1);
        assertThat(s.get("notAdmittedPeriodOver").asInt()).isEqualTo(2);
        assertThat(s.get("periodOverCases")).extracting(JsonNode::asText).containsExactly("Q000003", "Q000001");
        assertThat(r.err()).contains("period already over").contains("Q000001");
        assertThat(JSON.readTree(cli.run("--format", "json", "show", "Q000002").out()).get("status").asText())
                .isEqualTo("ADMITTED");
    }

    @Test
    void atomicImportWithARejectedRowWritesNothingButTheRejects() throws Exception {
        Path roster = write("r.csv", "name,id_number,phone,origin,arrival_date\n"
                + row("王伟", CliHarness.id("411302", "19850312", "101"), "13803711234", "南阳", "2020-02-03")
                + row("李娜", CliHarness.id("420106", "19900101", "102"), "123", "武汉", "2020-02-03"));
        CliHarness.Result r = cli.at(NOW, "--format", "json", "import", roster.toString(), "--atomic");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("nothing was written").contains("1 of 2");
        assertThat(JSON.readTree(r.out()).get("written").asBoolean()).isFalse();
        assertThat(dir.resolve("r.rejects.csv")).exists();
        assertThat(JSON.readTree(cli.run("--format", "json", "list").out()).get("total").asInt()).isZero();
        assertThat(cli.run("--format", "json", "export", "events").out()).doesNotContain("import");
    }

    @Test
    void caseNumbersStayConsecutiveWhateverTheDuplicates() throws Exception {
        StringBuilder rows = new StringBuilder("name,id_number,phone,origin,arrival_date\n");
        for (int i = 0; i < 6; i++) {
            String line = row("张伟", CliHarness.id("420106", "19900101", String.format("%03d", i)), "13937155678", "武汉",
                    "2020-02-03");
            rows.append(line).append(i % 2 == 0 ? line : "");
        }
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", write("r.csv", rows.toString()).toString(),
                "--batch-size", "2"));
        assertThat(s.get("registered").asInt()).isEqualTo(6);
        assertThat(s.get("duplicates").asInt()).isEqualTo(3);
        CliHarness.Result one = cli.at(NOW, "register", "--name", "李娜", "--id", CliHarness.id("420106", "19900101", "900"),
                "--phone", "13937155678", "--origin", "武汉", "--arrived", "2020-02-03");
        assertThat(one.err()).contains("registered Q000007");
        List<String> numbers = new ArrayList<>();
        JSON.readTree(cli.run("--format", "json", "list").out()).get("cases")
                .forEach(c -> numbers.add(c.get("caseNumber").asText()));
        assertThat(numbers).containsExactly("Q000001", "Q000002", "Q000003", "Q000004", "Q000005", "Q000006", "Q000007");
        // Each import event names exactly its cases: the hand-registered one has none.
        assertThat(cli.run("history", "Q000007").out()).doesNotContain("import");
        assertThat(cli.run("history", "Q000006").out()).contains("import");
    }

    @Test
    void aQuoteLeftOpenIsAnErrorOfTheFileNamingItsLines() throws Exception {
        StringBuilder rows = new StringBuilder("name,id_number,phone,origin,arrival_date,community\n");
        rows.append(row("王伟", CliHarness.id("411302", "19850312", "100"), "13803711234", "南阳", "2020-02-03")
                .replace("\n", ",\"幸福里\n"));
        for (int i = 1; i < 997; i++) {
            rows.append(row("张伟", CliHarness.id("420106", "19900101", String.format("%03d", i)), "13937155678", "武汉",
                    "2020-02-03").replace("\n", ",祭城路社区\n"));
        }
        rows.append(row("李娜", CliHarness.id("420106", "19900101", "999"), "13937155678", "武汉", "2020-02-03")
                .replace("\n", ",东区\"\n"));
        CliHarness.Result r = cli.at(NOW, "import", write("r.csv", rows.toString()).toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("line 2").contains("line 999").contains("(998 lines)").contains("quote");
        assertThat(JSON.readTree(cli.run("--format", "json", "list").out()).get("total").asInt()).isZero();
        Path unclosed = write("u.csv", "name,id_number,phone,origin,arrival_date\n王伟,\"41130219850312100X,1,2,3\n");
        CliHarness.Result open = cli.at(NOW, "import", unclosed.toString());
        assertThat(open.code()).isEqualTo(5);
        assertThat(open.err()).contains("never closed");
    }

    @Test
    void aCellSpanningAFewLinesIsReadAndReportedWithItsLines() throws Exception {
        Path roster = write("r.csv", "name,id_number,phone,origin,arrival_date,address\n"
                + "王伟," + CliHarness.id("411302", "19850312", "100") + ",13803711234,南阳,2020-02-03,\"祭城路88号\n3号楼\"\n"
                + row("李娜", CliHarness.id("420106", "19900101", "102"), "13937155678", "武汉", "2020-02-03"));
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", roster.toString()));
        assertThat(s.get("registered").asInt()).isEqualTo(2);
        assertThat(s.get("rowLines").asInt()).isEqualTo(3);
        assertThat(s.get("warnings").toString()).contains("lines 2–3");
    }

    @Test
    void aUtf8RosterWithAGbkRowIsRefusedNeverGarbled() throws Exception {
        byte[] head = ("name,id_number,phone,origin,arrival_date\n"
                + row("张三", CliHarness.id("420106", "19900101", "100"), "13937155678", "武汉", "2020-02-03"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] gbk = row("李四", CliHarness.id("420106", "19900101", "101"), "13937155678", "武汉", "2020-02-03")
                .getBytes(Charset.forName("GBK"));
        Path roster = dir.resolve("mixed.csv");
        Files.write(roster, concat(head, gbk));
        CliHarness.Result r = cli.at(NOW, "import", roster.toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("mixes encodings").contains("lines 2 are UTF-8").contains("lines 3 are not UTF-8");
        assertThat(JSON.readTree(cli.run("--format", "json", "list").out()).get("total").asInt()).isZero();
    }

    @Test
    void aGbkRosterWithAUtf8RowIsRefusedNeverGarbled() throws Exception {
        byte[] head = ("name,id_number,phone,origin,arrival_date\n"
                + row("张三", CliHarness.id("420106", "19900101", "100"), "13937155678", "武汉", "2020-02-03")
                + row("王五", CliHarness.id("420106", "19900101", "102"), "13937155679", "南阳", "2020-02-03"))
                .getBytes(Charset.forName("GBK"));
        byte[] utf8 = row("李四", CliHarness.id("420106", "19900101", "101"), "13937155678", "武汉", "2020-02-03")
                .getBytes(StandardCharsets.UTF_8);
        Path roster = dir.resolve("mixed.csv");
        Files.write(roster, concat(head, utf8));
        CliHarness.Result r = cli.at(NOW, "import", roster.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(5);
        assertThat(r.err()).contains("mixes encodings").contains("lines 4 are UTF-8").contains("lines 2, 3 are not UTF-8");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(JSON.readTree(cli.run("--format", "json", "list").out()).get("total").asInt()).isZero();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void impossibleArrivalDatesAreRefusedWithTheReason() throws Exception {
        String id = CliHarness.id("420106", "20100101", "102");
        Path roster = write("r.csv", "name,id_number,phone,origin,arrival_date\n"
                + row("甲", CliHarness.id("420106", "19900101", "101"), "13937155678", "武汉", "0001-01-01")
                + row("乙", CliHarness.id("420106", "19900101", "103"), "13937155678", "武汉", "1900-01-01")
                + row("丙", CliHarness.id("420106", "19900101", "105"), "13937155678", "武汉", "2019-12-31")
                + row("丁", id, "13937155678", "武汉", "2009-06-01"));
        JsonNode s = imported(cli.at(NOW, "--format", "json", "import", roster.toString()));
        assertThat(s.get("rejected").asInt()).isEqualTo(4);
        String rejects = Files.readString(dir.resolve("r.rejects.csv"));
        assertThat(rejects).contains("between the years").contains("before the first policy takes effect (2020-01-25)");
        CliHarness.Result absurd = cli.run("--now", "9999-12-31T23:59", "due");
        assertThat(absurd.code()).isEqualTo(2);
        assertThat(absurd.err()).contains("--now");
        CliHarness.Result overflow = cli.run("--now", "+999999999-12-31T23:59", "due");
        assertThat(overflow.code()).isEqualTo(2);
        assertThat(overflow.err()).doesNotContain("Exception");
        CliHarness.Result beforeBirth = cli.at("2020-02-10T09:00", "register", "--name", "丁", "--id",
                CliHarness.id("420106", "20200205", "102"), "--phone", "13937155678", "--origin", "武汉", "--arrived",
                "2020-02-03");
        assertThat(beforeBirth.code()).isEqualTo(2);
        assertThat(beforeBirth.err()).contains("--arrived").contains("before the person's birth date");
    }

    @Test
    void aCellLongerThanAnyFieldIsAnErrorNamingItsLine() throws Exception {
        Path roster = write("r.csv", "name,id_number,phone,origin,arrival_date,notes\n"
                + row("王伟", CliHarness.id("411302", "19850312", "100"), "13803711234", "南阳", "2020-02-03")
                .replace("\n", ",ok\n")
                + row("李娜", CliHarness.id("420106", "19900101", "102"), "13937155678", "武汉", "2020-02-03")
                .replace("\n", "," + "x".repeat(20_000) + "\n"));
        CliHarness.Result r = cli.at(NOW, "import", roster.toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.err()).contains("line 3").contains("longer than 10,000");
    }
}
