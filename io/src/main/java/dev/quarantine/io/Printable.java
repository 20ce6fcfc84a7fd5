package dev.quarantine.io;

/** Text made safe for a terminal before it is printed. */
public final class Printable {
    private Printable() {
    }

    /**
     * {@code s} without control characters (escape sequences would repaint a terminal): each becomes {@code �}.
     * Line breaks and tabs stay; callers that need one line replace them first.
     */
    public static String text(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
