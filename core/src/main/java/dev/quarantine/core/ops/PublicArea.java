package dev.quarantine.core.ops;

import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;


/** The public areas of a hotel disinfected every day (SPEC §6). */
public enum PublicArea {
    BINS("bins"), ELEVATORS("elevators"), CORRIDORS("corridors"), SEWAGE("sewage");

    private final String id;

    PublicArea(String id) {
        this.id = id;
    }

    /** The name {@code --area} takes: {@code bins}, {@code elevators}, {@code corridors} or {@code sewage}. */
    public String id() {
        return id;
    }

    /** Reads the id ({@code elevators}), the constant name, or the name people read in English or Chinese. */
    public static PublicArea parse(String text) {
        PublicArea found = Messages.parseEnum(PublicArea.class, text);
        if (found == null) {
            throw QuarantineException.invalid("area.unknown", text == null ? "" : text.strip(), "bins, elevators, corridors, sewage");
        }
        return found;
    }
}
