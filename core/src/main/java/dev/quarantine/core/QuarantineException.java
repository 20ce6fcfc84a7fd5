package dev.quarantine.core;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every failure the core reports to its caller. It carries a {@link ErrorKind}, a message key of the core's
 * catalog and the values that fill it, so the same error reads in English or Chinese.
 */
public class QuarantineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String key;
    private final transient Object[] args;

    public QuarantineException(ErrorKind kind, String key, Object... args) {
        super(Messages.format(Locale.ROOT, key, args));
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
    }

    public QuarantineException(ErrorKind kind, Throwable cause, String key, Object... args) {
        super(Messages.format(Locale.ROOT, key, args), cause);
        this.kind = kind;
        this.key = key;
        this.args = args.clone();
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

    public ErrorKind kind() {
        return kind;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** The message in the given language (Chinese for any {@code zh} locale, else English). */
    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }
}
