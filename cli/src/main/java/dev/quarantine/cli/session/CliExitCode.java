package dev.quarantine.cli.session;

import dev.quarantine.core.ErrorKind;

/** The exit codes of SPEC §11, one place for all of them. */
public enum CliExitCode {
    OK(0), INTERNAL(1), USAGE(2), REFUSED(3), NOT_FOUND(4), DATA_FILE(5);

    private final int code;

    CliExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static CliExitCode of(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> USAGE;
            case REFUSED -> REFUSED;
            case NOT_FOUND -> NOT_FOUND;
            case DATA_FILE -> DATA_FILE;
            case INTERNAL -> INTERNAL;
        };
    }
}
