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

    public static IdentityDocument parse(IdType type, String text, LocalDate today) {
        if (type == IdType.RESIDENT) {
            ResidentId id = ResidentId.parse(text, today);
            return new IdentityDocument(type, id.number(), id.sex(), id.birthDate());
        }
        String s = TextNormalizer.foldNoSpaces(text).toUpperCase(Locale.ROOT);
        if (!DOCUMENT.matcher(s).matches()) {
            throw QuarantineException.invalid("id.document.format", text == null ? "" : text.strip(), type.id());
        }
        return new IdentityDocument(type, s, null, null);
    }

    /** First 6 + {@code ********} + last 4 for a resident number; first 2 + stars + last 2 for others (SPEC §9). */
    public String masked() {
        return mask(type, number);
    }

    public static String mask(IdType type, String number) {
        if (number.length() >= 14) {
            return number.substring(0, 6) + "********" + number.substring(number.length() - 4);
        }
        if (number.length() <= 4) {
            return "*".repeat(number.length());
        }
        return number.substring(0, 2) + "*".repeat(number.length() - 4) + number.substring(number.length() - 2);
    }
}
