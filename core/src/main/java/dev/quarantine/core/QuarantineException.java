package dev.quarantine.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every failure the core reports to its caller. It carries a {@link ErrorKind}, a message key of the core's
 * catalog and the values that fill it, so the same error reads in English or Chinese; and, for bad input, the
 * {@link #field()} it concerns ({@code temperature}, {@code id_number}), so that a command line or a form can point
 * at the option or the box the user typed it in.
 */
public class QuarantineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String key;
    private final transient Object[] args;
    private final String field;

    /** An error of kind {@code kind} whose message is the catalog entry {@code key} filled with {@code args}. */
    public QuarantineException(ErrorKind kind, String key, Object... args) {
        this(kind, null, null, key, args);
    }

    /**
     * An error of kind {@code kind} caused by {@code cause} (a driver's or the file system's failure), whose message
     * is the catalog entry {@code key} filled with {@code args}.
     */
    public QuarantineException(ErrorKind kind, Throwable cause, String key, Object... args) {
        this(kind, cause, null, key, args);
    }

    private QuarantineException(ErrorKind kind, Throwable cause, String field, String key, Object... args) {
        super(Messages.format(Locale.ROOT, key, args), cause);
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
        this.field = field;
    }

    /** Malformed input ({@link ErrorKind#INVALID_INPUT}): {@code invalid("money.format", "12,5.0")}. */
    public static QuarantineException invalid(String key, Object... args) {
        return new QuarantineException(ErrorKind.INVALID_INPUT, key, args);
    }

    /**
     * Well-formed input that a rule refuses ({@link ErrorKind#REFUSED}): a full hotel, a release before the eligible
     * date.
     */
    public static QuarantineException refused(String key, Object... args) {
        return new QuarantineException(ErrorKind.REFUSED, key, args);
    }

    /** A case, hotel, room or request that does not exist ({@link ErrorKind#NOT_FOUND}). */
    public static QuarantineException notFound(String key, Object... args) {
        return new QuarantineException(ErrorKind.NOT_FOUND, key, args);
    }

    /** The same error, concerning the input field {@code field}. */
    public static QuarantineException forField(String field, QuarantineException e) {
        return new QuarantineException(e.kind, e.getCause(), field, e.key, e.args);
    }

    /** What kind of failure this is; a command line maps it to its exit code. */
    public ErrorKind kind() {
        return kind;
    }

    /** The message key of the core's catalog ({@code release.refused}): stable, for a program to branch on. */
    public String key() {
        return key;
    }

    /** The values that fill the message, in order (a copy). */
    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** The input field the error concerns ({@code temperature}, {@code arrival_date}), or null. */
    public String field() {
        return field;
    }

    /** The message in the given language (Chinese for any {@code zh} locale, else English). */
    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }
}
