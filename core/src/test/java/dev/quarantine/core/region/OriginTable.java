package dev.quarantine.core.region;

import dev.quarantine.core.QuarantineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The origin table {@code origins.csv}: origins as clerks type them, one a row
 * ({@code kind,origin,expected,candidates}), each expected to resolve to a code or to be refused as
 * {@code ambiguous} naming every candidate code.
 */
final class OriginTable {
    /** How a resolver did on one row. */
    enum Outcome { RIGHT, AMBIGUOUS_REFUSED, UNRESOLVED, WRONG }

    /** One row; {@code candidates} is empty unless {@code expected} is {@code ambiguous}. */
    record Row(int line, String kind, String origin, String expected, List<String> candidates) {
        boolean ambiguous() {
            return expected.equals("ambiguous");
        }

        /** Judges what a resolver answered: a region, or a refusal. */
        Outcome judge(Region resolved, QuarantineException refused) {
            if (resolved != null) {
                return !ambiguous() && resolved.code().equals(expected) ? Outcome.RIGHT : Outcome.WRONG;
            }
            boolean listsAll = refused.key().equals("origin.ambiguous")
                    && candidates.stream().allMatch(c -> refused.getMessage().contains(" " + c));
            return ambiguous() && listsAll ? Outcome.AMBIGUOUS_REFUSED : Outcome.UNRESOLVED;
        }

        @Override
        public String toString() {
            return "line " + line + " [" + kind + "] " + origin;
        }
    }

    private OriginTable() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                OriginTable.class.getResourceAsStream("origins.csv"), StandardCharsets.UTF_8))) {
            in.readLine(); // header
            String line;
            for (int n = 2; (line = in.readLine()) != null; n++) {
                if (!line.isBlank()) {
                    List<String> f = fields(line);
                    List<String> candidates = f.get(3).isEmpty() ? List.of() : Arrays.asList(f.get(3).split("\\|"));
                    rows.add(new Row(n, f.get(0), f.get(1), f.get(2), candidates));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Outcome counts per kind (and {@code all}), for any resolver. */
    static Map<String, int[]> counts(Function<String, Region> resolver) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Row row : rows()) {
            Outcome o = judge(row, resolver);
            counts.computeIfAbsent(row.kind(), k -> new int[4])[o.ordinal()]++;
            counts.computeIfAbsent("all", k -> new int[4])[o.ordinal()]++;
        }
        return counts;
    }

    static Outcome judge(Row row, Function<String, Region> resolver) {
        try {
            return row.judge(resolver.apply(row.origin()), null);
        } catch (QuarantineException e) {
            return row.judge(null, e);
        }
    }

    /** A plain CSV line: commas separate, double quotes enclose a field that holds commas or edge spaces. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        while (out.size() < 4) {
            out.add("");
        }
        return out;
    }
}
