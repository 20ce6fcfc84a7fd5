package dev.quarantine.core.ops;

import dev.quarantine.core.QuarantineException;

import java.util.Locale;

/** The public areas of a hotel disinfected every day (SPEC §6). */
public enum PublicArea {
    BINS("bins"), ELEVATORS("elevators"), CORRIDORS("corridors"), SEWAGE("sewage");

    private final String id;

    PublicArea(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static PublicArea parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (PublicArea a : values()) {
            if (a.id.equals(s)) {
                return a;
            }
        }
        throw QuarantineException.invalid("area.unknown", text, "bins, elevators, corridors, sewage");
    }
}
