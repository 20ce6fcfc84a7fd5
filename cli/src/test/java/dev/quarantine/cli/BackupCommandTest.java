package dev.quarantine.cli;

import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code backup} makes a consistent copy while another connection keeps writing. */
class BackupCommandTest {
    @TempDir
    Path dir;

    @Test
    void backupDuringWritesIsConsistent() throws Exception {
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.at("2020-02-10T09:00", "init").code()).isZero();
        Clock clock = Clock.fixed(Instant.parse("2020-02-10T01:00:00Z"), ZoneOffset.UTC);
        AtomicInteger written = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(20);
        Thread writer = new Thread(() -> {
            try (QuarantineDesk desk = QuarantineDesk.open(cli.db, clock, "writer")) {
                for (int i = 0; i < 400; i++) {
                    String first17 = "420106" + "1980" + String.format("%02d%02d", 1 + i % 12, 1 + i % 28)
                            + String.format("%03d", i % 1000);
                    desk.cases().register(new RegistrationInput("张" + "伟强明".charAt(i % 3), null,
                            first17 + ResidentId.checkCharacter(first17), "13800000000", "武汉", "2020-02-0" + (1 + i % 9),
                            null, "地址" + i, null, null));
                    written.incrementAndGet();
                    started.countDown();
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        writer.start();
        assertThat(started.await(2, TimeUnit.MINUTES))
                .as("the writer committed 20 cases within two minutes (its failure: %s)", failure.get()).isTrue();
        Path backup = dir.resolve("backup.db");
        // Committed before the backup began: the copy must hold every one of them.
        int before = written.get();
        CliHarness.Result r = cli.run("backup", backup.toString());
        // Counted once the backup had ended: the copy can hold at most one more (committed, not yet counted).
        int after = written.get();
        writer.join(TimeUnit.MINUTES.toMillis(2));
        assertThat(writer.isAlive()).as("the writer finished").isFalse();
        assertThat(failure.get()).isNull();
        assertThat(written.get()).isEqualTo(400);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), (SELECT COUNT(DISTINCT person_key) FROM qcase), "
                    + "(SELECT COUNT(*) FROM audit_log WHERE action = 'register') FROM qcase")) {
                rs.next();
                int cases = rs.getInt(1);
                assertThat(cases).as("cases in the backup, %d committed before it and %d after", before, after)
                        .isBetween(before, after + 1);
                assertThat(rs.getInt(2)).isEqualTo(cases);
                assertThat(rs.getInt(3)).isEqualTo(cases);
            }
        }
        // The backup opens as a desk, and holds exactly the writer's first registrations, in order, with no gap.
        List<String> addresses = new ArrayList<>();
        try (QuarantineDesk copy = QuarantineDesk.open(backup, clock, "checker")) {
            copy.cases().forEach(CaseFilter.ALL, c -> {
                assertThat(c.caseNumber()).isEqualTo(String.format("Q%06d", addresses.size() + 1));
                addresses.add(c.address());
            });
        }
        assertThat(addresses).hasSizeBetween(before, after + 1);
        for (int i = 0; i < addresses.size(); i++) {
            assertThat(addresses.get(i)).isEqualTo("地址" + i);
        }
        CliHarness.Result again = cli.run("backup", backup.toString());
        assertThat(again.code()).isEqualTo(5);
        assertThat(again.err()).contains("exists already").contains("--force");
    }
}
