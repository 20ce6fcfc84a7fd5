package dev.quarantine.cli.render;

import java.util.LinkedHashMap;

/**
 * A result as an ordered document (field → value) of a kind ({@code hotel}, {@code case} …): the kind picks the label
 * of a field whose name other kinds share ({@code name} is a hotel's name in a hotel, a person's in a case).
 */
public final class Doc extends LinkedHashMap<String, Object> {
    private static final long serialVersionUID = 1L;
    private final String kind;

    public Doc(String kind) {
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
