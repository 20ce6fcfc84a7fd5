package dev.quarantine.cli.i18n;

import dev.quarantine.core.Messages;

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

    /** The text of {@code key} when the run's language has one, else that of {@code fallback}. */
    public String textOr(String key, String fallback) {
        return bundle.containsKey(key) ? text(key) : text(fallback);
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
        return label(null, field);
    }

    /**
     * The label of a field in a document of {@code kind}: {@code field.hotel.name} (the hotel's name) before
     * {@code field.name} (a person's).
     */
    public String label(String kind, String field) {
        if (kind != null && bundle.containsKey("field." + kind + "." + field)) {
            return bundle.getString("field." + kind + "." + field);
        }
        return bundle.containsKey("field." + field) ? bundle.getString("field." + field) : field;
    }

    /** A word that a field holds, for people ({@code idType} {@code resident} → 身份证); the value itself otherwise. */
    public String value(String field, String value) {
        if ("role".equals(field)) {
            return roleName(value);
        }
        String key = "value." + field + "." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : value;
    }

    /** An enum value for people ({@code ADMITTED} → {@code admitted} / {@code 已入住}), from the core's catalog. */
    public String enumName(Enum<?> value) {
        return Messages.enumName(locale, value);
    }

    /** A team role for people ({@code medical} → 医务人员). */
    public String roleName(String role) {
        return Messages.roleName(locale, role);
    }

    /** Between the items of a list: {@code ", "} or {@code "、"}. */
    public String listSeparator() {
        return Messages.listSeparator(locale);
    }
}
