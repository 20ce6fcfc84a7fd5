package dev.quarantine.core.roster;

import dev.quarantine.core.Message;

import java.util.Locale;

/** One problem of a registration: the field it concerns ({@code name}, {@code id_number}, …) and what is wrong. */
public record Problem(String field, Message message) {

    /** The problem in one line, its field first ({@code phone: …}), in the given language. */
    public String text(Locale locale) {
        return field + ": " + message.text(locale);
    }
}
