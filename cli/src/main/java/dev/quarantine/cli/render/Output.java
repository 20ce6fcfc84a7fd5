package dev.quarantine.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quarantine.cli.i18n.I18n;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes result documents to stdout in the chosen format and messages to stderr. Table output translates labels and
 * enum names for people; CSV and JSON keep field names and enum names as SPEC §11.1 gives them.
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PrintWriter out;
    private final PrintWriter err;
    private final Format format;
    private final I18n i18n;

    public Output(PrintWriter out, PrintWriter err, Format format, I18n i18n) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.i18n = i18n;
    }

    public Format format() {
        return format;
    }

    public I18n i18n() {
        return i18n;
    }

    public PrintWriter out() {
        return out;
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
                out.print(CsvText.line(values));
            }
            case TABLE -> out.print(CellWidth.printable(keyValues(doc)));
        }
        out.flush();
    }

    /** Label/value lines of a document, nested documents under their own heading. */
    public String keyValues(Map<String, Object> doc) {
        int width = 0;
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?>)) {
                width = Math.max(width, CellWidth.of(i18n.label(e.getKey())));
            }
        }
        StringBuilder text = new StringBuilder();
        StringBuilder nested = new StringBuilder();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                nested.append(System.lineSeparator()).append(i18n.label(e.getKey())).append(System.lineSeparator())
                        .append(keyValues(child));
            } else if (v != null && !display(v).isEmpty()) {
                text.append(CellWidth.pad(i18n.label(e.getKey()), width)).append("  ").append(display(v))
                        .append(System.lineSeparator());
            }
        }
        return text.append(nested).toString();
    }

    /** A list: an aligned table of {@code columns}, a CSV of every field, or a JSON array. */
    public void list(List<Map<String, Object>> rows, List<String> columns) {
        switch (format) {
            case JSON -> json(rows);
            case CSV -> {
                List<String> keys = rows.isEmpty() ? columns : new ArrayList<>(rows.get(0).keySet());
                out.print(CsvText.line(keys));
                for (Map<String, Object> row : rows) {
                    List<String> values = new ArrayList<>();
                    keys.forEach(k -> values.add(raw(row.get(k))));
                    out.print(CsvText.line(values));
                }
            }
            case TABLE -> out.print(CellWidth.printable(table(rows, columns)));
        }
        out.flush();
    }

    public String table(List<Map<String, Object>> rows, List<String> columns) {
        List<String> headers = new ArrayList<>();
        columns.forEach(c -> headers.add(i18n.label(c)));
        Table t = new Table(headers);
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            columns.forEach(c -> cells.add(display(row.get(c))));
            t.row(cells);
        }
        return t.render();
    }

    /** Any document as JSON. */
    public void json(Object doc) {
        try {
            out.println(JSON.writeValueAsString(jsonable(doc)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    /** Plain text to stdout (letters, notices). */
    public void text(String text) {
        out.print(CellWidth.printable(text));
        out.flush();
    }

    /** A message for the person at the terminal, on stderr. */
    public void info(String message) {
        err.println(message);
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
        return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }

    /** The value as people read it: translated enum names and yes/no. */
    public String display(Object v) {
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
            l.forEach(x -> parts.add(display(x)));
            return String.join(l.stream().anyMatch(x -> String.valueOf(x).length() > 30) ? System.lineSeparator() + "  " : ", ",
                    parts);
        }
        return String.valueOf(v);
    }
}
