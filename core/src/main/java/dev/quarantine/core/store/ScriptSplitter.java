package dev.quarantine.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a schema script into statements at the semicolons that end them: not inside quotes, a {@code --} comment, a
 * dollar-quoted body ({@code $$ … $$}, PostgreSQL functions) or a {@code CREATE TRIGGER … END;} body (SQLite, whose
 * {@code END;} stands on a line of its own). A trigger keeps its final semicolon, which SQLite requires.
 */
final class ScriptSplitter {
    private ScriptSplitter() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String dollar = null;
        boolean quoted = false;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (dollar != null) {
                if (script.startsWith(dollar, i)) {
                    current.append(dollar);
                    i += dollar.length() - 1;
                    dollar = null;
                } else {
                    current.append(c);
                }
                continue;
            }
            if (quoted) {
                current.append(c);
                quoted = c != '\'';
                continue;
            }
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                current.append('\n');
                continue;
            }
            if (c == '\'') {
                quoted = true;
            } else if (c == '$') {
                int close = script.indexOf('$', i + 1);
                String tag = close < 0 ? null : script.substring(i, close + 1);
                if (tag != null && tag.matches("\\$[A-Za-z_]*\\$")) {
                    dollar = tag;
                    current.append(tag);
                    i = close;
                    continue;
                }
            } else if (c == ';' && !inTrigger(current)) {
                add(out, current);
                continue;
            } else if (c == ';' && endsTrigger(current)) {
                current.append(c);
                add(out, current);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    private static final Pattern BEGIN = Pattern.compile("\\bBEGIN\\b");

    /**
     * Inside a SQLite trigger body ({@code CREATE TRIGGER … BEGIN … END;}): its statements end with semicolons, the
     * trigger with {@code END;}. A PostgreSQL trigger has no body of its own (it names a function) and ends at its
     * semicolon.
     */
    private static boolean inTrigger(StringBuilder current) {
        String s = current.toString().strip().toUpperCase(Locale.ROOT);
        return s.startsWith("CREATE TRIGGER") && BEGIN.matcher(s).find();
    }

    /** The trigger ends at {@code END;} on a line of its own, so a {@code CASE … END;} inside it does not. */
    private static boolean endsTrigger(StringBuilder current) {
        String line = current.substring(current.lastIndexOf("\n") + 1);
        return line.strip().equalsIgnoreCase("END");
    }
}
