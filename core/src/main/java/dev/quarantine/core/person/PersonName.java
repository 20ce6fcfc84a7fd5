package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;

import java.text.Normalizer;

/**
 * A person's name (SPEC §4): trimmed of every kind of space, 1–50 characters of letters of any script, spaces, the
 * middle dot of minority names ({@code ·}, {@code •}), {@code -}, {@code '} and {@code .}. Digits and other symbols are refused.
 */
public final class PersonName {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private PersonName() {
    }

    /**
     * The name as stored: trimmed, each run of spaces (full-width ones too) made one, in Unicode NFC;
     * {@code " 阿依古丽·买买提 "} gives {@code 阿依古丽·买买提}.
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT} {@code name.empty}, {@code name.length} or
     *         {@code name.character} (naming the first character refused)
     */
    public static String parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        // Full-width space (U+3000) counts as a space; runs of spaces become one.
        if (s.indexOf('\u3000') >= 0 || s.indexOf(' ') >= 0 || s.indexOf('\t') >= 0) {
            s = SPACES.matcher(s.replace('\u3000', ' ').strip()).replaceAll(" ");
        }
        if (s.isEmpty()) {
            throw QuarantineException.invalid("name.empty");
        }
        int length = s.codePointCount(0, s.length());
        if (length > 50) {
            throw QuarantineException.invalid("name.length", s, length);
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = Character.isLetter(cp) || cp == ' ' || cp == '·' || cp == '•' || cp == '-' || cp == '\''
                    || cp == '.' || cp == 0x30FB /* katakana middle dot */ || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (!ok) {
                throw QuarantineException.invalid("name.character", s, new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return s;
    }
}
