package dev.quarantine.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.Cell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code import} and {@code temp import} of real .xlsx workbooks, cells as Excel stores them, through the real CLI. */
class XlsxImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOW = "2020-02-10T09:00";
    private static final String WANG = CliHarness.id("410105", "19850312", "100");
    private static final String ZHANG = CliHarness.id("420902", "19900505", "201");

    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void init() {
        cli = new CliHarness(dir);
        assertThat(cli.at(NOW, "init").code()).isZero();
    }

    /**
     * A roster as a community keeps it in Excel: a merged title row, Chinese headers on row 2, a serial number column,
     * a phone typed as a number, dates as date cells and as text, a boolean, an identity number that Excel turned into
     * a number (its last digits lost), an empty row.
     */
    private Path roster(String name) throws Exception {
        return Workbooks.write(dir.resolve(name), "登记表", ws -> {
            ws.value(0, 0, "祭城路社区返郑人员登记表");
            ws.range(0, 0, 0, 7).merge();
            String[] header = {"序号", "姓名", "身份证号码", "联系电话", "来源地", "返郑日期", "是否群租户", "体温"};
            for (int c = 0; c < header.length; c++) {
                ws.value(1, c, header[c]);
            }
            ws.value(2, 0, 1);
            ws.value(2, 1, "王伟");
            ws.value(2, 2, WANG);
            ws.value(2, 3, 13803711234L);
            ws.value(2, 4, "河南南阳");
            ws.value(2, 5, LocalDate.of(2020, 2, 6));
            ws.style(2, 5).format("yyyy/m/d").set();
            ws.value(2, 6, Boolean.TRUE);
            ws.value(2, 7, 36.5);
            ws.value(3, 0, 2);
            ws.value(3, 1, "李娜");
            ws.value(3, 2, 4.20106199001011E17); // typed into a General cell: Excel kept 15 digits
            ws.value(3, 3, "139 0371 1234");
            ws.value(3, 4, "武汉");
            ws.value(3, 5, "2020/2/5");
            // row 5 (index 4) left empty
            ws.value(5, 0, 3);
            ws.value(5, 1, "张伟");
            ws.value(5, 2, ZHANG);
            ws.value(5, 3, "13912345678");
            ws.value(5, 4, "湖北孝感");
            ws.value(5, 5, 43866); // 2020-02-05 as a serial number with a date format
            ws.style(5, 5).format("yyyy年m月d日").set();
            ws.value(5, 6, "否");
        });
    }

    private JsonNode json(CliHarness.Result r) throws Exception {
        assertThat(r.code()).as(r.toString()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void aRosterAsExcelKeepsItImportsCellByCellAndItsRejectsAreAWorkbook() throws Exception {
        Path file = roster("roster.xlsx");
        JsonNode s = json(cli.at(NOW, "--format", "json", "import", file.toString()));
        assertThat(s.get("rowsRead").asLong()).isEqualTo(3);
        assertThat(s.get("registered").asLong()).isEqualTo(2);
        assertThat(s.get("rejected").asLong()).isEqualTo(1);
        assertThat(s.get("sheet").asText()).isEqualTo("登记表");
        assertThat(s.get("headerLine").asLong()).as("the merged title row is skipped").isEqualTo(2);
        assertThat(s.get("ignoredColumns").toString()).contains("序号");
        assertThat(s.get("balanced").asBoolean()).isTrue();
        JsonNode wang = json(cli.run("--format", "json", "--unmasked", "show", WANG));
        assertThat(wang.get("phone").asText()).as("a phone stored as a number").isEqualTo("13803711234");
        assertThat(wang.get("arrivalDate").asText()).as("a date cell").isEqualTo("2020-02-06");
        assertThat(wang.get("groupRenter").asBoolean()).as("a boolean cell").isTrue();
        JsonNode zhang = json(cli.run("--format", "json", "show", ZHANG));
        assertThat(zhang.get("arrivalDate").asText()).as("a serial number with a Chinese date format")
                .isEqualTo("2020-02-05");

        Path rejects = dir.resolve("roster.rejects.xlsx");
        assertThat(s.get("rejectsFile").asText()).isEqualTo(rejects.toString());
        List<List<String>> rows = Workbooks.texts(Workbooks.read(rejects).get("rejects"));
        assertThat(rows.get(0)).containsExactly("序号", "姓名", "身份证号码", "联系电话", "来源地", "返郑日期", "是否群租户",
                "体温", "line", "error");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("李娜");
        assertThat(rows.get(1).get(8)).as("the row as Excel numbers it").isEqualTo("4");
        assertThat(rows.get(1).get(9)).contains("4.20106199001011E+17")
                .contains("stored by Excel as a number and lost its last digits").contains("Format Cells");
        assertThat(Files.exists(dir.resolve("roster.rejects.csv"))).isFalse();
    }

    @Test
    void rejectsOfAWorkbookGoToCsvWhenTheFileIsNamedSo() throws Exception {
        Path file = roster("roster.xlsx");
        Path csv = dir.resolve("bad-rows.csv");
        assertThat(cli.at(NOW, "import", file.toString(), "--rejects", csv.toString()).code()).isZero();
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,姓名,身份证号码").contains("line,error").contains("李娜").contains(",4,");
    }

    @Test
    void theSheetIsChosenByItsHeaderOrByName() throws Exception {
        Map<String, Workbooks.SheetFiller> sheets = new LinkedHashMap<>();
        sheets.put("说明", Workbooks.text(List.of(List.of("本表为祭城路社区名单"), List.of("请勿改动表头"))));
        sheets.put("二月", Workbooks.text(List.of(List.of("姓名", "身份证号", "手机号", "来自", "返郑日期"),
                List.of("王伟", WANG, "13803711234", "南阳", "2020-02-03"))));
        sheets.put("三月", Workbooks.text(List.of(List.of("姓名", "身份证号", "手机号", "来自", "返郑日期"),
                List.of("张伟", ZHANG, "13912345678", "湖北孝感", "2020-02-05"))));
        Path file = Workbooks.write(dir.resolve("months.xlsx"), sheets);
        JsonNode first = json(cli.at(NOW, "--format", "json", "import", file.toString(), "--dry-run"));
        assertThat(first.get("sheet").asText()).as("the first sheet with a roster header").isEqualTo("二月");
        JsonNode named = json(cli.at(NOW, "--format", "json", "import", file.toString(), "--sheet", "三月"));
        assertThat(named.get("registered").asLong()).isEqualTo(1);
        assertThat(cli.run("show", ZHANG).code()).isZero();
        assertThat(cli.run("show", WANG).code()).as("the other sheet was not read").isEqualTo(4);

        CliHarness.Result missing = cli.at(NOW, "import", file.toString(), "--sheet", "四月");
        assertThat(missing.code()).isEqualTo(5);
        assertThat(missing.err()).contains("no sheet named \"四月\"").contains("\"说明\", \"二月\", \"三月\"");
        assertThat(missing.err().lines().count()).isEqualTo(1);
        CliHarness.Result noHeader = cli.at(NOW, "import", file.toString(), "--sheet", "说明");
        assertThat(noHeader.code()).isEqualTo(5);
        assertThat(noHeader.err()).contains("lacks required columns");
    }

    @Test
    void aWorkbookIsKnownByItsContentAndAFileNamedXlsxThatIsNotOneIsRefused() throws Exception {
        Path disguised = roster("roster.csv"); // a workbook, saved with the wrong name
        assertThat(json(cli.at(NOW, "--format", "json", "import", disguised.toString(), "--dry-run"))
                .get("rowsRead").asLong()).isEqualTo(3);

        Path csv = Files.writeString(dir.resolve("csv.xlsx"), "姓名,身份证号,手机号,来自,返郑日期\n王伟," + WANG
                + ",13803711234,南阳,2020-02-03\n");
        CliHarness.Result text = cli.at(NOW, "import", csv.toString());
        assertThat(text.code()).isEqualTo(5);
        assertThat(text.err()).contains("holds plain text").contains("rename it to .csv");
        Path html = Files.writeString(dir.resolve("export.xlsx"), "<html><head><meta charset=utf-8></head><body>"
                + "<table><tr><td>姓名</td></tr></table></body></html>");
        CliHarness.Result page = cli.at(NOW, "import", html.toString());
        assertThat(page.code()).isEqualTo(5);
        assertThat(page.err()).contains("is an HTML page");
        assertThat(cli.run("list").out()).doesNotContain("王伟");

        CliHarness.Result encoding = cli.at(NOW, "import", roster("again.xlsx").toString(), "--encoding", "gbk");
        assertThat(encoding.code()).isEqualTo(2);
        assertThat(encoding.err()).contains("--encoding is for CSV files");
        CliHarness.Result sheet = cli.at(NOW, "import", csvRoster().toString(), "--sheet", "一月");
        assertThat(sheet.code()).isEqualTo(2);
        assertThat(sheet.err()).contains("--sheet is for Excel workbooks");
    }

    private Path csvRoster() throws Exception {
        return Files.writeString(dir.resolve("plain.csv"), "姓名,身份证号,手机号,来自,返郑日期\n王伟," + WANG
                + ",13803711234,南阳,2020-02-03\n");
    }

    @Test
    void dryRunAtomicAndAdmitWorkOnWorkbooksAsOnCsv() throws Exception {
        assertThat(cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180").code()).isZero();
        Path file = roster("roster.xlsx");
        JsonNode dry = json(cli.at(NOW, "--format", "json", "import", file.toString(), "--dry-run"));
        assertThat(dry.get("registered").asLong()).isEqualTo(2);
        assertThat(dry.get("written").asBoolean()).isFalse();
        assertThat(cli.run("list").out()).doesNotContain("王伟");
        CliHarness.Result atomic = cli.at(NOW, "import", file.toString(), "--atomic");
        assertThat(atomic.code()).isEqualTo(3);
        assertThat(atomic.err()).contains("nothing was written");
        assertThat(cli.run("list").out()).doesNotContain("王伟");
        JsonNode admit = json(cli.at(NOW, "--format", "json", "import", file.toString(), "--admit"));
        assertThat(admit.get("registered").asLong()).isEqualTo(2);
        assertThat(admit.get("admitted").asLong()).isPositive();
        JsonNode wang = json(cli.run("--format", "json", "show", WANG));
        assertThat(wang.get("status").asText()).isEqualTo("ADMITTED");
        assertThat(wang.get("intakeTemperature").asText()).as("the temperature column, a number cell").isEqualTo("36.5");
        JsonNode again = json(cli.at(NOW, "--format", "json", "import", file.toString()));
        assertThat(again.get("registered").asLong()).as("the same workbook twice registers nothing new").isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);
    }

    @Test
    void temperatureSheetsAreReadFromWorkbooksWithTheirDateTimeCells() throws Exception {
        assertThat(cli.at(NOW, "hotel", "add", "锦江之星", "--rooms", "101-105", "--rate", "180").code()).isZero();
        assertThat(cli.at("2020-02-05T10:00", "admit", "--name", "王伟", "--id", WANG, "--phone", "13803711234",
                "--origin", "南阳", "--arrived", "2020-02-05", "--temp", "36.5").code()).isZero();
        Path sheet = Workbooks.write(dir.resolve("readings.xlsx"), "体温", ws -> {
            String[] header = {"案例编号", "体温", "测量时间", "测量人"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            ws.value(1, 0, "Q000001");
            ws.value(1, 1, 36.6);
            ws.value(1, 2, LocalDateTime.of(2020, 2, 6, 8, 30));
            ws.style(1, 2).format("yyyy-mm-dd hh:mm").set();
            ws.value(1, 3, "赵护士");
            ws.value(2, 0, "Q000001");
            ws.value(2, 1, 37.8);
            ws.value(2, 2, "2020/2/6 15:10");
            ws.value(2, 3, "赵护士");
            ws.value(3, 0, "Q000009");
            ws.value(3, 1, 36.6);
            ws.value(3, 2, "2020-02-06 15:10");
        });
        JsonNode s = json(cli.at(NOW, "--format", "json", "temp", "import", sheet.toString()));
        assertThat(s.get("recorded").asLong()).isEqualTo(2);
        assertThat(s.get("fevers").asLong()).isEqualTo(1);
        assertThat(s.get("rejected").asLong()).isEqualTo(1);
        assertThat(s.get("rejectsFile").asText()).endsWith("readings.rejects.xlsx");
        JsonNode shown = json(cli.run("--format", "json", "show", "Q000001"));
        assertThat(shown.get("readings").toString()).contains("2020-02-06T08:30:00+08:00").contains("37.8");
    }

    @Test
    void theTemplateIsAnEmptyRosterTheImporterReadsAndItsExampleRowIsNeverRegistered() throws Exception {
        Path template = dir.resolve("名单模板.xlsx");
        CliHarness.Result r = cli.run("import", "--template", template.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Map<String, List<List<Cell>>> book = Workbooks.read(template);
        assertThat(book.keySet()).containsExactly("名单", "填写说明");
        List<List<Cell>> roster = book.get("名单");
        assertThat(Workbooks.texts(roster).get(1)).containsExactly("姓名", "证件类型", "身份证号码", "联系电话", "来源地",
                "返郑日期", "所属社区", "现住址", "是否群租户", "体温", "备注");
        Cell id = roster.get(2).get(2);
        assertThat(id.getType()).as("the identity number is a text cell").isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        String sheetXml = Workbooks.part(template, "xl/worksheets/sheet1.xml");
        java.util.regex.Matcher style = java.util.regex.Pattern.compile("<col min=\"3\" max=\"3\"[^>]*style=\"(\\d+)\"")
                .matcher(sheetXml);
        assertThat(style.find()).as("the whole identity column has a style").isTrue();
        String styles = Workbooks.part(template, "xl/styles.xml");
        assertThat(styles).as("a text format").containsPattern("numFmtId=\"(\\d+)\" formatCode=\"@\"");
        assertThat(Workbooks.texts(book.get("填写说明"))).hasSizeGreaterThan(11)
                .anySatisfy(row -> assertThat(String.join("", row)).contains("文本格式"));
        assertThat(Workbooks.part(template, "xl/worksheets/sheet1.xml")).contains("state=\"frozen\"");

        JsonNode imported = json(cli.at(NOW, "--format", "json", "import", template.toString()));
        assertThat(imported.get("registered").asLong()).isZero();
        assertThat(imported.get("rejected").asLong()).as("the example row is rejected, by its name").isEqualTo(1);
        assertThat(imported.get("ignoredColumns").size()).as("every column of the template is read").isZero();

        Path csv = dir.resolve("template.csv");
        assertThat(cli.run("import", "--template", csv.toString()).code()).isZero();
        assertThat(Files.readString(csv)).startsWith("\uFEFF姓名,证件类型,身份证号码");
        assertThat(cli.run("import", "--template", csv.toString()).code()).as("never over a file").isEqualTo(5);
        assertThat(cli.run("import", "--template", csv.toString(), "--force").code()).isZero();
        assertThat(cli.run("import", "--template", csv.toString(), "--dry-run").code()).isEqualTo(2);
        assertThat(cli.run("import").code()).as("neither a roster nor --template").isEqualTo(2);
    }
}
