package dev.quarantine.postgres;

import dev.quarantine.core.testing.PgServer;
import dev.quarantine.core.desk.DeskContract;
import dev.quarantine.core.desk.QuarantineDesk;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The facade contract on PostgreSQL: every test of {@link DeskContract} against a fresh database on the server of
 * {@link PgServer}. A backup is a pg_dump file: it is opened by restoring it into a database of its own.
 */
class PostgresDeskContractTest extends DeskContract {
    private String database;
    private final List<String> restored = new ArrayList<>();

    @Override
    protected QuarantineDesk create(Clock clock, String operator) {
        database = PgServer.newDatabase("qd_contract");
        return QuarantineDesk.create(PgServer.location(database), clock, operator, List.of());
    }

    @Override
    protected QuarantineDesk reopen(Clock clock, String operator) {
        return QuarantineDesk.open(PgServer.location(database), clock, operator);
    }

    @Override
    protected QuarantineDesk openBackup(Path file, Clock clock, String operator) {
        String copy = PgServer.newDatabase("qd_restored");
        restored.add(copy);
        String location = PgServer.location(copy);
        PostgresLocation l = PostgresLocation.parse(location);
        try {
            Process p = new ProcessBuilder(PgDump.onPath("pg_restore").orElseThrow().toString(), "--no-password",
                    "--host=" + l.host(), "--port=" + l.port(), "--username=" + l.user(), "--dbname=" + copy,
                    file.toString()).inheritIO().start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("pg_restore failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return QuarantineDesk.open(location, clock, operator);
    }

    @AfterEach
    void dropDatabases() {
        // After the contract's own @AfterEach has closed every handle (JUnit runs a subclass's after-methods first,
        // so the drop forces the connections closed).
        for (String db : restored) {
            PgServer.dropDatabase(db);
        }
        restored.clear();
        if (database != null) {
            PgServer.dropDatabase(database);
        }
    }
}
