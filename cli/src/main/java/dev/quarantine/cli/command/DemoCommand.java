package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.demo.DemoData;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Now;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.store.SqliteFiles;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;

/**
 * {@code demo}: builds a database with a hotel and a realistic fortnight (2020-02-01 … 2020-02-14) of cases and
 * readings, so a newcomer sees every command working at once. It writes its own file, {@code quarantine-demo.db}
 * (or {@code --db}), never the default database of real work. An earlier demo database is replaced only when it holds
 * nothing but demo data and no other program has it open: the new one is built beside it and copied into the old file
 * under SQLite's exclusive lock, which is taken before the last check and held until the copy is complete.
 */
@Command(name = "demo", description = "Create a demo database (quarantine-demo.db) with a fortnight of realistic data.")
public final class DemoCommand extends BaseCommand {
    static final String FILE = "quarantine-demo.db";
    /** The commands whose changes a demo database may hold. */
    private static final Set<String> DEMO_COMMANDS = Set.of("init", "demo");

    @Override
    protected CliExitCode execute() {
        if (session().onServer()) {
            throw QuarantineException.refused("demo.server");
        }
        Path db = session().dbNamed() ? dbPath() : Path.of(FILE);
        FileProblems.checkFolderExists(db);
        boolean replacing = Files.exists(db);
        if (replacing) {
            checkDemoOnly(db);
        }
        Path temp = db.toAbsolutePath().resolveSibling("." + db.getFileName() + "." + ProcessHandle.current().pid()
                + ".demo");
        DemoData.Summary s;
        try {
            SqliteFiles.deleteWithSides(temp);
            s = DemoData.build(temp, operator());
            if (replacing) {
                // Under SQLite's exclusive lock on the old file, taken before the check and held until the new demo
                // is copied into it: nobody has it open, nobody is half-way through a write, and it is demo data only.
                QuarantineDesk.replaceDemo(db, DEMO_COMMANDS, temp);
            } else {
                Files.move(temp, db, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw FileProblems.of(db, e);
        } finally {
            SqliteFiles.deleteWithSides(temp);
        }
        if (replacing) {
            output().info(i18n().text("demo.replaced", db));
        }
        Map<String, Object> doc = s.doc(db.toString());
        output().object(doc);
        output().finish();
        output().info(i18n().text("demo.next", db, s.today(), s.someCase(), s.hotel()));
        return CliExitCode.OK;
    }

    /**
     * Refuses, before the new demo is built, a file that is not ours, holds anything but demo data, or is open in another
     * program (its side files alone, left by a killed run, do not count). The replacement checks again under the lock.
     */
    private void checkDemoOnly(Path db) {
        try (QuarantineDesk d = QuarantineDesk.open(db, Now.system(), operator())) {
            if (d.audit().eventsBy("demo") == 0 || d.audit().changesOutside(DEMO_COMMANDS) > 0) {
                throw QuarantineException.refused("demo.notDemo", db);
            }
        } catch (QuarantineException e) {
            if ("demo.notDemo".equals(e.key()) || e.kind() != ErrorKind.DATA_FILE) {
                throw e;
            }
            throw new QuarantineException(ErrorKind.REFUSED, e, "demo.notDemo", db);
        }
        if (QuarantineDesk.inUse(db)) {
            throw new QuarantineException(ErrorKind.REFUSED, "demo.inUse", db);
        }
    }
}
