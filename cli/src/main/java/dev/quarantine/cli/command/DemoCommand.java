package dev.quarantine.cli.command;

import dev.quarantine.cli.demo.DemoData;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code demo}: builds a database with a hotel and a realistic fortnight (2020-02-01 … 2020-02-14) of cases and
 * readings, so a newcomer sees every command working at once. Replaces an earlier demo database, never another one.
 */
@Command(name = "demo", description = "Create a demo database with a fortnight of realistic data.")
public final class DemoCommand extends BaseCommand {

    @Override
    public Integer call() {
        Path db = dbPath();
        if (Files.exists(db)) {
            if (!isDemo(db)) {
                throw QuarantineException.refused("demo.notDemo", db);
            }
            try {
                Files.delete(db);
                Files.deleteIfExists(Path.of(db + "-wal"));
                Files.deleteIfExists(Path.of(db + "-shm"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            output().info(i18n().text("demo.replaced", db));
        }
        DemoData.Summary s = DemoData.build(db, operator());
        Map<String, Object> doc = s.doc();
        output().object(doc);
        output().info(i18n().text("demo.next", db, s.today(), s.someCase(), s.hotel()));
        return 0;
    }

    private boolean isDemo(Path db) {
        try (QuarantineDesk d = QuarantineDesk.open(db, context().clock(), operator())) {
            return d.countEvents("demo") > 0;
        } catch (QuarantineException e) {
            return false;
        }
    }
}
