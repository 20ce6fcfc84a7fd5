package dev.quarantine.core.roster;

import java.util.List;

/** The columns of a temperature sheet ({@code temp import}): which case, the reading, when, and by whom. */
public enum ReadingColumn {
    CASE(true, "case", "case_number", "案例编号", "id_number", "id", "身份证号", "身份证号码", "证件号码"),
    TEMPERATURE(true, "temperature", "temp", "体温"),
    TIME(true, "time", "taken_at", "测量时间", "时间"),
    BY(false, "by", "recorded_by", "测量人", "记录人");

    private final boolean required;
    private final List<String> headers;

    ReadingColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** True when a temperature sheet must have this column. */
    public boolean required() {
        return required;
    }

    /** The canonical English header: {@code case}, {@code temperature}, {@code time} or {@code by}. */
    public String header() {
        return headers.get(0);
    }

    /** Every header, English or Chinese, that names the column; the canonical one first. */
    public List<String> headers() {
        return headers;
    }

    /** True when {@code cells} name every required column of a temperature sheet. */
    public static boolean recognises(List<String> cells) {
        java.util.Set<ReadingColumn> found = java.util.EnumSet.noneOf(ReadingColumn.class);
        for (String cell : cells) {
            ReadingColumn c = of(cell);
            if (c != null) {
                found.add(c);
            }
        }
        for (ReadingColumn c : values()) {
            if (c.required && !found.contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** The column a header names (trimmed, case-insensitive, full-width folded), or null. */
    public static ReadingColumn of(String header) {
        String h = RosterColumn.normalize(header);
        for (ReadingColumn c : values()) {
            if (c.headers.contains(h)) {
                return c;
            }
        }
        return null;
    }
}
