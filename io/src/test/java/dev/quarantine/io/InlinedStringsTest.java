package dev.quarantine.io;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.roster.RosterRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A workbook as Excel saves it (every text in the shared-strings table, some as rich text with phonetic guides, an
 * empty shared-string cell, numbers, an inline string) reads the same whether its table is held in memory or its
 * cells are first rewritten to hold their text ({@link InlinedStrings}); the copy is deleted when the input closes.
 */
class InlinedStringsTest {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    @Test
    void aWorkbookReadsTheSameFromItsTableAndFromItsInlinedCopy() throws IOException {
        Path file = workbook(dir.resolve("roster.xlsx"), """
                <si><t>姓名</t></si><si><t>身份证号</t></si><si><t>住址</t></si>\
                <si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">伟 </t></r>\
                <rPh sb="0" eb="1"><t>ワン</t></rPh></si>\
                <si><t>410105199001010011</t></si>\
                <si><t xml:space="preserve">  祭城路 &amp; 商都路 &lt;3号&gt; 😀  </t></si>\
                <si><t>李娜</t></si>""", """
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
                <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row>\
                <row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3"><v>410105199001010000</v></c><c r="C3" t="s"/></row>\
                <row r="4"><c r="A4" t="inlineStr"><is><t>张强</t></is></c><c r="B4" t="s"><v></v></c>\
                <c r="C4" t="s"><v>5</v></c></row>""");
        List<Path> before = temporaryCopies();
        List<List<String>> fromTable = rows(file, Long.MAX_VALUE);
        List<List<String>> fromCopy = rows(file, 0);
        assertThat(fromCopy).isEqualTo(fromTable);
        assertThat(fromCopy.get(0)).containsExactly("王伟 ", "410105199001010011", "  祭城路 & 商都路 <3号> 😀  ");
        assertThat(fromCopy.get(1).get(0)).isEqualTo("李娜");
        assertThat(fromCopy.get(2)).startsWith("张强");
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    @Test
    void aCellNamingAStringTheTableDoesNotHaveIsRefusedAndNoCopyIsLeft() throws IOException {
        Path file = workbook(dir.resolve("broken.xlsx"), "<si><t>姓名</t></si><si><t>身份证号</t></si>",
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>");
        List<Path> before = temporaryCopies();
        assertThatThrownBy(() -> rows(file, 0)).isInstanceOf(QuarantineException.class)
                .hasMessageContaining("shared string 7").hasMessageContaining("has 2");
        assertThat(temporaryCopies()).isEqualTo(before);
    }

    /** A long entry that a short sheet names many times would unpack into a copy far larger than the workbook. */
    @Test
    void aCopyLargerThanItsLimitIsRefusedAndRemoved() throws IOException {
        StringBuilder cells = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
        for (int r = 2; r <= 700; r++) {
            cells.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>1</v></c></row>");
        }
        Path file = workbook(dir.resolve("amplifier.xlsx"), "<si><t>姓名</t></si><si><t>"
                + "a".repeat(InlinedStrings.MAX_CELL) + "</t></si>", cells.toString());
        List<Path> before = temporaryCopies();
        assertThatThrownBy(() -> InlinedStrings.copy(file, 16L << 20)).isInstanceOf(IOException.class)
                .hasMessageContaining("more than 16 MB");
        assertThat(temporaryCopies()).isEqualTo(before);
        Path copy = InlinedStrings.copy(file, 64L << 20);
        try {
            assertThat(Files.size(copy)).isPositive();
        } finally {
            Files.delete(copy);
        }
    }

    /**
     * What no program writes for people is refused rather than held or guessed at: an entry longer than an Excel cell,
     * a cell holding more than that, and two shared-strings parts (whose numbering would run on from the first).
     */
    @Test
    void overlongTextsAndASecondTableAreRefusedWithTheirReason() throws IOException {
        String header = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        Path longEntry = workbook(dir.resolve("long-entry.xlsx"), "<si><t>姓名</t></si><si><t>"
                + "长".repeat(InlinedStrings.MAX_CELL + 1) + "</t></si>", header);
        assertThatThrownBy(() -> InlinedStrings.copy(longEntry)).isInstanceOf(IOException.class)
                .hasMessageContaining("shared string 1 holds more than 32767 characters");
        Path longCell = workbook(dir.resolve("long-cell.xlsx"), "<si><t>姓名</t></si>", header + "<row r=\"2\">"
                + "<c r=\"A2\" t=\"s\"><v>" + "0".repeat(InlinedStrings.MAX_CELL + 1) + "</v></c></row>");
        assertThatThrownBy(() -> InlinedStrings.copy(longCell)).isInstanceOf(IOException.class)
                .hasMessageContaining("a shared-string cell holds more than 32767 characters");
        Path twoTables = dir.resolve("two-tables.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook(dir.resolve("one.xlsx"),
                "<si><t>姓名</t></si>", header)));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(twoTables))) {
            put(out, "xl/extra/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"><si><t>别的</t></si></sst>");
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                put(out, e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThatThrownBy(() -> InlinedStrings.copy(twoTables)).isInstanceOf(IOException.class)
                .hasMessageContaining("two shared-strings parts");
    }

    private List<List<String>> rows(Path file, long budget) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XlsxInput in = XlsxInput.open(file, null, header -> header.contains("姓名"), budget)) {
            assertThat(in.header()).containsExactly("姓名", "身份证号", "住址");
            for (java.util.Iterator<RosterRow> it = in.rows(); it.hasNext(); ) {
                rows.add(it.next().cells());
            }
        }
        return rows;
    }

    private static List<Path> temporaryCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("quarantine-inlined-")
                    || f.getFileName().toString().startsWith("quarantine-strings-")
                    || f.getFileName().toString().startsWith("quarantine-starts-")).sorted().toList();
        }
    }

    /** A minimal workbook as Excel lays it out: content types, relationships, a sheet and its shared strings. */
    private static Path workbook(Path file, String strings, String rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                    + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"名单\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
            put(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\""
                    + MAIN + "\">" + strings + "</sst>");
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
