package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An identity document: its type and normalized number, with the sex and birth date a resident number tells
 * (null for passports and permits). Passports and permits are 5–20 letters or digits, upper-cased.
 */
public record IdentityDocument(IdType type, String number, Sex sex, LocalDate birthDate) {
    private static final java.util.regex.Pattern DOCUMENT = java.util.regex.Pattern.compile("[A-Z0-9]{5,20}");

    /**
     * Reads the number of a document of {@code type}: a resident number as {@link ResidentId#parse} reads it (born no
     * later than {@code today}), any other 5–20 letters or digits. An 18-character valid resident number is taken as
     * one whatever {@code type} says, so that a person never gets two identities.
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT}
     */
    public static IdentityDocument parse(IdType type, String text, LocalDate today) {
        if (type == IdType.RESIDENT) {
            ResidentId id = ResidentId.parse(text, today);
            return new IdentityDocument(type, id.number(), id.sex(), id.birthDate());
        }
        String s = TextNormalizer.foldNoSpaces(text).toUpperCase(Locale.ROOT);
        if (s.length() == 18 && isResidentNumber(s, today)) {
            // A clerk picked "passport" for a resident card: the number is the person's, whatever the type says, so
            // that one person never gets two open cases.
            return parse(IdType.RESIDENT, s, today);
        }
        if (!DOCUMENT.matcher(s).matches()) {
            throw QuarantineException.invalid("id.document.format", text == null ? "" : text.strip(), type.id());
        }
        return new IdentityDocument(type, s, null, null);
    }

    private static boolean isResidentNumber(String s, LocalDate today) {
        try {
            ResidentId.parse(s, today);
            return true;
        } catch (QuarantineException e) {
            return false;
        }
    }

    /**
     * A resident number shows its first 6 and last 4 characters (SPEC §9: {@code 410105********1008}); any other
     * document at most a third of its characters and never more than 4, split between its start and its end
     * ({@code E12345678} → {@code E******78}, {@code C1234} → {@code ****4}).
     */
    public String masked() {
        return mask(type, number);
    }

    /** Masks a stored number of a document of {@code type} as {@link #masked()} does. */
    public static String mask(IdType type, String number) {
        if (type == IdType.RESIDENT && number.length() == 18) {
            return number.substring(0, 6) + "********" + number.substring(14);
        }
        int shown = Math.min(4, number.length() / 3);
        int head = shown / 2;
        int tail = shown - head;
        return number.substring(0, head) + "*".repeat(number.length() - shown)
                + number.substring(number.length() - tail);
    }
}
