package dev.quarantine.core;

import java.text.Normalizer;

/** Input clean-up shared by every parser: full-width forms folded to ASCII, all kinds of spaces dropped or trimmed. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** NFKC (full-width digits, letters and punctuation become ASCII) and trimmed of every kind of space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // Most cells are plain ASCII or CJK ideographs, which NFKC leaves alone: skip the normalizer for them.
        String folded = needsNormalizing(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        return folded.strip();
    }

    private static boolean needsNormalizing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #fold} and then every whitespace character removed, also inside the text. */
    public static String foldNoSpaces(String text) {
        String folded = fold(text);
        boolean spaces = false;
        for (int i = 0; i < folded.length() && !spaces; i++) {
            char c = folded.charAt(i);
            spaces = Character.isWhitespace(c) || Character.isSpaceChar(c);
        }
        if (!spaces) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
