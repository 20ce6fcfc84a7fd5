package dev.quarantine.cli.i18n;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The usage help in Chinese ({@code help_zh.properties}): picocli reads command descriptions, option descriptions and
 * section headings from it under {@code --lang zh}. English help is the commands' own annotations.
 */
public final class HelpTexts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private HelpTexts() {
    }

    public static ResourceBundle chinese() {
        return ResourceBundle.getBundle("dev.quarantine.cli.i18n.help", Locale.CHINESE, HelpTexts.class.getClassLoader(),
                NO_FALLBACK);
    }
}
