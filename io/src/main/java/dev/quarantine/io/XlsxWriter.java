package dev.quarantine.io;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook written as a stream with dhatim's fastexcel: one sheet after another, rows flushed to the file as they come
 * (so that a million rows never sit in memory), each sheet with a bold, frozen header row and column widths that fit the
 * header and the first {@link #MEASURED} rows. Cells keep their type: text (always a text cell: identity numbers and
 * phones are never numbers, and a leading {@code =} is never a formula), whole numbers, money ({@link Decimal}: a number
 * shown with two decimals), dates and date-times. Nothing is put before a text cell: a workbook cell is never run as a
 * formula.
 */
public final class XlsxWriter implements AutoCloseable {
    /** Rows whose widths are measured before the sheet starts streaming. */
    static final int MEASURED = 500;
    private static final int FLUSH_EVERY = 1000;
    private static final double MAX_WIDTH = 60;

    private final OutputStream out;
    private final Workbook workbook;
    private Sheet current;

    /** A number shown with {@code decimals} decimals (money: 2). */
    public record Decimal(BigDecimal value, int decimals) {
    }

    public XlsxWriter(OutputStream out) {
        this.out = out;
        this.workbook = new Workbook(out, "QuarantineDesk", "1.0");
    }

    /** Starts a sheet (finishing the one before): its header row is written bold and frozen. */
    public Sheet sheet(String name, List<String> header) {
        finishSheet();
        current = new Sheet(workbook.newWorksheet(safeName(name)), header);
        return current;
    }

    /** A sheet's name as Excel allows it: at most 31 characters, none of {@code []:*?/\}. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    private void finishSheet() {
        if (current != null) {
            current.finish();
            current = null;
        }
    }

    /** Finishes the workbook: the file is complete once this returns. */
    public void finish() {
        finishSheet();
        try {
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // The stream below belongs to the caller (an AtomicOutput), which discards it unless committed.
    }

    /** One sheet being written. */
    public static final class Sheet {
        private final Worksheet ws;
        private final int columns;
        private final double[] widths;
        private final List<List<Object>> pending = new ArrayList<>();
        private final List<Integer> textColumns = new ArrayList<>();
        private int row;
        private boolean streaming;
        private String title;

        Sheet(Worksheet ws, List<String> header) {
            this.ws = ws;
            this.columns = header.size();
            this.widths = new double[columns];
            pending.add(new ArrayList<>(header));
        }

        /** A title row above the header (the template's instructions, a report's date). */
        public Sheet title(String text) {
            this.title = text;
            return this;
        }

        /** Formats a column as text, so that what is typed into it later stays text (the template's identity column). */
        public Sheet textColumn(int column) {
            textColumns.add(column);
            return this;
        }

        /** Adds a row; cells are String, Number, {@link Decimal}, LocalDate, LocalDateTime or null. */
        public void row(List<?> cells) {
            pending.add(new ArrayList<>(cells));
            if (streaming ? pending.size() >= FLUSH_EVERY : pending.size() > MEASURED) {
                drain();
            }
        }

        private void start() {
            for (List<Object> r : pending) {
                for (int c = 0; c < Math.min(columns, r.size()); c++) {
                    widths[c] = Math.max(widths[c], width(r.get(c)));
                }
            }
            for (int c = 0; c < columns; c++) {
                ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
            }
            for (int c : textColumns) {
                ws.style(c).format("@").set();
            }
            int headerRow = title == null ? 0 : 1;
            ws.freezePane(0, headerRow + 1);
            if (title != null) {
                ws.inlineString(0, 0, title);
                ws.style(0, 0).bold().fontSize(12).set();
                row = 1;
            }
            streaming = true;
        }

        private void drain() {
            if (!streaming) {
                start();
            }
            for (List<Object> r : pending) {
                boolean header = row == (title == null ? 0 : 1);
                for (int c = 0; c < r.size(); c++) {
                    cell(row, c, r.get(c), header);
                }
                row++;
            }
            pending.clear();
            try {
                ws.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void cell(int r, int c, Object v, boolean header) {
            if (v == null) {
                return;
            }
            if (header) {
                ws.inlineString(r, c, v.toString());
                ws.style(r, c).bold().fillColor("DDDDDD").set();
            } else if (v instanceof Decimal d) {
                ws.value(r, c, d.value());
                ws.style(r, c).format(d.decimals() == 0 ? "0" : "0." + "0".repeat(d.decimals())).set();
            } else if (v instanceof Number n) {
                ws.value(r, c, n);
            } else if (v instanceof LocalDate d) {
                ws.value(r, c, d);
                ws.style(r, c).format("yyyy-mm-dd").set();
            } else if (v instanceof LocalDateTime t) {
                ws.value(r, c, t);
                ws.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            } else {
                ws.inlineString(r, c, Printable.text(v.toString()));
                if (textColumns.contains(c)) {
                    ws.style(r, c).format("@").set();
                }
            }
        }

        /** Roughly how many character widths a cell takes (CJK characters count two). */
        private static double width(Object v) {
            if (v == null) {
                return 0;
            }
            if (v instanceof LocalDate) {
                return 10;
            }
            if (v instanceof LocalDateTime) {
                return 19;
            }
            String s = v instanceof Decimal d ? d.value().toPlainString() : v.toString();
            double w = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                w += cp >= 0x1100 && Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFFEF)
                        || (cp >= 0x3000 && cp <= 0x303F) ? 2.1 : 1.1;
                i += Character.charCount(cp);
            }
            return w;
        }

        void finish() {
            drain();
            try {
                ws.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
