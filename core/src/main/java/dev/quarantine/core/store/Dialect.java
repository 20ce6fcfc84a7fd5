package dev.quarantine.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Everything that differs between database engines. Queries elsewhere are standard SQL that PostgreSQL also runs
 * (SPEC §12), so a PostgreSQL backend is a second implementation of this interface plus its schema scripts.
 */
public interface Dialect {

    /** The folder of this dialect's schema scripts ({@code V1.sql}, {@code V2.sql}, …) among the core's resources. */
    String schemaFolder();

    /** Driver properties for a connection this store opens itself. */
    Properties connectionProperties();

    /** Settings applied on every connection, also one handed over in a {@code DataSource}. */
    void configure(Connection connection) throws SQLException;

    /** The statement that copies the whole database consistently into a new file while others may write. */
    String backupStatement(String targetPath);

    /** Turns foreign-key enforcement on or off for this connection (outside any transaction). */
    void foreignKeys(Connection connection, boolean on) throws SQLException;

    /** Fails when a foreign key is broken (after a migration that rebuilt tables). */
    void checkForeignKeys(Connection connection) throws SQLException;

    /** Settings for a long bulk write (a roster import): a larger page cache, for this connection only. */
    void bulkWrite(Connection connection) throws SQLException;

    /** Marks a database as this program's (SQLite: the header's application id), after creation or migration. */
    default void stamp(Connection connection) throws SQLException {
    }

    /** What a failure means, from the driver's error code or SQL state. */
    StoreFailure classify(SQLException e);

    /** True when the exception is a unique or primary-key constraint violation. */
    default boolean isUniqueViolation(SQLException e) {
        return classify(e) == StoreFailure.UNIQUE_VIOLATION;
    }

    /**
     * Starts a read-only transaction on a connection in auto-commit mode, so that every query until
     * {@link #endRead} sees one consistent snapshot (a report's sections agree with each other).
     */
    void beginRead(Connection connection) throws SQLException;

    /** Ends the transaction {@link #beginRead} started. */
    void endRead(Connection connection) throws SQLException;
}
