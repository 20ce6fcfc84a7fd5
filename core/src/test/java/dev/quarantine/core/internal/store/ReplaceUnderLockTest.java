package dev.quarantine.core.internal.store;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replacing a database file that other programs may open ({@code demo}): under SQLite's exclusive lock, taken before the
 * check and held until the copy is complete, on real SQLite files.
 */
class ReplaceUnderLockTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.parse("2020-02-03T08:00").atZone(ZONE).toInstant(), ZONE);

    @TempDir
    Path dir;
    Path file;
    Path replacement;

    @BeforeEach
    void files() {
        file = dir.resolve("old.db");
        try (QuarantineDesk d = QuarantineDesk.create(file, CLOCK, "tester", List.of())) {
            d.hotels().add("Old Inn", null, Money.parse("180"), "101-102");
        }
        replacement = dir.resolve("new.db");
        try (QuarantineDesk d = QuarantineDesk.create(replacement, CLOCK, "tester", List.of())) {
            d.hotels().add("New Inn", null, Money.parse("160"), "201-202");
        }
    }

    private List<String> hotels(Path db) {
        try (QuarantineDesk d = QuarantineDesk.open(db, CLOCK, "tester")) {
            return d.hotels().list().stream().map(HotelView::name).toList();
        }
    }

    private static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + ResidentId.checkCharacter(first17);
    }

    @Test
    void aProgramThatOpensTheFileWhileItIsReplacedWaitsAndKeepsItsWork() throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread[] writer = new Thread[1];
        boolean replaced = Database.replaceHeld(file, replacement, sql -> {
            // The lock is held: another member of staff opens the file now and registers someone.
            writer[0] = new Thread(() -> {
                try (QuarantineDesk d = QuarantineDesk.open(file, CLOCK, "clerk")) {
                    d.cases().register(new RegistrationInput("王伟", null, id("411302", "19850312", "101"), "13803711234", "南阳",
                            "2020-02-03", "祭城路社区", null, null, null));
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            writer[0].start();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(writer[0].isAlive()).as("the other program waits for the lock").isTrue();
            return true;
        });
        writer[0].join(120_000);
        assertThat(replaced).isTrue();
        assertThat(failed.get()).isNull();
        // Its registration is in the file everyone opens, on top of the whole new content: nothing went to a deleted
        // file, and no log of the old file was replayed into the new one.
        assertThat(hotels(file)).containsExactly("New Inn");
        List<String> events = new ArrayList<>();
        try (QuarantineDesk d = QuarantineDesk.open(file, CLOCK, "tester")) {
            assertThat(d.cases().show("Q000001").name()).isEqualTo("王伟");
            d.audit().forEach(e -> events.add(e.action() + " " + e.details()));
        }
        assertThat(events).anyMatch(e -> e.contains("New Inn")).noneMatch(e -> e.contains("Old Inn"))
                .anyMatch(e -> e.startsWith("register"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void aFileThatAnotherConnectionHasOpenIsNeverReplaced() throws Exception {
        byte[] before = Files.readAllBytes(file);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM hotel").close();
            assertThat(Database.inUse(file)).isTrue();
            boolean[] checked = {false};
            assertThat(Database.replaceHeld(file, replacement, sql -> checked[0] = true)).isFalse();
            assertThat(checked[0]).as("nothing is checked without the lock").isFalse();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(hotels(file)).containsExactly("Old Inn");
    }

    @Test
    void theCheckUnderTheLockCanStillRefuse() {
        assertThat(Database.replaceHeld(file, replacement, sql -> false)).isFalse();
        assertThat(hotels(file)).containsExactly("Old Inn");
    }

    @Test
    void sideFilesLeftByAKilledProgramAreNoUser() throws Exception {
        Path crashed = dir.resolve("crashed.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("UPDATE hotel SET address = 'left in the log' WHERE name = 'Old Inn'");
            // What a kill at this moment leaves on disk: the file with its log and shared memory, and no process.
            for (String side : new String[] {"", "-wal", "-shm"}) {
                Files.copy(Path.of(file + side), Path.of(crashed + side));
            }
            assertThat(Database.inUse(file)).as("the live file is in use").isTrue();
        }
        assertThat(Path.of(crashed + "-wal")).exists();
        assertThat(Path.of(crashed + "-shm")).exists();
        assertThat(Database.inUse(crashed)).as("a crash's leftovers are not a user").isFalse();
        try (QuarantineDesk d = QuarantineDesk.open(crashed, CLOCK, "tester")) {
            assertThat(d.hotels().list()).singleElement().satisfies(h -> assertThat(h.address()).isEqualTo("left in the log"));
        }
        assertThat(Database.replaceHeld(crashed, replacement, sql -> true)).isTrue();
        assertThat(hotels(crashed)).containsExactly("New Inn");
    }
}
