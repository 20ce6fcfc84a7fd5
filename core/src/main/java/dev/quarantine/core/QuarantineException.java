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

    public QuarantineException(ErrorKind kind, String key, Object... args) {
        this(kind, null, null, key, args);
    }

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

    public static QuarantineException invalid(String key, Object... args) {
        return new QuarantineException(ErrorKind.INVALID_INPUT, key, args);
    }

    public static QuarantineException refused(String key, Object... args) {
        return new QuarantineException(ErrorKind.REFUSED, key, args);
    }

    public static QuarantineException notFound(String key, Object... args) {
        return new QuarantineException(ErrorKind.NOT_FOUND, key, args);
    }

    /** The same error, concerning the input field {@code field}. */
    public static QuarantineException forField(String field, QuarantineException e) {
        return new QuarantineException(e.kind, e.getCause(), field, e.key, e.args);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

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
