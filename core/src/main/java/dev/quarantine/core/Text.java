package dev.quarantine.core;

/**
 * Free text as people type it into a field (a hotel's name, who checked, a note): trimmed, at most {@link #MAX}
 * characters, and without the control characters no one types — an escape sequence in a name would repaint the
 * terminal of whoever lists it later. Multi-line fields (an address, a note) keep their line breaks and tabs.
 */
public final class Text {
    /** The longest free text accepted in one field. */
    public static final int MAX = 500;

    private Text() {
    }

    /** A one-line field that must be given. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw QuarantineException.forField(field, QuarantineException.invalid("field.required", field));
        }
        return clean(field, value);
    }

    /** A one-line field: trimmed, null when blank. */
    public static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : clean(field, value);
    }

    /** A field that may hold line breaks and tabs: trimmed, null when blank. */
    public static String multiLine(String field, String value) {
        return value == null || value.isBlank() ? null : check(field, value.strip(), true);
    }

    /** A one-line field, trimmed and checked. */
    public static String clean(String field, String value) {
        return check(field, value.strip(), false);
    }

    private static String check(String field, String s, boolean lineBreaks) {
        if (s.length() > MAX) {
            throw QuarantineException.forField(field, QuarantineException.invalid("text.tooLong", field, s.length(), MAX));
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean allowed = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
            if (!allowed && isControl(c)) {
                throw QuarantineException.forField(field, QuarantineException.invalid("text.control", field,
                        String.format("U+%04X", (int) c), i + 1));
            }
        }
        return s;
    }

    /**
     * C0 and C1 control characters, DEL, the line and paragraph separators, and the bidirectional overrides that make
     * text display in another order than it is stored.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
