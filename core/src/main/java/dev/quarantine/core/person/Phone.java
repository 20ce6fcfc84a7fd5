package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

/**
 * A phone number (SPEC §4): a mainland mobile ({@code 1[3-9]} + 9 digits) after stripping spaces, dashes, {@code +86}
 * and {@code 0086}; or a landline with its area code, kept as {@code 0371-65551234}. Anything else is refused.
 */
public record Phone(String number) {
    private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("1[3-9]\\d{9}");
    private static final java.util.regex.Pattern LANDLINE = java.util.regex.Pattern.compile("0\\d{9,11}");

    /**
     * Reads a phone number as people write it: {@code 138 0371 1234}, {@code +86 13803711234} and
     * {@code 0086-138-0371-1234} give {@code 13803711234}; {@code 0371-6555 1234} gives {@code 0371-65551234}.
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT} {@code phone.empty} or {@code phone.format}
     */
    public static Phone parse(String text) {
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.foldNoSpaces(text);
        if (s.indexOf('-') >= 0 || s.indexOf('(') >= 0 || s.indexOf(')') >= 0) {
            s = s.replace("-", "").replace("(", "").replace(")", "");
        }
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("86") && s.length() == 13) {
            s = s.substring(2);
        }
        if (MOBILE.matcher(s).matches()) {
            return new Phone(s);
        }
        String landline = landline(s);
        if (landline != null) {
            return new Phone(landline);
        }
        if (s.isEmpty()) {
            throw QuarantineException.invalid("phone.empty");
        }
        if (s.chars().allMatch(Character::isDigit) && s.charAt(0) != '0' && landline("0" + s) != null) {
            // 3716555123: a landline stored by Excel as a number, which drops the leading 0 of the area code.
            throw QuarantineException.invalid("phone.lostZero", original);
        }
        throw QuarantineException.invalid("phone.format", original);
    }

    /** {@code 037165551234} as {@code 0371-65551234}; null when it is no landline. */
    private static String landline(String s) {
        if (!LANDLINE.matcher(s).matches()) {
            return null;
        }
        // Beijing, Tianjin, Shanghai, Chongqing and the 02x cities have 3-digit area codes, the rest 4.
        int area = (s.charAt(1) == '1' || s.charAt(1) == '2') ? 3 : 4;
        String local = s.substring(area);
        return local.length() == 7 || local.length() == 8 ? s.substring(0, area) + "-" + local : null;
    }

    /** {@code 138****1234}; for a landline, the area code and the last 4 digits. */
    public String masked() {
        return mask(number);
    }

    /** Masks a number as stored, as {@link #masked()} does, without reading it again. */
    public static String mask(String number) {
        if (number.length() == 11 && number.charAt(0) == '1') {
            return number.substring(0, 3) + "****" + number.substring(7);
        }
        int dash = number.indexOf('-');
        if (dash > 0 && number.length() - dash > 5) {
            return number.substring(0, dash + 1) + "****" + number.substring(number.length() - 4);
        }
        return number.length() > 4 ? "****" + number.substring(number.length() - 4) : "****";
    }

    @Override
    public String toString() {
        return number;
    }
}
