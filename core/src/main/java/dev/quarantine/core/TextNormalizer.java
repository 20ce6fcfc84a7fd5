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
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return folded.strip();
    }

    /** {@link #fold} and then every whitespace character removed, also inside the text. */
    public static String foldNoSpaces(String text) {
        String folded = fold(text);
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
