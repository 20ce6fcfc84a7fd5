package dev.quarantine.cli.render;

import dev.quarantine.io.CsvText;
import dev.quarantine.io.Printable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.io.ConsoleWriter;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every result goes to stdout through here, in the chosen format, and every message to stderr. Table output translates
 * labels and enum names for people; CSV and JSON keep field names and enum names as SPEC §11.1 gives them. Nothing
 * that reaches a terminal carries a control character: tables, messages and CSV replace them, JSON escapes them.
 * {@link #finish} makes sure everything written reached its destination.
 */
public final class Output {
    /** Built on first use: creating a Jackson mapper costs a tenth of a second, which a table or a CSV never needs. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        static {
            MAPPER.getFactory().setCharacterEscapes(new ControlEscapes());
        }
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Format format;
    private final I18n i18n;
    private final int width;

    /**
     * How a list's table may be narrowed to fit the terminal: the columns to drop, least useful first, and the columns
     * whose long cells may be cut to at most so many cells. A last column of free text still too wide is wrapped.
     */
    public record Fitting(List<String> dropOrder, Map<String, Integer> abbreviate) {
        public static final Fitting NONE = new Fitting(List.of(), Map.of());
    }

    public Output(PrintWriter out, PrintWriter err, Format format, I18n i18n) {
        this(out, err, format, i18n, 0);
    }

    /** @param width the terminal's width in cells that tables fit into; 0 for no limit ({@code --wide}) */
    public Output(PrintWriter out, PrintWriter err, Format format, I18n i18n, int width) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.i18n = i18n;
        this.width = width;
    }

    /** The width tables fit into, 0 for none. */
    public int width() {
        return width;
    }

    public Format format() {
        return format;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Standard output, for a command that streams its own text (an export to stdout). */
    public PrintWriter out() {
        return out;
    }

    /**
     * Flushes standard output and fails when anything written did not arrive (a full disk, a closed pipe): a result that
     * was cut short is an error, never a success.
     *
     * @throws QuarantineException {@code DATA_FILE} {@code output.failed}
     */
    public void finish() {
        out.flush();
        if (out.checkError()) {
            if (ConsoleWriter.closedEarly(out)) {
                // The reader stopped reading (quarantine list | head): not worth a message, but not a success either.
                throw new QuarantineException(ErrorKind.DATA_FILE, "output.closed");
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, "output.failed", ConsoleWriter.reason(out));
        }
    }

    /** One object: label/value lines, a one-row CSV (nested objects flattened as {@code estimate.total}), or JSON. */
    public void object(Map<String, Object> doc) {
        switch (format) {
            case JSON -> json(doc);
            case CSV -> {
                Map<String, Object> flat = new LinkedHashMap<>();
                flatten("", doc, flat);
                out.print(CsvText.line(new ArrayList<>(flat.keySet())));
                List<String> values = new ArrayList<>();
                flat.values().forEach(v -> values.add(raw(v)));
                out.print(Printable.text(CsvText.line(values)));
            }
            case TABLE -> out.print(Printable.text(keyValues(doc)));
        }
        out.flush();
    }

    /** Label/value lines of a document, nested documents under their own heading. */
    public String keyValues(Map<String, Object> doc) {
        String kind = doc instanceof Doc d ? d.kind() : null;
        // Labels line up over every field a document of its kind can print (so that two cases print alike), not
        // over the headings of nested parts and tables.
        int width = 0;
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?>) && rows(e.getValue()) == null) {
                width = Math.max(width, CellWidth.of(i18n.label(kind, e.getKey())));
            }
        }
        StringBuilder text = new StringBuilder();
        StringBuilder nested = new StringBuilder();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                nested.append(System.lineSeparator()).append(i18n.label(kind, e.getKey())).append(System.lineSeparator())
                        .append(keyValues(child));
            } else if (rows(v) != null) {
                List<Map<String, Object>> rows = rows(v);
                // A breakdown of one line (one rate for the whole stay) says nothing the totals do not.
                if (rows.size() > ("rates".equals(e.getKey()) ? 1 : 0)) {
                    nested.append(System.lineSeparator()).append(i18n.label(kind, e.getKey()))
                            .append(System.lineSeparator()).append(table(rows, new ArrayList<>(rows.get(0).keySet())));
                }
            } else if (printedAsLine(doc, e.getKey(), v)) {
                text.append(CellWidth.pad(i18n.label(kind, e.getKey()), width)).append("  ")
                        .append(display(e.getKey(), v)).append(System.lineSeparator());
            }
        }
        return text.append(nested).toString();
    }

    /**
     * Whether an entry is one label/value line: not a nested part, not empty; a case's origin as typed only when the
     * clerk typed more than the place (else it repeats the origin); a bill's refund due only once there is one or a
     * refund was paid (a zero on every bill would only puzzle the person paying).
     */
    private boolean printedAsLine(Map<String, Object> doc, String key, Object v) {
        if (v == null || v instanceof Map<?, ?> || rows(v) != null || display(key, v).isEmpty()) {
            return false;
        }
        if ("originText".equals(key) && v.equals(doc.get("origin"))) {
            return false;
        }
        if ("credit".equals(key) && "0.00".equals(v) && rows(doc.get("entries")) != null) {
            return rows(doc.get("entries")).stream().anyMatch(r -> "refund".equalsIgnoreCase(String.valueOf(r.get("kind"))));
        }
        return true;
    }

    /** The rows of a value that is a list of documents (a bill's entries), else null. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object v) {
        if (v instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof Map<?, ?>)) {
            return (List<Map<String, Object>>) l;
        }
        return v instanceof List<?> l && l.isEmpty() ? List.of() : null;
    }

    /**
     * A list: an aligned table of {@code columns}, a CSV of every field, or JSON. The JSON of a list cut at a limit is
     * an object holding the items and the full count ({@code total}); an uncut one is the array itself.
     */
    public void list(List<? extends Map<String, Object>> rows, List<String> columns, long total, String itemsName) {
        list(rows, columns, total, itemsName, Fitting.NONE);
    }

    /** {@link #list(List, List, long, String)}, its table fitted to the terminal as {@code fit} allows. */
    public void list(List<? extends Map<String, Object>> rows, List<String> columns, long total, String itemsName,
                     Fitting fit) {
        switch (format) {
            case JSON -> {
                if (total == rows.size() && itemsName == null) {
                    json(rows);
                } else {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("total", total);
                    doc.put("shown", rows.size());
                    doc.put(itemsName == null ? "items" : itemsName, rows);
                    json(doc);
                }
            }
            case CSV -> csvRows(columns, rows::forEach);
            case TABLE -> {
                Table.Rendered t = fitted(rows, columns, fit);
                out.print(Printable.text(t.text()));
                if (!t.hidden().isEmpty()) {
                    info(i18n.text("table.hidden", width, String.join(i18n.listSeparator(), t.hidden())));
                }
            }
        }
        out.flush();
    }

    /**
     * A CSV of every field of the rows {@code rows} hands over one at a time, each written as it comes: nothing is held
     * but the row being written (the CSV of a million cases, held whole, needed more than 256 MB of heap). The header is
     * the first row's fields, or {@code columns} when there is none. {@link #list} writes its CSV so.
     */
    public void csvRows(List<String> columns, Consumer<Consumer<? super Map<String, Object>>> rows) {
        List<List<String>> header = new ArrayList<>(1);
        rows.accept(row -> {
            if (header.isEmpty()) {
                header.add(new ArrayList<>(row.keySet()));
                out.print(CsvText.line(header.get(0)));
            }
            List<String> values = new ArrayList<>();
            header.get(0).forEach(k -> values.add(raw(row.get(k))));
            out.print(Printable.text(CsvText.line(values)));
        });
        if (header.isEmpty()) {
            out.print(CsvText.line(columns));
        }
        out.flush();
    }

    /** A whole list: {@link #list(List, List, long, String)} with nothing cut. */
    public void list(List<? extends Map<String, Object>> rows, List<String> columns) {
        list(rows, columns, rows.size(), null);
    }

    /** A whole list whose table may be narrowed as {@code fit} allows. */
    public void list(List<? extends Map<String, Object>> rows, List<String> columns, Fitting fit) {
        list(rows, columns, rows.size(), null, fit);
    }

    private Table.Rendered fitted(List<? extends Map<String, Object>> rows, List<String> columns, Fitting fit) {
        List<Integer> drop = new ArrayList<>();
        fit.dropOrder().forEach(c -> {
            if (columns.contains(c)) {
                drop.add(columns.indexOf(c));
            }
        });
        Map<Integer, Integer> cut = new LinkedHashMap<>();
        fit.abbreviate().forEach((c, w) -> {
            if (columns.contains(c)) {
                cut.put(columns.indexOf(c), w);
            }
        });
        return tableOf(rows, columns).render(width, new Table.Fit(drop, cut));
    }

    /** The table of {@code rows} as wide as it is (nested in other text: the daily report, a case's readings). */
    public String table(List<? extends Map<String, Object>> rows, List<String> columns) {
        return tableOf(rows, columns).render();
    }

    private Table tableOf(List<? extends Map<String, Object>> rows, List<String> columns) {
        String kind = !rows.isEmpty() && rows.get(0) instanceof Doc d ? d.kind() : null;
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(i18n.label(kind, c)));
        Table t = new Table(headers);
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(display(c, row.get(c))));
            t.row(cells);
        }
        return t;
    }

    /** Any document as JSON. */
    public void json(Object doc) {
        try {
            out.println(Json.MAPPER.writeValueAsString(jsonable(doc)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** Plain text to stdout (letters, notices). */
    public void text(String text) {
        out.print(Printable.text(text));
        out.flush();
    }

    /**
     * Pages of text (letters) to stdout, each after the first starting on a new sheet: a form feed stands between
     * them, which a printer obeys.
     */
    public void pages(List<String> pages) {
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                out.print('\f');
            }
            out.print(Printable.text(pages.get(i)));
        }
        out.flush();
    }

    /** A message for the person at the terminal, on stderr, without control characters. */
    public void info(String message) {
        err.println(Printable.text(message));
        err.flush();
    }

    private static Object jsonable(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, val) -> copy.put(String.valueOf(k), jsonable(val)));
            return copy;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>();
            l.forEach(x -> copy.add(jsonable(x)));
            return copy;
        }
        return v;
    }

    private static void flatten(String prefix, Map<String, Object> doc, Map<String, Object> into) {
        doc.forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                flatten(prefix + k + ".", child, into);
            } else {
                into.put(prefix + k, v);
            }
        });
    }

    /** The value as CSV holds it: enum names, true/false, lists joined with {@code ; }. */
    private static String raw(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(raw(x)));
            return String.join("; ", parts);
        }
        if (v instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.values().forEach(x -> parts.add(raw(x)));
            return String.join(" ", parts).strip();
        }
        return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }

    /** The value of field {@code key} as people read it: translated enum names, words and yes/no. */
    public String display(String key, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Enum<?> e) {
            return i18n.enumName(e);
        }
        if (v instanceof Boolean b) {
            return i18n.text(b ? "yes" : "no");
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(display(key, x)));
            return String.join(l.stream().anyMatch(x -> String.valueOf(x).length() > 30) ? System.lineSeparator() + "  "
                    : i18n.listSeparator(), parts);
        }
        if ("field".equals(key)) {
            return i18n.label(String.valueOf(v)); // the name of a field changed by a correction
        }
        return i18n.value(key, String.valueOf(v));
    }

    /** JSON escapes for what Jackson leaves as is: C1 controls, line separators and bidirectional overrides. */
    private static final class ControlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x10000 && Text.isControl((char) ch)
                    ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
