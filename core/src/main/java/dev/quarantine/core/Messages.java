package dev.quarantine.core;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The core's message catalog: English in {@code messages.properties}, Chinese in {@code messages_zh.properties}.
 * Lookups never fall back to the JVM's default locale, so an English request on a Chinese PC stays English. The
 * catalog also names every enumerated value for people ({@code enum.ADMITTED} → admitted / 已入住), so a message that
 * mentions a status reads in the message's language, and a value printed in either language can be typed back.
 */
public final class Messages {
    private static final String BUNDLE = "dev.quarantine.core.messages";
    private static final Locale[] LANGUAGES = {Locale.ROOT, Locale.CHINESE};

    private Messages() {
    }

    /**
     * Chinese for any Chinese locale, else the base (English) bundle. Asking for {@link Locale#ROOT} never falls back
     * to the JVM's default locale, and needs no {@code ResourceBundle.Control}, which a named module may not use.
     */
    private static ResourceBundle bundle(Locale locale) {
        Locale language = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language);
    }

    /**
     * The text of {@code key} in {@code locale} with {@code args} filled in (an enumerated value by its name in that
     * language, a list joined with the language's separator); the key itself when unknown.
     */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(locale, args[i]);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /**
     * A value as a message shows it: an enumerated value by its name for people, a {@link Message} in the message's
     * language, a list of messages joined with {@link #problemSeparator}.
     */
    private static Object shown(Locale locale, Object arg) {
        if (arg instanceof Enum<?> e) {
            return enumName(locale, e);
        }
        if (arg instanceof Message m) {
            return m.text(locale);
        }
        if (arg instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(Message.class::isInstance)) {
            List<String> texts = new ArrayList<>();
            for (Object m : list) {
                texts.add(((Message) m).text(locale));
            }
            return String.join(problemSeparator(locale), texts);
        }
        return arg;
    }

    /** An enumerated value for people: {@code ADMITTED} → {@code admitted} / {@code 已入住}; its name when unnamed. */
    public static String enumName(Locale locale, Enum<?> value) {
        if (value == null) {
            return "";
        }
        ResourceBundle b = bundle(locale);
        String key = "enum." + value.name();
        return b.containsKey(key) ? b.getString(key) : value.name();
    }

    /** A team role ({@code medical}) for people: 医务人员 in Chinese; the role itself when unnamed. */
    public static String roleName(Locale locale, String role) {
        ResourceBundle b = bundle(locale);
        return role != null && b.containsKey("role." + role) ? b.getString("role." + role) : role;
    }

    /**
     * The value of {@code type} that {@code text} names: its constant name ({@code PARCEL_IN}), the same in lower case
     * with dashes ({@code parcel-in}), or its name for people in English or Chinese ({@code 已入住}).
     *
     * @return null when nothing matches
     */
    public static <E extends Enum<E>> E parseEnum(Class<E> type, String text) {
        String s = TextNormalizer.foldNoSpaces(text);
        if (s.isEmpty()) {
            return null;
        }
        String asName = s.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(asName)) {
                return value;
            }
            for (Locale l : LANGUAGES) {
                if (TextNormalizer.foldNoSpaces(enumName(l, value)).equalsIgnoreCase(s)) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The team role among {@code roles} that {@code text} names, by its id or its Chinese name; null when none. */
    public static String parseRole(List<String> roles, String text) {
        String s = TextNormalizer.foldNoSpaces(text).toLowerCase(Locale.ROOT);
        for (String role : roles) {
            for (Locale l : LANGUAGES) {
                if (role.equals(s) || roleName(l, role).equalsIgnoreCase(s)) {
                    return role;
                }
            }
        }
        return null;
    }

    /** Every name of {@code type}'s values in {@code locale}, for an error that lists what is accepted. */
    public static <E extends Enum<E>> String names(Locale locale, Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(enumName(locale, value));
        }
        return String.join(listSeparator(locale), names);
    }

    /** {@code ", "} in English, {@code "、"} in Chinese. */
    public static String listSeparator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "、" : ", ";
    }

    /** {@code "; "} in English, {@code "；"} in Chinese: between the problems of one row or one refusal. */
    public static String problemSeparator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "；" : "; ";
    }
}
