package dev.quarantine.core.internal.service;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.util.function.Supplier;

/** Parsing an input value so that its error names the field it came from. */
public final class Fields {
    private Fields() {
    }

    /** Parses an input value, naming {@code field} in the error when it is malformed. */
    public static <T> T field(String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (QuarantineException e) {
            if (e.kind() == ErrorKind.INVALID_INPUT && e.field() == null) {
                throw QuarantineException.forField(field, e);
            }
            throw e;
        }
    }
}
