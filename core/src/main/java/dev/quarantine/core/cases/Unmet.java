package dev.quarantine.core.cases;

import dev.quarantine.core.Messages;

import java.util.Locale;

/** One unmet condition of a release, with the values that explain it (message key {@code release.unmet.<code>}). */
public record Unmet(Code code, Object... args) {

    /** Which condition of release is unmet; each has its message, {@code release.unmet.CODE}. */
    public enum Code {
        /** Today is before the eligible date; the date is the argument. */
        TOO_EARLY,
        /** A fever alert of the case is not closed. */
        OPEN_FEVER_ALERT,
        /** A hotel case without a normal reading in the last 24 hours and no release-check temperature. */
        NO_RECENT_NORMAL_READING,
        /** The release-check temperature given is a fever. */
        FEVER_AT_RELEASE_CHECK,
        /** No medical staff named. */
        NO_MEDICAL_CHECKER,
        /** The case is not open. */
        NOT_OPEN
    }

    /** The condition in the given language, with its values: {@code not eligible before 2020-02-08}. */
    public String message(Locale locale) {
        return Messages.format(locale, "release.unmet." + code.name(), args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unmet u && u.code == code && java.util.Arrays.equals(u.args, args);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + java.util.Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return message(Locale.ROOT);
    }
}
