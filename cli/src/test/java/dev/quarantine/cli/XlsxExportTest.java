package dev.quarantine.cli;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports as workbooks and in Chinese: typed cells (identity numbers and phones as text, dates as dates, money with two
 * decimals), a frozen header, headers in the run's language; and every export of cases and readings imports back
 * without loss, in either language, as CSV or as a workbook. {@code report daily --out FILE.xlsx}: a sheet per section.
 */
class XlsxExportTest {
    private static final String WANG = CliHarness.id("410105", "19850312", "100");
    private static final String LI = CliHarness.id("420106", "19900101", "102");
    private static final String ZHAO = CliHarness.id("411502", "19780208", "203");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void register() {
        cli = new CliHarness(dir);
        ok(cli.at("2020-02-03T08:00", "init"));
        ok(cli.at("2020-02-03T08:05", "hotel", "add", "锦江之星", "--rooms", "101-110", "--rate", "183.33"));
        ok(cli.at("2020-02-03T09:00", "admit", "--name", "王伟", "--id", WANG, "--phone", "13803711234", "--origin",
                "河南南阳", "--arrived", "2020-02-03", "--community", "祭城路社区", "--address", "=HYPERLINK(\"x\")",
                "--temp", "36.5", "--commitment-signed"));
        ok(cli.at("2020-02-03T09:30", "admit", "--name", "李娜", "--id", LI, "--phone", "0371-6555 1234", "--origin",
                "武汉", "--arrived", "2020-02-02", "--temp", "36.4", "--group-renter"));
        ok(cli.at("2020-02-03T10:00", "register", "--name", "赵敏", "--id", ZHAO, "--phone", "13912345678",
                "--origin", "信阳市固始县", "--arrived", "2020-02-03", "--address", "郑东新区 CBD 商务外环 8 号"));
    }

    private static CliHarness.Result ok(CliHarness.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private void readingsAndRelease() {
        ok(cli.at("2020-02-05T08:30", "temp", "Q000001", "36.6", "--by", "赵护士"));
        ok(cli.at("2020-02-06T15:10", "temp", "Q000002", "37.0", "--by", "钱护士"));
        ok(cli.at("2020-02-09T08:30", "temp", "Q000001", "36.4", "--by", "赵护士"));
        ok(cli.at("2020-02-10T10:00", "release", "Q000001", "--checked-by", "张医生", "--temp", "36.4"));
        ok(cli.at("2020-02-10T10:05", "pay", "Q000001", "100"));
    }

    @Test
    void aWorkbookExportHasTypedCellsAFrozenHeaderAndMaskedNumbers() throws Exception {
        readingsAndRelease();
        Path cases = dir.resolve("cases.xlsx");
        CliHarness.Result r = ok(cli.at("2020-02-10T11:00", "export", "cases", "--out", cases.toString()));
        assertThat(r.err()).contains("wrote 3 cases rows");
        List<List<Cell>> rows = Workbooks.read(cases).get("cases");
        List<String> header = Workbooks.texts(rows).get(0);
        assertThat(header.subList(0, 6)).containsExactly("case_number", "name", "id_type", "id_number", "phone", "origin");
        Cell id = rows.get(1).get(header.indexOf("id_number"));
        assertThat(id.getType()).isEqualTo(CellType.STRING);
        assertThat(id.getText()).isEqualTo("410105********1008".replace("1008", WANG.substring(14)));
        Cell phone = rows.get(1).get(header.indexOf("phone"));
        assertThat(phone.getType()).isEqualTo(CellType.STRING);
        assertThat(phone.getText()).isEqualTo("138****1234");
        Cell arrived = rows.get(1).get(header.indexOf("arrival_date"));
        assertThat(arrived.getType()).as("a date is a date").isEqualTo(CellType.NUMBER);
        assertThat(arrived.getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(arrived.asDate().toLocalDate()).hasToString("2020-02-03");
        Cell admitted = rows.get(1).get(header.indexOf("admitted_at"));
        assertThat(admitted.asDate()).as("in the policy's zone").hasToString("2020-02-03T09:00");
        Cell days = rows.get(1).get(header.indexOf("period_days"));
        assertThat(days.getType()).isEqualTo(CellType.NUMBER);
        Cell address = rows.get(1).get(header.indexOf("address"));
        assertThat(address.getType()).as("a formula-like text stays text, never a formula").isEqualTo(CellType.STRING);
        assertThat(address.getText()).isEqualTo("=HYPERLINK(\"x\")");
        String sheet = Workbooks.part(cases, "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("state=\"frozen\"").contains("ySplit=\"1\"").contains("customWidth=\"true\"")
                .doesNotContain("<f>");

        Path bills = dir.resolve("bills.xlsx");
        ok(cli.at("2020-02-10T11:00", "export", "bills", "--out", bills.toString()));
        List<List<Cell>> b = Workbooks.read(bills).get("bills");
        List<String> bh = Workbooks.texts(b).get(0);
        Cell total = b.get(1).get(bh.indexOf("total"));
        assertThat(total.getType()).as("money is a number").isEqualTo(CellType.NUMBER);
        assertThat(total.getDataFormatString()).isEqualTo("0.00");
        assertThat(total.asNumber()).isEqualByComparingTo("1283.31");
        assertThat(b.get(1).get(bh.indexOf("person")).asNumber()).isEqualByComparingTo("384.99");
        assertThat(b.get(1).get(bh.indexOf("subsidy")).asNumber()).isEqualByComparingTo("513.33");

        for (String kind : List.of("readings", "rooms", "events")) {
            Path f = dir.resolve(kind + ".xlsx");
            ok(cli.at("2020-02-10T11:00", "--format", "xlsx", "export", kind, "--out", f.toString()));
            assertThat(Workbooks.read(f).get(kind)).as(kind).hasSizeGreaterThan(1);
        }
        Path unmasked = dir.resolve("full.xlsx");
        ok(cli.at("2020-02-10T11:00", "--unmasked", "export", "cases", "--out", unmasked.toString()));
        assertThat(Workbooks.texts(Workbooks.read(unmasked).get("cases")).get(1)).contains(WANG, "13803711234");
        assertThat(cli.run("export", "events").out()).contains("UNMASKED");
    }

    @Test
    void workbookOptionsThatCannotWorkAreUsageErrors() {
        CliHarness.Result noFile = cli.run("--format", "xlsx", "export", "cases");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("--out FILE.xlsx");
        assertThat(cli.run("--format", "xlsx", "export", "cases", "--out", dir.resolve("c.csv").toString()).code())
                .isEqualTo(2);
        assertThat(cli.run("--format", "xlsx", "list").code()).as("list prints no workbook").isEqualTo(2);
        assertThat(cli.run("export", "cases", "--out", dir.resolve("c.xlsx").toString(), "--encoding", "gbk").code())
                .isEqualTo(2);
        assertThat(Files.exists(dir.resolve("c.xlsx"))).isFalse();
        assertThat(cli.run("report", "daily", "--out", dir.resolve("r.csv").toString()).code()).isEqualTo(2);
    }

    @Test
    void headersFollowTheLanguageForCsvAndWorkbooks() throws Exception {
        String csv = ok(cli.run("--lang", "zh", "export", "cases")).out();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("案例编号,姓名,证件类型,身份证号码,联系电话,来源地");
        assertThat(ok(cli.run("--lang", "en", "export", "readings")).out()).startsWith("case_number,name,taken_at");
        Path f = dir.resolve("rooms.xlsx");
        ok(cli.run("--lang", "zh", "export", "rooms", "--out", f.toString()));
        assertThat(Workbooks.texts(Workbooks.read(f).get("rooms")).get(0))
                .containsExactly("酒店", "房间号", "状态", "服务组", "案例编号", "姓名", "备注");
    }

    /** The person's fields of every case, as an English unmasked CSV export shows them. */
    private static List<String> people(CliHarness cli) {
        List<String> out = new ArrayList<>();
        String[] lines = cli.run("--unmasked", "--lang", "en", "export", "cases").out().split("\r\n");
        List<String> header = List.of(lines[0].split(",", -1));
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = List.of(lines[i].split(",", -1));
            StringBuilder person = new StringBuilder();
            for (String col : List.of("case_number", "name", "id_type", "id_number", "phone", "origin", "arrival_date",
                    "community", "address", "group_renter", "notes", "category", "period_days", "eligible_date")) {
                person.append(col).append('=').append(cells.get(header.indexOf(col))).append(';');
            }
            out.add(person.toString());
        }
        return out;
    }

    private static List<String> readings(CliHarness cli) {
        return List.of(cli.run("--lang", "en", "export", "readings").out().split("\r\n"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"en, csv", "zh, csv", "en, xlsx", "zh, xlsx"})
    @Tag("sqlite-only") // the register as it stood before the readings is a backup file opened as a register
    void casesAndReadingsImportBackWithoutLoss(String lang, String format) throws Exception {
        Path copy = dir.resolve("before-readings.db");
        ok(cli.at("2020-02-04T08:00", "backup", copy.toString()));
        readingsAndRelease();
        Path cases = dir.resolve("cases-" + lang + "." + format);
        Path readings = dir.resolve("readings-" + lang + "." + format);
        ok(cli.at("2020-02-10T11:00", "--unmasked", "--lang", lang, "export", "cases", "--out", cases.toString()));
        ok(cli.at("2020-02-10T11:00", "--lang", lang, "export", "readings", "--out", readings.toString()));
        if (lang.equals("zh")) {
            String head = format.equals("csv") ? Files.readString(cases, StandardCharsets.UTF_8).substring(0, 30)
                    : String.join(",", Workbooks.texts(Workbooks.read(cases).get("cases")).get(0));
            assertThat(head).contains("案例编号").contains("身份证号码");
        }

        // The cases into an empty register: the same people, the same periods.
        Path other = Files.createDirectory(dir.resolve("other-" + lang + format));
        CliHarness empty = new CliHarness(other);
        ok(empty.at("2020-02-10T12:00", "init"));
        CliHarness.Result imported = ok(empty.at("2020-02-10T12:00", "--format", "json", "import", cases.toString()));
        assertThat(imported.out()).contains("\"registered\" : 3").contains("\"rejected\" : 0");
        assertThat(people(empty)).isEqualTo(people(cli));

        // The readings into the register as it stood before they were taken: the same readings.
        CliHarness before = new CliHarness(dir);
        before.env.put("QUARANTINE_DB", copy.toString());
        CliHarness.Result temps = ok(before.at("2020-02-10T12:00", "--format", "json", "temp", "import",
                readings.toString()));
        // Six readings: two taken at admission (already in the copy: duplicates), three later, one at release.
        assertThat(temps.out()).contains("\"rowsRead\" : 6").contains("\"recorded\" : 4")
                .contains("\"duplicates\" : 2").contains("\"rejected\" : 0");
        assertThat(readings(before)).isEqualTo(readings(cli));
    }

    @Test
    void theDailyReportIsAWorkbookWithASheetPerSection() throws Exception {
        readingsAndRelease();
        Path report = dir.resolve("report.xlsx");
        CliHarness.Result r = ok(cli.at("2020-02-10T18:00", "--lang", "zh", "report", "daily", "--out",
                report.toString()));
        assertThat(r.err()).contains("每部分一个工作表");
        Map<String, List<List<Cell>>> book = Workbooks.read(report);
        assertThat(book.keySet()).containsExactly("在管人数", "当日变动", "到期情况", "健康监测", "日常运行",
                "费用（截至目前，所有酒店隔离）");
        List<List<String>> census = Workbooks.texts(book.get("在管人数"));
        assertThat(census.get(0).get(0)).contains("每日报表 2020-02-10");
        assertThat(census.get(1)).startsWith("项目", "案例编号", "姓名");
        assertThat(census).anySatisfy(row -> assertThat(row).startsWith("在管案例合计").contains("2"));
        List<List<Cell>> money = book.get("费用（截至目前，所有酒店隔离）");
        Cell total = money.stream().filter(row -> row.get(0) != null && row.get(0).getText().equals("合计"))
                .findFirst().orElseThrow().get(7);
        assertThat(total.getType()).isEqualTo(CellType.NUMBER);
        String json = ok(cli.at("2020-02-10T18:00", "--format", "json", "report", "daily")).out();
        String expected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("money").get("total")
                .asText();
        assertThat(total.asNumber()).isEqualByComparingTo(expected);
        assertThat(total.getDataFormatString()).isEqualTo("0.00");
        List<List<String>> movements = Workbooks.texts(book.get("当日变动"));
        assertThat(movements).anySatisfy(row -> assertThat(row).startsWith("解除隔离", "Q000001", "王伟"));
        assertThat(ok(cli.at("2020-02-10T18:00", "--lang", "en", "report", "daily", "--out", report.toString(),
                "--force")).code()).isZero();
        // Excel allows 31 characters in a sheet's name: the English money heading has a short name of its own.
        assertThat(Workbooks.read(report).keySet()).containsExactly("Census", "Movements of the day",
                "Due for release", "Health", "Operations", "Money to date");
        assertThat(cli.at("2020-02-10T18:00", "report", "daily", "--out", report.toString()).code())
                .as("never over a file without --force").isEqualTo(5);
    }
}
