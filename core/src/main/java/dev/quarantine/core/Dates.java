package dev.quarantine.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time forms people type (SPEC §8, §11): {@code 2020-02-03}, {@code 2020/2/3}, {@code 2020.2.3},
 * {@code 2020年2月3日}, {@code 20200203}, and nothing else; a two-digit year is refused, never guessed.
 */
public final class Dates {
    private static final Pattern SEPARATED = Pattern.compile("(\\d+)([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d+)年(\\d{1,2})月(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Dates() {
    }

    /** @throws QuarantineException {@code INVALID_INPUT}: {@code date.format}, {@code date.twoDigitYear} or {@code date.invalid} */
    public static LocalDate parse(String text) {
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.foldNoSpaces(text);
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = CHINESE.matcher(s);
        }
        if (m.matches()) {
            String year = m.group(1);
            int monthGroup = m.groupCount() == 4 ? 3 : 2;
            if (year.length() != 4) {
                throw QuarantineException.invalid(year.length() == 2 ? "date.twoDigitYear" : "date.format", original);
            }
            return of(original, year, m.group(monthGroup), m.group(monthGroup + 1));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(original, m.group(1), m.group(2), m.group(3));
        }
        throw QuarantineException.invalid("date.format", original);
    }

    private static LocalDate of(String original, String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("date.invalid", original);
        }
    }

    /**
     * A timestamp: {@code 2020-02-10T09:00} in {@code zone}, or ISO-8601 with an offset ({@code 2020-02-10T09:00+08:00}).
     */
    public static ZonedDateTime parseTimestamp(String text, ZoneId zone) {
        String s = TextNormalizer.foldNoSpaces(text == null ? "" : text.replace(' ', 'T'));
        try {
            return LocalDateTime.parse(s).atZone(zone);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).atZoneSameInstant(zone);
            } catch (DateTimeParseException e2) {
                try {
                    return ZonedDateTime.parse(s).withZoneSameInstant(zone);
                } catch (DateTimeParseException e3) {
                    throw QuarantineException.invalid("timestamp.format", text == null ? "" : text.strip());
                }
            }
        }
    }
}
