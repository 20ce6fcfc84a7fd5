package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/**
 * An 18-character resident identity number (GB 11643): 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd for men), and a check character (ISO 7064 MOD 11-2). {@link #parse} normalizes full-width digits, spaces and
 * lower-case {@code x}, converts a 15-digit legacy number, and refuses a wrong check character, an impossible or future
 * birth date, or an unknown province prefix. Whether the whole address code is still in force is a separate
 * question ({@code RegionCatalog.isCurrentAreaCode}): an abolished code is real, so it is never refused here.
 */
public record ResidentId(String number, LocalDate birthDate, Sex sex) {
    private static final java.util.regex.Pattern EXCEL_NUMBER =
            java.util.regex.Pattern.compile("\\d(\\.\\d+)?E\\+?\\d{1,2}");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /**
     * Mainland provinces, and 81, 82, 83: residence permits of Hong Kong, Macau and Taiwan residents (810000,
     * 820000, 830000). Taiwan's division code 71 is not one: no identity number carries it.
     */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "81", "82", "83");

    /** Parses as of today in the JVM's clock; see {@link #parse(String, LocalDate)}. */
    public static ResidentId parse(String text) {
        return parse(text, LocalDate.now());
    }

    /**
     * @param today the date a birth date may not be after
     * @throws QuarantineException {@code INVALID_INPUT} whose key names what is wrong ({@code id.resident.*})
     */
    public static ResidentId parse(String text, LocalDate today) {
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.foldNoSpaces(text).toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 15 && isDigits(s, 15)) {
            s = s.substring(0, 6) + "19" + s.substring(6);
            s = s + checkCharacter(s);
        } else if (EXCEL_NUMBER.matcher(s).matches()) {
            // 4.11302E+17: Excel read the column as numbers and kept 15 digits; the rest are gone for good.
            throw QuarantineException.invalid("id.resident.excel", original);
        } else if (s.length() != 18 || !isDigits(s, 17) || !(Character.isDigit(s.charAt(17)) || s.charAt(17) == 'X')) {
            throw QuarantineException.invalid("id.resident.format", original);
        } else if (checkCharacter(s) != s.charAt(17)) {
            throw QuarantineException.invalid(s.endsWith("000") ? "id.resident.checkExcel" : "id.resident.check",
                    original);
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw QuarantineException.invalid("id.resident.province", original, s.substring(0, 2));
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("id.resident.birth", original, s.substring(6, 14));
        }
        if (birth.isAfter(today) || birth.getYear() < 1880) {
            throw QuarantineException.invalid("id.resident.birth", original, s.substring(6, 14));
        }
        Sex sex = (s.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentId(s, birth, sex);
    }

    /** The MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean isDigits(String s, int count) {
        for (int i = 0; i < count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number;
    }
}
