package dev.quarantine.core.ops;

import dev.quarantine.core.QuarantineException;

import java.util.Locale;

/** What a person in quarantine can ask the service team for (SPEC §6). */
public enum ServiceType {
    MEAL("meal"), WATER("water"), FRUIT("fruit"), BOOK("book"), PARCEL_IN("parcel-in"), PARCEL_OUT("parcel-out"),
    SHOPPING("shopping"), GARBAGE("garbage"), COUNSELING("counseling"), MEDICAL("medical");

    private final String id;

    ServiceType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ServiceType parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ServiceType t : values()) {
            if (t.id.equals(s)) {
                return t;
            }
        }
        throw QuarantineException.invalid("service.type", text, "meal, water, fruit, book, parcel-in, parcel-out, "
                + "shopping, garbage, counseling, medical");
    }
}
