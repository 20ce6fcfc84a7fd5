package dev.quarantine.core.ops;

import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;


/** What a person in quarantine can ask the service team for (SPEC §6). */
public enum ServiceType {
    MEAL("meal"), WATER("water"), FRUIT("fruit"), BOOK("book"), PARCEL_IN("parcel-in"), PARCEL_OUT("parcel-out"),
    SHOPPING("shopping"), GARBAGE("garbage"), COUNSELING("counseling"), MEDICAL("medical");

    private final String id;

    ServiceType(String id) {
        this.id = id;
    }

    /** The name used on the command line and in files: {@code meal}, {@code parcel-in}, … */
    public String id() {
        return id;
    }

    /** Reads the id ({@code meal}), the constant name, or the name people read in English or Chinese. */
    public static ServiceType parse(String text) {
        ServiceType found = Messages.parseEnum(ServiceType.class, text);
        if (found == null) {
            throw QuarantineException.invalid("service.type", text == null ? "" : text.strip(), "meal, water, fruit, book, parcel-in, parcel-out, "
                + "shopping, garbage, counseling, medical");
        }
        return found;
    }
}
