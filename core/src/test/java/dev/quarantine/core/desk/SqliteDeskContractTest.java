package dev.quarantine.core.desk;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The facade contract on the default backend: a SQLite file. */
class SqliteDeskContractTest extends DeskContract {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("register.db");
    }

    @Override
    protected QuarantineDesk create(Clock clock, String operator) {
        return QuarantineDesk.create(file(), clock, operator, List.of());
    }

    @Override
    protected QuarantineDesk reopen(Clock clock, String operator) {
        return QuarantineDesk.open(file(), clock, operator);
    }

    @Override
    protected QuarantineDesk openBackup(Path backup, Clock clock, String operator) {
        return QuarantineDesk.open(backup, clock, operator);
    }
}
