package dev.quarantine.cli.render;

import dev.quarantine.cli.io.Printable;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up, counting Chinese characters as two cells. */
public final class Table {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

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

    public String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = CellWidth.of(headers.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() && i < widths.length; i++) {
                widths[i] = Math.max(widths[i], CellWidth.of(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            l.append(i == widths.length - 1 ? cell : CellWidth.pad(cell, widths[i]) + "  ");
        }
        out.append(l.toString().stripTrailing()).append(System.lineSeparator());
    }
}
