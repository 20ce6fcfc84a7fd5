package dev.quarantine.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken workbooks given to the real program, as a separate process on a 64 MB heap: each is refused with
 * exit 5 and one line that says what the file is, in seconds, before anything is written — never a hang, an
 * OutOfMemoryError or a stack trace. And workbooks with Excel's shared strings import on that heap: 50,000 rows, and a
 * longer roster whose shared strings would not fit in memory.
 */
class HostileWorkbookIT {
    private static final String NOW = "2020-02-10T09:00";
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    private static final String HEADER = "<row r=\"1\">" + cells(1, "姓名", "身份证号", "手机号", "来自", "返郑日期") + "</row>";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void init() throws Exception {
        db = dir.resolve("q.db");
        assertThat(ProcessRunner.run(dir, "init", "--db", db.toString(), "--now", NOW, "init").code()).isZero();
    }

    private static String cells(int row, String... values) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            s.append("<c r=\"").append((char) ('A' + c)).append(row).append("\" t=\"inlineStr\"><is><t>")
                    .append(values[c]).append("</t></is></c>");
        }
        return s.toString();
    }

    /** Writes a workbook's parts by hand, the sheet's XML from {@code sheet}, and a shared-strings part if given. */
    interface Part {
        void write(Writer w) throws IOException;
    }

    private Path workbook(String name, Part sheet, Part sharedStrings, int level) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/"
                    + "xml\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                    + "+xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sheet.main+xml\"/>" + (sharedStrings == null ? ""
                    : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>") + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><sheetData>");
            sheet.write(w);
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            if (sharedStrings != null) {
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                Writer s = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                s.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                        + "spreadsheetml/2006/main\">");
                sharedStrings.write(s);
                s.write("</sst>");
                s.flush();
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private Path validRoster(String name) throws IOException {
        return workbook(name, w -> {
            w.write(HEADER);
            w.write("<row r=\"2\">" + cells(2, "王伟", CliHarness.id("410105", "19850312", "100"), "13803711234", "南阳",
                    "2020-02-03") + "</row>");
        }, null, Deflater.DEFAULT_COMPRESSION);
    }

    /** Imports {@code file} under 64 MB; it must be refused with exit 5 and one line, quickly, writing nothing. */
    private String refused(Path file, String... extra) throws Exception {
        String[] args = new String[5 + extra.length];
        System.arraycopy(new String[] {"--db", db.toString(), "--now", NOW, "import"}, 0, args, 0, 5);
        System.arraycopy(extra, 0, args, 5, extra.length);
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = file.toString();
        long start = System.nanoTime();
        ProcessRunner.Run r = ProcessRunner.run(dir, "import-" + file.getFileName(), SMALL_HEAP, null, all);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(r.code()).as(file + ": " + r.err()).isEqualTo(5);
        assertThat(r.err().strip().lines().count()).as("one line: " + r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("OutOfMemory").doesNotContain("\tat ");
        assertThat(seconds).as(file + " refused in " + seconds + " s").isLessThan(60);
        assertThat(cases()).as("nothing written").isZero();
        assertThat(Files.exists(dir.resolve(file.getFileName().toString().replaceFirst("\\.[^.]*$", "")
                + ".rejects.xlsx"))).isFalse();
        return r.err();
    }

    private long cases() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM qcase")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aZipBombIsRefusedAsOne() throws Exception {
        // 1 GB of nothing inside the sheet, packed to about a megabyte.
        Path bomb = workbook("bomb.xlsx", w -> {
            w.write(HEADER);
            char[] spaces = new char[1 << 20];
            java.util.Arrays.fill(spaces, ' ');
            for (int i = 0; i < 1024; i++) {
                w.write(spaces);
            }
        }, null, Deflater.BEST_COMPRESSION);
        assertThat(Files.size(bomb)).isLessThan(4L << 20);
        assertThat(refused(bomb)).contains("zip bomb").contains("xl/worksheets/sheet1.xml");
    }

    @Test
    void aTruncatedWorkbookIsDamagedNotEmpty() throws Exception {
        Path whole = validRoster("whole.xlsx");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertThat(refused(cut)).contains("damaged or incomplete workbook");
        // A damaged part inside a whole archive: its bytes changed, its checksum no longer matches.
        byte[] corrupt = bytes.clone();
        String text = new String(corrupt, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("xl/worksheets/sheet1.xml") + 40;
        for (int i = at; i < at + 20; i++) {
            corrupt[i] ^= 0x5A;
        }
        Path bad = Files.write(dir.resolve("corrupt.xlsx"), corrupt);
        assertThat(refused(bad)).containsAnyOf("damaged or incomplete", "could not be read as a workbook");
    }

    @Test
    void textAndWebPagesNamedXlsxAreCalledWhatTheyAre() throws Exception {
        Path csv = Files.writeString(dir.resolve("roster.xlsx"), "姓名,身份证号,手机号,来自,返郑日期\n王伟,"
                + CliHarness.id("410105", "19850312", "100") + ",13803711234,南阳,2020-02-03\n");
        assertThat(refused(csv)).contains("holds plain text");
        Path html = Files.writeString(dir.resolve("web.xlsx"), "<!DOCTYPE html><html><body><table><tr><td>姓名</td>"
                + "</tr></table></body></html>");
        assertThat(refused(html)).contains("HTML page");
    }

    @Test
    void encryptedWorkbooksAndOldXlsFilesSayHowToSaveThem() throws Exception {
        // An OLE2 compound file, as Excel saves a workbook with a password (the package in an EncryptedPackage stream)
        // and as Excel 97-2003 saves an .xls: the directory entries name the streams, in UTF-16LE.
        Path encrypted = Files.write(dir.resolve("secret.xlsx"), ole2("EncryptionInfo", "EncryptedPackage"));
        assertThat(refused(encrypted)).contains("password-protected");
        Path xls = Files.write(dir.resolve("old.xls"), ole2("Workbook", "SummaryInformation"));
        assertThat(refused(xls)).contains("Excel 97-2003");
    }

    private static byte[] ole2(String... streams) {
        byte[] file = new byte[512 * 4];
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(signature, 0, file, 0, 8);
        file[0x1C] = (byte) 0xFE; // byte order
        file[0x1D] = (byte) 0xFF;
        file[0x1E] = 9; // 512-byte sectors
        int at = 1024;
        for (String s : streams) {
            byte[] name = s.getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, file, at, name.length);
            at += 128;
        }
        return file;
    }

    @Test
    void aSheetFilledToExcelsLastRowWasCutShortAndIsRefused() throws Exception {
        Path full = workbook("full.xlsx", w -> {
            w.write(HEADER);
            for (int r = 2; r <= 1_048_576; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
            }
        }, null, Deflater.BEST_SPEED);
        assertThat(refused(full)).contains("1048576").contains("split the roster");
    }

    @Test
    void aCellBeyondExcelsLastColumnIsRefusedBeforeAReaderMakesRoomForIt() throws Exception {
        Path wide = workbook("wide.xlsx", w -> {
            w.write(HEADER);
            w.write("<row r=\"2\"><c r=\"ZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }, null, Deflater.DEFAULT_COMPRESSION);
        assertThat(refused(wide)).contains("beyond column XFD");
    }

    /**
     * Excel's shared-strings table of a long roster does not fit in a quarter of a 64 MB heap: the cells are rewritten
     * to hold their text (read from the table on disk) and the roster imports, every row with its own address.
     */
    @Test
    void sharedStringsLargerThanTheHeapAllowsImportFromDisk() throws Exception {
        int rows = 60_000;
        String filler = "号楼东单元临街一侧靠近社区卫生服务站和菜市场的那一栋楼的第二个门洞进去右手边第一户人家".repeat(2);
        long[] tableBytes = {0};
        Path roster = workbook("long-roster.xlsx", w -> {
            w.write("<row r=\"1\">");
            String[] h = {"姓名", "身份证号", "手机号", "来自", "返郑日期", "住址"};
            for (int c = 0; c < h.length; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            for (int r = 0; r < rows; r++) {
                int line = r + 2;
                w.write("<row r=\"" + line + "\"><c r=\"A" + line + "\" t=\"s\"><v>" + (6 + r % 4) + "</v></c>"
                        + "<c r=\"B" + line + "\" t=\"s\"><v>" + (10 + 2 * r) + "</v></c>"
                        + "<c r=\"C" + line + "\"><v>" + (13800000000L + r) + "</v></c>"
                        + "<c r=\"D" + line + "\" t=\"s\"><v>" + (r % 2 == 0 ? 6 : 7) + "</v></c>"
                        + "<c r=\"E" + line + "\" t=\"inlineStr\"><is><t>2020-02-0" + (1 + r % 5) + "</t></is></c>"
                        + "<c r=\"F" + line + "\" t=\"s\"><v>" + (11 + 2 * r) + "</v></c></row>");
            }
        }, s -> {
            StringBuilder t = new StringBuilder();
            for (String h : new String[] {"姓名", "身份证号", "手机号", "来自", "返郑日期", "住址", "武汉", "南阳", "张伟",
                    "李娜"}) {
                t.append("<si><t>").append(h).append("</t></si>");
            }
            for (int r = 0; r < rows; r++) {
                t.append("<si><t>").append(TestRosters.id(r)).append("</t></si><si><t>郑东新区").append(r)
                        .append(filler).append("</t></si>");
                if (t.length() > 1 << 16) {
                    tableBytes[0] += t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                    s.write(t.toString());
                    t.setLength(0);
                }
            }
            tableBytes[0] += t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            s.write(t.toString());
        }, Deflater.BEST_SPEED);
        assertThat(tableBytes[0]).as("the table is over a quarter of the 64 MB heap").isGreaterThan(16L << 20);
        ProcessRunner.Run r = ProcessRunner.run(dir, "import-long", SMALL_HEAP, null, "--db", db.toString(), "--now",
                NOW, "--format", "json", "import", roster.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cases()).isEqualTo(rows);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT address FROM qcase WHERE id_number = '" + TestRosters.id(54321)
                     + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("郑东新区54321" + filler);
        }
    }

    @Test
    void fiftyThousandRowsWithSharedStringsImportOnA64MbHeap() throws Exception {
        int rows = 50_000;
        Path roster = workbook("roster.xlsx", w -> {
            w.write("<row r=\"1\">");
            String[] h = {"姓名", "身份证号", "手机号", "来自", "返郑日期"};
            for (int c = 0; c < h.length; c++) {
                w.write("<c r=\"" + (char) ('A' + c) + "1\" t=\"s\"><v>" + c + "</v></c>");
            }
            w.write("</row>");
            for (int r = 0; r < rows; r++) {
                int line = r + 2;
                w.write("<row r=\"" + line + "\"><c r=\"A" + line + "\" t=\"s\"><v>" + (5 + r % 8) + "</v></c>"
                        + "<c r=\"B" + line + "\" t=\"s\"><v>" + (13 + 2 * r) + "</v></c>"
                        + "<c r=\"C" + line + "\"><v>" + (13800000000L + r) + "</v></c>"
                        + "<c r=\"D" + line + "\" t=\"s\"><v>" + (r % 2 == 0 ? 5 : 6) + "</v></c>"
                        + "<c r=\"E" + line + "\" t=\"s\"><v>" + (14 + 2 * r) + "</v></c></row>");
            }
        }, s -> {
            for (String t : new String[] {"姓名", "身份证号", "手机号", "来自", "返郑日期", "武汉", "南阳", "张伟", "李娜",
                    "王芳", "赵敏", "刘洋", "陈静"}) {
                s.write("<si><t>" + t + "</t></si>");
            }
            for (int r = 0; r < rows; r++) {
                s.write("<si><t>" + TestRosters.id(r) + "</t></si><si><t>2020-02-0" + (1 + r % 9) + "</t></si>");
            }
        }, Deflater.DEFAULT_COMPRESSION);
        ProcessRunner.Run r = ProcessRunner.run(dir, "import-50k", SMALL_HEAP, null, "--db", db.toString(), "--now",
                NOW, "--format", "json", "import", roster.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(cases()).isEqualTo(rows);
    }
}
