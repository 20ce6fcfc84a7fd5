package dev.quarantine.io;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV cells, with the CSV-injection guard of SPEC §9: a formula-like cell gets a leading {@code '}. */
public final class CsvText {
    private CsvText() {
    }

    /** {@code '} before a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return. */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    public static String quote(String cell) {
        String s = cell == null ? "" : cell;
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Values as cells: null is empty, an enum is its name, anything else its {@code toString}. */
    public static List<String> cells(Object... values) {
        List<String> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            cells.add(v == null ? "" : v instanceof Enum<?> e ? e.name() : v.toString());
        }
        return cells;
    }

    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(neutralize(cells.get(i))));
        }
        return out.append("\r\n").toString();
    }
}
