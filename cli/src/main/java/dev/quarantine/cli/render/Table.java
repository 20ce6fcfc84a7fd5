package dev.quarantine.cli.render;

import dev.quarantine.io.Printable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain-text table whose columns line up, counting Chinese characters as two cells. {@link #render(int, Fit)} fits it
 * to a terminal's width: long cells of the columns that may be abbreviated are cut with {@code …}, then the least
 * useful columns are dropped, and a last column of free text still too wide is wrapped onto continuation lines under
 * itself.
 */
public final class Table {
    /** Two spaces between columns. */
    private static final int GAP = 2;
    /** The narrowest a wrapped last column gets; narrower, it runs past the edge instead. */
    private static final int MIN_WRAP = 16;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * How a table may be narrowed to fit: the columns (by index) to drop, least useful first, and the columns whose
     * cells may be cut, each to at most so many cells.
     */
    public record Fit(List<Integer> dropOrder, Map<Integer, Integer> abbreviate) {
        public static final Fit NONE = new Fit(List.of(), Map.of());
    }

    /** The text of a table and the headers of the columns dropped to fit. */
    public record Rendered(String text, List<String> hidden) {
    }

    public Table(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    public Table row(List<String> cells) {
        List<String> clean = new ArrayList<>();
        for (String c : cells) {
            clean.add(c == null ? "" : Printable.text(c.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')));
        }
        rows.add(clean);
        return this;
    }

    /** The whole table, however wide. */
    public String render() {
        return render(0, Fit.NONE).text();
    }

    /**
     * The table fitted to {@code maxWidth} cells (0: no limit): abbreviating, then dropping columns in the fit's order,
     * then wrapping the last column.
     */
    public Rendered render(int maxWidth, Fit fit) {
        int n = headers.size();
        int[] natural = new int[n];
        for (int i = 0; i < n; i++) {
            natural[i] = CellWidth.of(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < n; i++) {
                natural[i] = Math.max(natural[i], CellWidth.of(row.get(i)));
            }
        }
        int[] widths = natural.clone();
        boolean[] shown = new boolean[n];
        java.util.Arrays.fill(shown, true);
        List<String> hidden = new ArrayList<>();
        if (maxWidth > 0 && total(widths, shown) > maxWidth) {
            for (Map.Entry<Integer, Integer> a : fit.abbreviate().entrySet()) {
                int i = a.getKey();
                if (i < n) {
                    widths[i] = Math.min(widths[i], Math.max(a.getValue(), CellWidth.of(headers.get(i))));
                }
            }
            for (int i : fit.dropOrder()) {
                if (total(widths, shown) <= maxWidth) {
                    break;
                }
                if (i < n && shown[i]) {
                    shown[i] = false;
                    hidden.add(headers.get(i));
                }
            }
        }
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (shown[i]) {
                last = i;
            }
        }
        int wrapAt = Integer.MAX_VALUE;
        if (maxWidth > 0 && last >= 0 && total(widths, shown) > maxWidth) {
            int room = maxWidth - (total(widths, shown) - widths[last]);
            if (room >= MIN_WRAP) {
                wrapAt = room;
                widths[last] = Math.min(widths[last], room);
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths, shown, last, Integer.MAX_VALUE);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths, shown, last, Integer.MAX_VALUE);
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row);
            for (int i = 0; i < n && i < cells.size(); i++) {
                if (i != last && CellWidth.of(cells.get(i)) > widths[i]) {
                    cells.set(i, cut(cells.get(i), widths[i]));
                }
            }
            line(out, cells, widths, shown, last, wrapAt);
        }
        return new Rendered(out.toString(), hidden);
    }

    private static int total(int[] widths, boolean[] shown) {
        int sum = 0;
        int count = 0;
        for (int i = 0; i < widths.length; i++) {
            if (shown[i]) {
                sum += widths[i];
                count++;
            }
        }
        return sum + GAP * Math.max(0, count - 1);
    }

    /** {@code s} cut to {@code width} cells, its last cell an ellipsis. */
    static String cut(String s, int width) {
        if (CellWidth.of(s) <= width) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = CellWidth.of(new String(Character.toChars(cp)));
            if (used + w > width - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** {@code s} in pieces of at most {@code width} cells, broken after a space where one is near the end. */
    static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        String rest = s;
        while (CellWidth.of(rest) > width) {
            int end = 0;
            int used = 0;
            int lastSpace = -1;
            while (end < rest.length()) {
                int cp = rest.codePointAt(end);
                int w = CellWidth.of(new String(Character.toChars(cp)));
                if (used + w > width) {
                    break;
                }
                if (cp == ' ') {
                    lastSpace = end;
                }
                used += w;
                end += Character.charCount(cp);
            }
            if (end == 0) {
                end = Character.charCount(rest.codePointAt(0)); // a cell wider than the column: it goes alone
            }
            int cutAt = lastSpace > end / 2 ? lastSpace + 1 : end;
            lines.add(rest.substring(0, cutAt).stripTrailing());
            rest = rest.substring(cutAt).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] shown, int last, int wrapAt) {
        List<String> lastLines = List.of(last >= 0 && last < cells.size() ? cells.get(last) : "");
        if (wrapAt != Integer.MAX_VALUE) {
            lastLines = wrap(lastLines.get(0), wrapAt);
        }
        for (int k = 0; k < lastLines.size(); k++) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                if (!shown[i]) {
                    continue;
                }
                if (i == last) {
                    l.append(lastLines.get(k));
                } else {
                    String cell = k == 0 && i < cells.size() ? cells.get(i) : "";
                    l.append(CellWidth.pad(cell, widths[i])).append(" ".repeat(GAP));
                }
            }
            out.append(l.toString().stripTrailing()).append(System.lineSeparator());
        }
    }
}
