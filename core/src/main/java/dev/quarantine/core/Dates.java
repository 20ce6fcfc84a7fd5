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

    /** The first and last year a date typed into this program may have: anything outside is a typo. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2099;

    private static LocalDate of(String original, String y, String mo, String d) {
        int year = Integer.parseInt(y);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw QuarantineException.invalid("date.outOfRange", original, FIRST_YEAR, LAST_YEAR);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("date.invalid", original);
        }
    }

    private static final Pattern LOCAL_TIME = Pattern.compile("(\\S+?)[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    /**
     * A local date and time as people type it ({@code 2020-02-10T09:00}, {@code 2020/2/1 15:30}, seconds optional), or
     * null when the text has no such form (it may still be ISO-8601 with an offset).
     *
     * @throws QuarantineException {@code INVALID_INPUT} when the form is right but the date or time is not
     */
    public static LocalDateTime parseLocal(String text) {
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.fold(original).replaceAll("\\s+", " ");
        Matcher m = LOCAL_TIME.matcher(s);
        if (!m.matches()) {
            return null;
        }
        LocalDate date;
        try {
            date = parse(m.group(1));
        } catch (QuarantineException e) {
            if (!"date.format".equals(e.key())) {
                throw e;
            }
            return null;
        }
        try {
            int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            return LocalDateTime.of(date, java.time.LocalTime.of(Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), second));
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("timestamp.format", original);
        }
    }

    /**
     * A timestamp: a date in any form {@link #parse} reads and a time ({@code 2020-02-10T09:00}, {@code 2020/2/10 9:00},
     * Excel's default {@code 2020/2/1 15:30}, seconds optional) in {@code zone}, or ISO-8601 with an offset
     * ({@code 2020-02-10T09:00+08:00}). Years outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} are refused.
     */
    public static ZonedDateTime parseTimestamp(String text, ZoneId zone) {
        LocalDateTime local = parseLocal(text);
        if (local != null) {
            return local.atZone(zone);
        }
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.fold(original).replaceAll("\\s+", " ");
        String iso = s.replace(' ', 'T');
        ZonedDateTime parsed;
        try {
            parsed = OffsetDateTime.parse(iso).atZoneSameInstant(zone);
        } catch (DateTimeParseException e2) {
            try {
                parsed = ZonedDateTime.parse(iso).withZoneSameInstant(zone);
            } catch (DateTimeException e3) {
                throw QuarantineException.invalid("timestamp.format", original);
            }
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("timestamp.format", original);
        }
        if (parsed.getYear() < FIRST_YEAR || parsed.getYear() > LAST_YEAR) {
            throw QuarantineException.invalid("date.outOfRange", original, FIRST_YEAR, LAST_YEAR);
        }
        return parsed;
    }
}
