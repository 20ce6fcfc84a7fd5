package dev.quarantine.core.health;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

/**
 * A body temperature in tenths of a degree Celsius ({@code 365} is 36.5 °C). {@link #parse} accepts {@code 36.5},
 * {@code 36.5℃}, {@code 36.5°C} and {@code 36.5度}, at most one decimal; whether it is plausible or a fever is the
 * policy's business ({@link dev.quarantine.core.policy.Policy#checkPlausible}).
 */
public record Temperature(int tenths) implements Comparable<Temperature> {
    private static final java.util.regex.Pattern READING = java.util.regex.Pattern.compile("\\d{1,3}(\\.\\d)?");

    /** The temperature of {@code tenths} tenths of a degree: {@code ofTenths(373)} is 37.3 °C. */
    public static Temperature ofTenths(int tenths) {
        return new Temperature(tenths);
    }

    /**
     * Reads a temperature as staff write it, at most one decimal; whether it is plausible is the policy's to say:
     *
     * <pre>{@code
     * Temperature.parse("36.5");  // 36.5
     * Temperature.parse("37.3℃"); // 37.3
     * Temperature.parse("38度");   // 38.0
     * Temperature.parse("36.55"); // QuarantineException temperature.format
     * }</pre>
     *
     * @throws QuarantineException {@code INVALID_INPUT} {@code temperature.format}
     */
    public static Temperature parse(String text) {
        String s = TextNormalizer.foldNoSpaces(text);
        for (String unit : new String[] {"°C", "℃", "度", "C", "c", "°"}) {
            if (s.endsWith(unit)) {
                s = s.substring(0, s.length() - unit.length());
                break;
            }
        }
        if (!READING.matcher(s).matches()) {
            throw QuarantineException.invalid("temperature.format", text == null ? "" : text.strip());
        }
        int dot = s.indexOf('.');
        int tenths = dot < 0 ? Integer.parseInt(s) * 10
                : Integer.parseInt(s.substring(0, dot)) * 10 + (s.charAt(dot + 1) - '0');
        return new Temperature(tenths);
    }

    @Override
    public int compareTo(Temperature other) {
        return Integer.compare(tenths, other.tenths);
    }

    @Override
    public String toString() {
        return (tenths / 10) + "." + (tenths % 10);
    }
}
