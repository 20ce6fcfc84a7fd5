package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.store.Dialect;
import dev.quarantine.core.store.SqliteDialect;
import dev.quarantine.core.store.StoreFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * A database failure, classified by the dialect from the driver's error code: a full disk, a read-only file or a
 * damaged one is a data-file problem (exit 5) with one line naming the cause; only what no user can fix is internal.
 * {@link #uniqueViolation()} lets callers turn a constraint the database enforces into a rule.
 */
public final class StoreException extends QuarantineException {
    private static final long serialVersionUID = 1L;
    private final StoreFailure failure;

    StoreException(String detail, SQLException cause) {
        super(ErrorKind.INTERNAL, cause, "db.error", detail);
        this.failure = StoreFailure.OTHER;
    }

    private StoreException(StoreFailure failure, String location, SQLException cause) {
        super(kind(failure), cause, key(failure), location, String.valueOf(cause.getMessage()));
        this.failure = failure;
    }

    static StoreException of(SQLException e, Dialect dialect, String location) {
        StoreFailure failure = dialect.classify(e);
        if (failure == StoreFailure.IO_ERROR && dialect instanceof SqliteDialect && noSpaceBeside(location)) {
            failure = StoreFailure.DISK_FULL;
        }
        return new StoreException(failure, location, e);
    }

    /** Less than this left on a disk, and an I/O error writing to it is the full disk. */
    private static final long NEARLY_FULL = 1 << 20;

    /**
     * Whether the disk holding the SQLite file at {@code location} has (almost) no space left. SQLite reports a full disk
     * as a plain I/O error when it is growing its shared-memory file ({@code SQLITE_IOERR_SHMSIZE}) rather than the
     * database: the cause the user can act on is still the full disk.
     */
    private static boolean noSpaceBeside(String location) {
        try {
            Path folder = SqliteDialect.file(location).toAbsolutePath().getParent();
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ErrorKind kind(StoreFailure f) {
        return f == StoreFailure.OTHER || f == StoreFailure.UNIQUE_VIOLATION ? ErrorKind.INTERNAL : ErrorKind.DATA_FILE;
    }

    private static String key(StoreFailure f) {
        return switch (f) {
            case BUSY -> "db.busy";
            case CONFLICT -> "db.conflict";
            case READ_ONLY -> "db.readOnly";
            case DISK_FULL -> "db.diskFull";
            case IO_ERROR -> "db.ioError";
            case CORRUPT -> "db.corrupt";
            case NOT_A_DATABASE -> "db.notDatabase";
            case CANNOT_OPEN -> "db.cannotOpenFile";
            case CONNECTION -> "db.connection";
            case PERMISSION_DENIED -> "db.permission";
            case UNIQUE_VIOLATION, OTHER -> "db.failed";
        };
    }

    public StoreFailure failure() {
        return failure;
    }

    public boolean uniqueViolation() {
        return failure == StoreFailure.UNIQUE_VIOLATION;
    }
}
