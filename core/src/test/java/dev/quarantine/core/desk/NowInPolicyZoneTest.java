package dev.quarantine.core.desk;

import dev.quarantine.core.Now;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;
import dev.quarantine.core.result.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A local {@code --now} is handed to the core as a value and read in the policy's zone, the same way when a register
 * is created as when it is opened (it once was fixed up by the command line, and {@code init} skipped the fix-up).
 */
class NowInPolicyZoneTest {
    private static Policy inZone(String zone) {
        return PolicyJson.parse(PolicyJson.write(Policy.zhengzhou2020()).replace("Asia/Shanghai", zone));
    }

    private static List<HistoryEntry> events(QuarantineDesk desk) {
        List<HistoryEntry> out = new ArrayList<>();
        desk.audit().forEach(out::add);
        return out;
    }

    @Test
    void createAndOpenReadALocalNowInThePolicysZone(@TempDir Path dir) {
        Path file = dir.resolve("berlin.db");
        Now eight = Now.atLocal(LocalDateTime.parse("2020-02-03T08:00"));
        try (QuarantineDesk desk = QuarantineDesk.create(file, eight, "clerk", List.of(inZone("Europe/Berlin")))) {
            assertThat(desk.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(desk.clock().instant()).isEqualTo(Instant.parse("2020-02-03T07:00:00Z"));
            assertThat(events(desk)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("init");
                assertThat(e.at()).isEqualTo(Instant.parse("2020-02-03T07:00:00Z"));
            });
        }
        Now lateEvening = Now.atLocal(LocalDateTime.parse("2020-02-03T23:30"));
        try (QuarantineDesk desk = QuarantineDesk.open(file, lateEvening, "clerk")) {
            assertThat(desk.clock().instant()).isEqualTo(Instant.parse("2020-02-03T22:30:00Z"));
            // Still the 3rd in Berlin (in Shanghai it would be the 4th already).
            assertThat(desk.today()).isEqualTo(LocalDate.parse("2020-02-03"));
        }
    }

    @Test
    void anInstantWithAnOffsetIsTakenAsItIs(@TempDir Path dir) {
        Now instant = Now.parse("2020-02-03T08:00:00+08:00");
        try (QuarantineDesk desk = QuarantineDesk.create(dir.resolve("b.db"), instant, "clerk",
                List.of(inZone("Europe/Berlin")))) {
            assertThat(desk.clock().instant()).isEqualTo(Instant.parse("2020-02-03T00:00:00Z"));
            assertThat(desk.today()).isEqualTo(LocalDate.parse("2020-02-03"));
        }
    }
}
