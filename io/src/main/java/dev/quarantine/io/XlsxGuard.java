package dev.quarantine.io;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One pass over a workbook's parts before a row is read, so that a hostile or broken file is refused with one line
 * before anything is written: a truncated or damaged archive (its directory, a CRC, a cut-off part), a zip bomb (a part
 * that unpacks to far more than it could hold: over {@link #MAX_RATIO} times its packed size past
 * {@link #RATIO_GRACE} bytes, or more than {@link #MAX_TOTAL} in all), an archive that is no workbook, and a sheet that
 * reaches Excel's last row (1,048,576: the rows after it were cut off when someone opened a longer file in Excel). The
 * parts are unpacked into a counter, never into memory; only the last row numbers of each sheet are kept.
 */
final class XlsxGuard {
    /** Excel's last row: a sheet with data in it was probably cut short. */
    static final int EXCEL_LAST_ROW = 1_048_576;
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL = 4L << 30;
    static final long RATIO_GRACE = 64L << 20;
    static final long MAX_RATIO = 200;

    private final Map<String, Integer> lastRows = new HashMap<>();
    private long sharedStringsBytes;
    private boolean styles;

    private XlsxGuard() {
    }

    /** The last row with cells of each worksheet part ({@code xl/worksheets/sheet1.xml} → 1001). */
    Map<String, Integer> lastRows() {
        return lastRows;
    }

    /** True when the workbook has a styles part (number formats: which numbers are dates); it may have none. */
    boolean hasStyles() {
        return styles;
    }

    /** How many bytes the shared strings part unpacks to. */
    long sharedStringsBytes() {
        return sharedStringsBytes;
    }

    /** @throws QuarantineException {@code DATA_FILE}: damaged, truncated, a bomb, not a workbook, cut off at row 1,048,576 */
    static XlsxGuard check(Path file) {
        XlsxGuard guard = new XlsxGuard();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.bomb", file, zip.size() + " parts", "", "");
            }
            boolean workbook = false;
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (e.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue; // pictures and the like: never read
                }
                workbook |= name.equals("xl/workbook.xml") || name.endsWith("/workbook.xml");
                guard.styles |= name.endsWith("styles.xml");
                boolean sheet = name.contains("worksheets/");
                RowScan scan = sheet ? new RowScan() : null;
                long packed = Math.max(1, e.getCompressedSize());
                long size = 0;
                byte[] buffer = new byte[1 << 16];
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        size += n;
                        if ((size > RATIO_GRACE && size > packed * MAX_RATIO) || total + size > MAX_TOTAL) {
                            throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.bomb", file, e.getName(),
                                    (size >> 20) + " MB+", Math.max(1, packed >> 10) + " KB");
                        }
                        if (scan != null) {
                            scan.feed(buffer, n);
                        }
                    }
                }
                total += size;
                if (scan != null) {
                    guard.lastRows.merge(e.getName(), scan.lastRow, Math::max);
                    if (scan.badColumn) {
                        throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.badColumn", file, e.getName());
                    }
                    if (scan.lastRow >= EXCEL_LAST_ROW) {
                        throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.lastRow", file, e.getName(),
                                EXCEL_LAST_ROW);
                    }
                }
                if (name.endsWith("sharedstrings.xml")) {
                    guard.sharedStringsBytes += size;
                }
            }
            if (!workbook) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.notWorkbook", file);
            }
            return guard;
        } catch (ZipException | java.io.EOFException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "xlsx.damaged", file, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "xlsx.damaged", file, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads the {@code <row …>} and {@code <c …>} tags of a sheet's XML as it streams past: keeps the largest row
     * number of a row that is not empty ({@code <row r="N" …/>} is a row with a format and no cell), and refuses a cell
     * beyond Excel's last column (XFD), which a reader would have to make room for.
     */
    static final class RowScan {
        private enum State { TEXT, NAME, ATTRIBUTES }

        private State state = State.TEXT;
        private final StringBuilder name = new StringBuilder();
        private final StringBuilder attributes = new StringBuilder();
        private int current;
        int lastRow;
        boolean badColumn;

        void feed(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                char c = (char) (b[i] & 0xFF);
                switch (state) {
                    case TEXT -> {
                        if (c == '<') {
                            state = State.NAME;
                            name.setLength(0);
                        }
                    }
                    case NAME -> {
                        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '>' || c == '/') {
                            String tag = name.toString();
                            if (tag.equals("row") || tag.equals("c")) {
                                attributes.setLength(0);
                                if (c == '>' || c == '/') {
                                    attributes.append(c == '/' ? "/" : "");
                                    if (c == '>') {
                                        end(tag);
                                        state = State.TEXT;
                                        continue;
                                    }
                                }
                                state = State.ATTRIBUTES;
                            } else {
                                state = State.TEXT;
                            }
                        } else if (name.length() < 8) {
                            name.append(c);
                        } else {
                            state = State.TEXT;
                        }
                    }
                    case ATTRIBUTES -> {
                        if (c == '>') {
                            end(name.toString());
                            state = State.TEXT;
                        } else if (attributes.length() < 512) {
                            attributes.append(c);
                        }
                    }
                }
            }
        }

        private String attribute(String key) {
            int at = attributes.indexOf(key + "=\"");
            while (at > 0 && !Character.isWhitespace(attributes.charAt(at - 1))) {
                at = attributes.indexOf(key + "=\"", at + 1);
            }
            int end = at < 0 ? -1 : attributes.indexOf("\"", at + key.length() + 2);
            return end < 0 ? null : attributes.substring(at + key.length() + 2, end);
        }

        private void end(String tag) {
            String r = attribute("r");
            if (tag.equals("c")) {
                int letters = 0;
                while (r != null && letters < r.length() && Character.isLetter(r.charAt(letters))) {
                    letters++;
                }
                if (letters > 3 || (letters == 3 && r.substring(0, 3).toUpperCase(Locale.ROOT).compareTo("XFD") > 0)) {
                    badColumn = true;
                }
                return;
            }
            try {
                current = r == null ? current + 1 : Integer.parseInt(r.strip());
            } catch (NumberFormatException e) {
                current++; // not a number: the reader will say what is wrong with the sheet
            }
            if (attributes.length() == 0 || attributes.charAt(attributes.length() - 1) != '/') {
                lastRow = Math.max(lastRow, current); // <row r="N" …/> is an empty row, with a format and no cell
            }
        }
    }
}
