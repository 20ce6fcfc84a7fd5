package dev.quarantine.io;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.roster.RosterRow;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A roster or a temperature sheet saved by Excel ({@code .xlsx}), streamed row by row with dhatim's fastexcel-reader:
 * the workbook is never loaded whole. The parts are checked first ({@link XlsxGuard}). The sheet is {@code --sheet}, or
 * the first one with a recognisable header among its first rows (title rows, merged or not, above it are skipped).
 *
 * <p>Cells become the text a clerk would have typed: text as is; a number without its float noise ({@code 36.5},
 * {@code 13803711234}); a number of 16 digits or more as Excel shows it ({@code 4.10105198503121E+17}: an identity
 * number stored as a number has lost its last digits, and the registration says so and how to fix it); a date
 * (a serial number with a date format) as {@code 2020-02-03}, a date and time as {@code 2020-02-09 08:30}; a boolean
 * as {@code true}/{@code false}; an error as Excel writes it ({@code #N/A}).
 */
public final class XlsxInput implements TableInput {
    /** How many rows above the header may be titles. */
    static final int MAX_TITLE_ROWS = CsvInput.MAX_TITLE_ROWS;
    /** A shared-strings part larger than this share of the heap is not held while streaming, but read from disk. */
    static final int SHARED_STRINGS_HEAP_SHARE = 4;
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final ReadableWorkbook workbook;
    private final String sheetName;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;
    private final long headerLine;
    private final boolean date1904;
    private boolean recognised = true;
    /** The copy with inline strings this input reads, deleted when it is closed; null when it reads the file. */
    private Path copy;

    private XlsxInput(Path file, ReadableWorkbook workbook, String sheetName, Stream<Row> stream, Iterator<Row> rows,
                      List<String> header, long headerLine) {
        this.file = file;
        this.workbook = workbook;
        this.sheetName = sheetName;
        this.stream = stream;
        this.rows = rows;
        this.header = header;
        this.headerLine = headerLine;
        this.date1904 = workbook.isDate1904();
    }

    /**
     * Opens the sheet named {@code sheet}, or else the first sheet with a row that {@code isHeader} accepts.
     *
     * @throws QuarantineException {@code DATA_FILE}: a broken or hostile workbook, no such sheet, no rows
     */
    public static XlsxInput open(Path file, String sheet, Predicate<List<String>> isHeader) {
        return open(file, sheet, isHeader, Runtime.getRuntime().maxMemory() / SHARED_STRINGS_HEAP_SHARE);
    }

    /**
     * {@link #open(Path, String, Predicate)}, reading a copy with inline strings ({@link InlinedStrings}) when the
     * shared-strings part unpacks to more than {@code sharedStringsBudget} bytes.
     */
    static XlsxInput open(Path file, String sheet, Predicate<List<String>> isHeader, long sharedStringsBudget) {
        XlsxGuard guard = XlsxGuard.check(file);
        Path copy = null;
        if (guard.sharedStringsBytes() > sharedStringsBudget) {
            try {
                copy = InlinedStrings.copy(file);
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
        try {
            XlsxInput input = open(file, copy != null ? copy : file, guard, sheet, isHeader);
            input.copy = copy;
            return input;
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static XlsxInput open(Path file, Path read, XlsxGuard guard, String sheet,
                                  Predicate<List<String>> isHeader) {
        ReadableWorkbook wb = null;
        try {
            wb = new ReadableWorkbook(read.toFile(), new ReadingOptions(guard.hasStyles(), true));
            List<Sheet> sheets = wb.getSheets().toList();
            if (sheets.isEmpty()) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.noRows", file, "-");
            }
            List<Sheet> candidates;
            if (sheet != null) {
                Optional<Sheet> named = sheets.stream().filter(s -> s.getName().strip().equals(sheet.strip())).findFirst();
                if (named.isEmpty()) {
                    throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.noSheet", file, sheet,
                            sheets.stream().map(s -> "\"" + s.getName() + "\"").collect(Collectors.joining(", ")));
                }
                candidates = List.of(named.get());
            } else {
                candidates = sheets;
            }
            XlsxInput first = null;
            for (Sheet s : candidates) {
                XlsxInput found = find(file, wb, s, isHeader, first == null);
                if (found != null && found.recognised) {
                    if (first != null) {
                        first.stream.close();
                    }
                    return found;
                }
                if (first == null && found != null) {
                    first = found;
                }
            }
            if (first != null) {
                return first; // no sheet has a header: the first sheet's first row, so that the missing columns are named
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.noRows", file,
                    candidates.stream().map(Sheet::getName).collect(Collectors.joining(", ")));
        } catch (QuarantineException e) {
            closeQuietly(wb);
            throw e;
        } catch (IOException | UncheckedIOException | ExcelReaderException | IllegalStateException
                 | IllegalArgumentException | IndexOutOfBoundsException e) {
            closeQuietly(wb);
            throw unreadable(file, e);
        }
    }

    /**
     * The sheet opened at its header: the first of its first rows that {@code isHeader} accepts; or, when
     * {@code orFirstRow}, at its first row; or null.
     */
    private static XlsxInput find(Path file, ReadableWorkbook wb, Sheet sheet, Predicate<List<String>> isHeader,
                                  boolean orFirstRow) throws IOException {
        Stream<Row> stream = sheet.openStream();
        Iterator<Row> it = stream.iterator();
        List<String> firstRow = null;
        long firstLine = 0;
        int seen = 0;
        boolean date1904 = wb.isDate1904();
        while (seen <= MAX_TITLE_ROWS && it.hasNext()) {
            Row row = it.next();
            List<String> cells = cells(row, date1904);
            if (blank(cells)) {
                continue;
            }
            seen++;
            if (isHeader.test(cells)) {
                return new XlsxInput(file, wb, sheet.getName(), stream, it, cells, row.getRowNum());
            }
            if (firstRow == null) {
                firstRow = cells;
                firstLine = row.getRowNum();
            }
        }
        stream.close();
        if (!orFirstRow || firstRow == null) {
            return null;
        }
        // Read again from its first row, taken as the header, so that the user hears which columns it lacks.
        Stream<Row> again = sheet.openStream();
        Iterator<Row> it2 = again.iterator();
        while (it2.hasNext()) {
            Row row = it2.next();
            if (row.getRowNum() == firstLine) {
                break;
            }
        }
        XlsxInput input = new XlsxInput(file, wb, sheet.getName(), again, it2, firstRow, firstLine);
        input.recognised = false;
        return input;
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public boolean workbook() {
        return true;
    }

    /** The sheet the rows come from. */
    public String sheet() {
        return sheetName;
    }

    @Override
    public Iterator<RosterRow> rows() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return rows.hasNext();
                } catch (UncheckedIOException | ExcelReaderException | IllegalStateException | IllegalArgumentException
                         | IndexOutOfBoundsException e) {
                    throw unreadable(file, e);
                }
            }

            @Override
            public RosterRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row;
                try {
                    row = rows.next();
                } catch (UncheckedIOException | ExcelReaderException | IllegalStateException | IllegalArgumentException
                         | IndexOutOfBoundsException e) {
                    throw unreadable(file, e);
                }
                return new RosterRow(row.getRowNum(), cells(row, date1904));
            }
        };
    }

    private static QuarantineException unreadable(Path file, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage()).lines().findFirst().orElse("")
                .replaceFirst("^([a-z]+\\.)+[A-Za-z]+(Exception|Error): ", "");
        if (cause instanceof javax.xml.stream.XMLStreamException) {
            reason = "its XML is broken: " + reason;
        }
        return new QuarantineException(ErrorKind.DATA_FILE, e, "xlsx.unreadable", file, reason);
    }

    /** The cells of a row as text, one per column up to the last cell present. */
    static List<String> cells(Row row, boolean date1904) {
        int n = row.getCellCount();
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Cell c = row.getCell(i);
            cells.add(c == null ? "" : text(c, date1904));
        }
        return cells;
    }

    /** A cell as the text a clerk would have typed. */
    static String text(Cell c, boolean date1904) {
        Object v = c.getValue();
        switch (c.getType()) {
            case EMPTY:
                return "";
            case STRING:
                return v == null ? "" : v.toString();
            case BOOLEAN:
                return Boolean.TRUE.equals(v) ? "true" : "false";
            case ERROR:
                return c.getRawValue() == null ? "#ERROR" : c.getRawValue();
            case NUMBER:
            case FORMULA:
                if (v instanceof BigDecimal number) {
                    return isDate(c) ? date(number, date1904) : number(number);
                }
                if (v == null && c.getRawValue() != null) {
                    try {
                        BigDecimal number = new BigDecimal(c.getRawValue());
                        return isDate(c) ? date(number, date1904) : number(number);
                    } catch (NumberFormatException e) {
                        return c.getRawValue();
                    }
                }
                return v == null ? "" : v.toString();
            default:
                return v == null ? "" : v.toString();
        }
    }

    /**
     * A number without float noise ({@code 36.499999999999993} → {@code 36.5}); one of 16 digits or more as Excel shows
     * it, in 15 significant digits ({@code 4.10105198503121E+17}), for the digits beyond are not in the file.
     */
    static String number(BigDecimal n) {
        BigDecimal rounded = n.round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        if (n.abs().compareTo(new BigDecimal("1e15")) >= 0) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }

    /** A date format: a built-in date/time id, or a format code with d, m, y or h outside quotes and brackets. */
    static boolean isDate(Cell c) {
        Integer id = c.getDataFormatId();
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
                || (id >= 50 && id <= 58))) {
            return true;
        }
        String f = c.getDataFormatString();
        if (f == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && ch == '[') {
                bracket = true;
            } else if (!quoted && ch == ']') {
                bracket = false;
            } else if (!quoted && !bracket && "dmyhDMYH年月日".indexOf(ch) >= 0) {
                return true;
            } else if (!quoted && ch == '\\') {
                i++;
            }
        }
        return false;
    }

    /** An Excel serial date (days since 1899-12-30, or 1904-01-01) as {@code 2020-02-03} or {@code 2020-02-09 08:30}. */
    static String date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_466)) > 0) {
            return number(serial); // no date Excel can show
        }
        long days = serial.longValue();
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86_400))
                .setScale(0, RoundingMode.HALF_UP).longValue();
        LocalDate base = date1904 ? LocalDate.of(1904, 1, 1) : LocalDate.of(1899, 12, 30);
        LocalDateTime t = base.plusDays(days).atStartOfDay().plusSeconds(seconds);
        if (seconds == 0) {
            return t.toLocalDate().toString();
        }
        if (days == 0) {
            return t.toLocalTime().toString();
        }
        return (t.getSecond() == 0 ? MINUTES : SECONDS).format(t);
    }

    @Override
    public void close() throws IOException {
        try {
            stream.close();
        } finally {
            try {
                workbook.close();
            } finally {
                deleteQuietly(copy);
            }
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file the system cleans up
            }
        }
    }

    private static void closeQuietly(ReadableWorkbook wb) {
        if (wb != null) {
            try {
                wb.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    @Override
    public String toString() {
        return file + " [" + sheetName.toLowerCase(Locale.ROOT) + "]";
    }
}
