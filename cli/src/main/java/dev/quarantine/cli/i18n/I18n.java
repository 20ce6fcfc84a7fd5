package dev.quarantine.cli.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command line's words in Chinese or English ({@code dev/quarantine/cli/i18n/cli*.properties}): field labels,
 * headings, enum names for people, messages. The language is {@code --lang}, else the locale ({@code QUARANTINE_LOCALE}
 * set by the launcher, LC_ALL, LC_MESSAGES, LANG, the JVM's).
 */
public final class I18n {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.quarantine.cli.i18n.cli", locale, I18n.class.getClassLoader(),
                NO_FALLBACK);
    }

    /** Chinese for {@code --lang zh} or a Chinese locale, English otherwise. */
    public static Locale choose(String lang, Map<String, String> env) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ROOT;
        }
        for (String var : new String[] {"QUARANTINE_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ROOT;
            }
        }
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return "zh".equals(locale.getLanguage());
    }

    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    /** The label of a field ({@code caseNumber} → {@code Case} / {@code 案例编号}); the field name when unknown. */
    public String label(String field) {
        return bundle.containsKey("field." + field) ? bundle.getString("field." + field) : field;
    }

    /** An enum value for people ({@code ADMITTED} → {@code admitted} / {@code 已入住}). */
    public String enumName(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }
}
