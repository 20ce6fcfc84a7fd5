package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.store.Dialect;

import java.sql.SQLException;

/** A database failure. {@link #uniqueViolation()} lets callers turn a constraint the database enforces into a rule. */
public final class StoreException extends QuarantineException {
    private static final long serialVersionUID = 1L;
    private final boolean uniqueViolation;

    StoreException(String detail, SQLException cause) {
        this(detail, cause, false);
    }

    private StoreException(String detail, SQLException cause, boolean unique) {
        super(ErrorKind.INTERNAL, cause, "db.error", detail);
        this.uniqueViolation = unique;
    }

    static StoreException of(SQLException e, Dialect dialect) {
        return new StoreException(String.valueOf(e.getMessage()), e, dialect.isUniqueViolation(e));
    }

    public boolean uniqueViolation() {
        return uniqueViolation;
    }

}
