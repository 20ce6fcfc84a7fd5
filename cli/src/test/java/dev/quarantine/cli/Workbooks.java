package dev.quarantine.cli;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Real .xlsx files for the tests, written and read with fastexcel, as Excel would hold them. */
final class Workbooks {
    private Workbooks() {
    }

    /** Fills one sheet. */
    interface SheetFiller {
        void fill(Worksheet ws);
    }

    /** A workbook with sheets in order (name → filler). */
    static Path write(Path file, Map<String, SheetFiller> sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Microsoft Excel", "16.0");
            for (Map.Entry<String, SheetFiller> e : sheets.entrySet()) {
                Worksheet ws = wb.newWorksheet(e.getKey());
                e.getValue().fill(ws);
            }
            wb.finish();
        }
        return file;
    }

    static Path write(Path file, String sheet, SheetFiller filler) throws IOException {
        Map<String, SheetFiller> m = new LinkedHashMap<>();
        m.put(sheet, filler);
        return write(file, m);
    }

    /** A sheet of text cells (shared strings, as Excel writes them), one list per row, from row 0. */
    static SheetFiller text(List<List<String>> rows) {
        return ws -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v != null) {
                        ws.value(r, c, v);
                    }
                }
            }
        };
    }

    /** Every sheet's rows as raw cells (type and value), keyed by sheet name. */
    static Map<String, List<List<Cell>>> read(Path file) throws IOException {
        Map<String, List<List<Cell>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(),
                new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<Cell>> rows = new ArrayList<>();
                try (Stream<Row> stream = s.openStream()) {
                    stream.forEach(r -> {
                        List<Cell> cells = new ArrayList<>();
                        for (int i = 0; i < r.getCellCount(); i++) {
                            cells.add(r.getCell(i));
                        }
                        rows.add(cells);
                    });
                }
                out.put(s.getName(), rows);
            }
        }
        return out;
    }

    /** A sheet's rows as text ("" for a missing cell). */
    static List<List<String>> texts(List<List<Cell>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<Cell> r : rows) {
            List<String> cells = new ArrayList<>();
            for (Cell c : r) {
                cells.add(c == null ? "" : c.getText());
            }
            out.add(cells);
        }
        return out;
    }

    /** The text of a part of the workbook (its XML). */
    static String part(Path file, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry e = zip.getEntry(name);
            return e == null ? null : new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
