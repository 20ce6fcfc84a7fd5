package dev.quarantine.core.roster;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A roster's header line matched to {@link RosterColumn}s: which cell holds which field, and which columns are
 * ignored (named in the summary). Refuses a header that lacks a required column, naming every missing one.
 */
public final class RosterHeader {
    private final List<String> cells;
    private final Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
    private final List<String> ignored = new ArrayList<>();

    private RosterHeader(List<String> cells) {
        this.cells = List.copyOf(cells);
    }

    /** @throws QuarantineException {@code DATA_FILE} {@code import.missingColumns} or {@code import.duplicateColumn} */
    public static RosterHeader of(List<String> headerCells) {
        RosterHeader h = new RosterHeader(headerCells);
        for (int i = 0; i < headerCells.size(); i++) {
            RosterColumn c = RosterColumn.of(headerCells.get(i));
            if (c == null) {
                String name = headerCells.get(i) == null ? "" : headerCells.get(i).strip();
                h.ignored.add(name.isEmpty() ? "#" + (i + 1) : name);
            } else if (h.index.containsKey(c)) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.duplicateColumn", c.header(),
                        headerCells.get(h.index.get(c)), headerCells.get(i));
            } else {
                h.index.put(c, i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !h.index.containsKey(c)) {
                missing.add(c.header() + " (" + String.join("/", c.headers().subList(1, c.headers().size())) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "import.missingColumns", String.join(", ", missing),
                    String.join(", ", headerCells));
        }
        return h;
    }

    /** True when {@code cells} name every required column: a header, not a title row above it. */
    public static boolean recognises(List<String> cells) {
        java.util.Set<RosterColumn> found = java.util.EnumSet.noneOf(RosterColumn.class);
        for (String cell : cells) {
            RosterColumn c = RosterColumn.of(cell);
            if (c != null) {
                found.add(c);
            }
        }
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !found.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** The header's cells as read. */
    public List<String> cells() {
        return cells;
    }

    /** The columns no field uses, by their header ({@code #3} for a blank one), for the import summary. */
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    /** The header as the file writes it for a registration field ({@code phone} → {@code 联系电话}). */
    public String label(String field) {
        try {
            Integer i = index.get(RosterColumn.valueOf(field.toUpperCase(java.util.Locale.ROOT)));
            return i == null ? field : RosterColumn.normalize(cells.get(i)).isEmpty() ? field : cells.get(i).strip()
                    .replace("\uFEFF", "");
        } catch (IllegalArgumentException e) {
            return field;
        }
    }

    /** The cell of {@code c} in {@code row}, or null when the column is absent or the row is short. */
    public String get(List<String> row, RosterColumn c) {
        Integer i = index.get(c);
        if (i == null || i >= row.size()) {
            return null;
        }
        String v = row.get(i);
        return unguard(v);
    }

    /**
     * Drops the leading {@code '} that marks a cell as text: Excel's text marker ({@code '410105…}), and the guard our
     * own exports put before a formula-like cell ({@code '=SUM()} reads back as {@code =SUM()}).
     */
    static String unguard(String v) {
        if (v != null) {
            String s = v.stripLeading();
            if (s.length() > 1 && (s.charAt(0) == '\'' || s.charAt(0) == '‘' || s.charAt(0) == '’')) {
                return s.substring(1);
            }
        }
        return v;
    }

    /** The registration fields of one row. */
    public RegistrationInput input(List<String> row) {
        return new RegistrationInput(get(row, RosterColumn.NAME), get(row, RosterColumn.ID_TYPE),
                get(row, RosterColumn.ID_NUMBER), get(row, RosterColumn.PHONE), get(row, RosterColumn.ORIGIN),
                get(row, RosterColumn.ARRIVAL_DATE), get(row, RosterColumn.COMMUNITY), get(row, RosterColumn.ADDRESS),
                get(row, RosterColumn.GROUP_RENTER), get(row, RosterColumn.NOTES));
    }
}
