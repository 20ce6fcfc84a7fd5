package dev.quarantine.core;

import java.util.Arrays;
import java.util.Locale;

/** A message of the core's catalog with its values, to be read in either language: warnings, notes. */
public record Message(String key, Object... args) {

    /** The message in the given language (Chinese for any {@code zh} locale, else English). */
    public String text(Locale locale) {
        return Messages.format(locale, key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.key.equals(key) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}
