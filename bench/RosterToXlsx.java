import dev.quarantine.io.XlsxWriter;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a roster written by GenerateRoster.java as an Excel workbook with the same rows, the way a clerk's workbook
 * holds them: one sheet, the same header, every cell text (identity numbers and phones too, as they must be) except
 * the arrival dates, which are date cells (serial numbers with a date format) when they are dates and stay text as
 * typed when they are not (2020年2月30日). Written with the io module's streaming XlsxWriter, a line read and a row
 * written at a time: neither the roster nor the workbook is ever held in memory, so a million rows take a small heap.
 * Run on the command line's jar: java -cp cli/target/quarantine.jar bench/RosterToXlsx.java IN.csv OUT.xlsx
 * (the CSV must be GenerateRoster's: no quoted cells).
 */
public class RosterToXlsx {
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/年]?)(\\d{1,2})(?:[-/月]?)(\\d{1,2})日?");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RosterToXlsx IN.csv OUT.xlsx");
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long rows = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            List<String> header = Arrays.asList(cells(r.readLine()));
            int dateColumn = header.indexOf("arrival_date");
            XlsxWriter xlsx = new XlsxWriter(os);
            XlsxWriter.Sheet sheet = xlsx.sheet("roster", header);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<Object> row = new ArrayList<>(Arrays.asList((Object[]) cells(line)));
                if (dateColumn >= 0 && dateColumn < row.size()) {
                    LocalDate date = date((String) row.get(dateColumn));
                    if (date != null) {
                        row.set(dateColumn, date);
                    }
                }
                sheet.row(row);
                rows++;
            }
            xlsx.finish();
        }
        System.err.println("wrote " + rows + " rows to " + out);
    }

    private static String[] cells(String line) {
        if (line == null) {
            throw new IllegalArgumentException("an empty roster");
        }
        if (line.indexOf('"') >= 0) {
            throw new IllegalArgumentException("a quoted cell: this reads GenerateRoster's rosters only: " + line);
        }
        return line.split(",", -1);
    }

    /** 2020-01-25, 2020/1/25, 2020年1月25日 or 20200125 as a date; null for anything else (2020年2月30日). */
    static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
