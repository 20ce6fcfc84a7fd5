package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.BackupResult;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.result.RoomView;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.quarantine.core.desk.DeskFixture.at;
import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.person;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the register keeps (SPEC §4, §5, §9, §12): the audit log, everything across reopening, the uniqueness rules
 * against a second clerk working at the same time, and backups.
 */
public interface IntegrityContract extends DeskFixture {

    /** SPEC §12: every change is in the audit log with its time, operator, command and case. */
    @Test
    default void theHistoryOfACaseNamesTimeOperatorAndCommand() {
        desk().command("register").cases().register(person(1, "南阳", "2020-02-03"));
        now("2020-02-03T09:00");
        desk().command("admit").cases().admit(new AdmitRequest("Q000001", null, "36.5", HOTEL, null, true));
        now("2020-02-03T14:00");
        reopenDesk("夜班护士").command("temp").health().recordTemperature("Q000001", "36.7", null, null);
        now("2020-02-03T15:00");
        desk().health().recordTemperature("Q000001", "36.6", null, null);
        assertThat(desk().cases().history("Q000001"))
                .extracting(HistoryEntry::at, HistoryEntry::operator, HistoryEntry::command, HistoryEntry::caseNumber,
                        HistoryEntry::action)
                .containsExactly(
                        tuple(at("2020-02-03T08:00"), OPERATOR, "register", "Q000001", "register"),
                        tuple(at("2020-02-03T09:00"), OPERATOR, "admit", "Q000001", "admit"),
                        tuple(at("2020-02-03T14:00"), "夜班护士", "temp", "Q000001", "temp"),
                        tuple(at("2020-02-03T15:00"), "夜班护士", "temp", "Q000001", "temp"));
        assertThat(desk().audit().eventsBy("temp")).isEqualTo(2);
    }

    @Test
    default void aDeskWithoutANamedCommandOrOperatorStillRecordsWhoAndHow() {
        QuarantineDesk anonymous = secondDesk("  ");
        assertThat(anonymous.operator()).isEqualTo("unknown");
        anonymous.cases().register(person(1, "南阳", "2020-02-03"));
        assertThat(desk().cases().history("Q000001")).singleElement().satisfies(h -> {
            assertThat(h.operator()).isEqualTo("unknown");
            assertThat(h.command()).isEqualTo("api");
        });
    }

    /** Everything a register holds reads back the same after it is closed and opened again. */
    @Test
    default void everythingReadsBackTheSameAfterReopening() {
        admit(1, "南阳", "2020-02-03");
        register(2, "武汉", "2020-02-02");
        now("2020-02-03T15:00");
        desk().health().recordTemperature("Q000001", "37.9", null, "赵护士");
        desk().health().reportFever("Q000001", "区指挥部");
        desk().billing().pay("Q000001", yuan("88.88"));
        State before = state();
        CaseView one = desk().cases().show("Q000001");
        reopenDesk(OPERATOR);
        assertThat(state()).isEqualTo(before);
        assertThat(desk().cases().show("Q000001")).isEqualTo(one);
        assertThat(desk().billing().bill("Q000001").paid()).isEqualTo(yuan("88.88"));
    }

    /**
     * SPEC §4: clerks registering the same person at once (twice the same arrival, once another) make one case, never
     * two; the others get a duplicate or a refusal. Each clerk has a desk of their own: a desk is used by one thread.
     */
    @Test
    default void twoClerksRegisteringOnePersonAtOnceMakeOneCase() throws Exception {
        QuarantineDesk other = secondDesk("另一位工作人员");
        QuarantineDesk third = secondDesk("第三位工作人员");
        List<Object> outcomes = race(
                () -> attempt(() -> desk().cases().register(person(1, "南阳", "2020-02-03"))),
                () -> attempt(() -> other.cases().register(person(1, "南阳", "2020-02-03"))),
                () -> attempt(() -> third.cases().register(person(1, "南阳", "2020-02-02"))));
        assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(1);
        long created = outcomes.stream().filter(o -> o instanceof RegisterResult r && !r.duplicate()).count();
        assertThat(created).isEqualTo(1);
        assertThat(outcomes).allSatisfy(o -> assertThat(o).satisfiesAnyOf(
                x -> assertThat(x).isInstanceOf(RegisterResult.class),
                x -> assertThat(((QuarantineException) x).key()).isEqualTo("case.openExists")));
    }

    /** SPEC §5: one person per room, also when two clerks admit at the same moment; a full hotel refuses the rest. */
    @Test
    default void twoClerksAdmittingAtOnceNeverShareARoom() throws Exception {
        desk().hotels().add("小旅馆", null, yuan("100"), "1-8");
        QuarantineDesk other = secondDesk("另一位工作人员");
        List<Object> outcomes = new ArrayList<>();
        for (Object clerk : race(() -> admitAll(desk(), 1), () -> admitAll(other, 2))) {
            outcomes.addAll((List<?>) clerk);
        }
        assertThat(outcomes).hasSize(12);
        assertThat(outcomes).filteredOn(o -> o instanceof QuarantineException)
                .extracting(o -> ((QuarantineException) o).key()).containsExactly("hotel.full", "hotel.full",
                        "hotel.full", "hotel.full");
        List<RoomView> rooms = desk().hotels().rooms("小旅馆");
        assertThat(rooms).extracting(RoomView::state).containsOnly(RoomState.OCCUPIED);
        assertThat(rooms).extracting(RoomView::caseNumber).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(desk().cases().list(CaseFilter.ALL.withHotel("小旅馆"))).extracting(CaseView::room)
                .doesNotHaveDuplicates().hasSize(8);
    }

    /** Test people first, first + 2, … (six of them) registered and admitted one after another on {@code desk}. */
    private static List<Object> admitAll(QuarantineDesk desk, int first) throws Exception {
        List<Object> out = new ArrayList<>();
        for (int n = first; n < first + 12; n += 2) {
            int who = n;
            out.add(attempt(() -> desk.cases().admit(new AdmitRequest(null, person(who, "南阳", "2020-02-03"), "36.5",
                    "小旅馆", null, true))));
        }
        return out;
    }

    /** Runs the tasks at once (each on its own desk) and returns what each returned or threw. */
    @SafeVarargs
    private static List<Object> race(Callable<Object>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Object> out = new ArrayList<>();
            for (Future<Object> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Object attempt(Callable<Object> call) throws Exception {
        try {
            return call.call();
        } catch (QuarantineException e) {
            return e;
        }
    }

    /** Case numbers are consecutive, and a refused request uses none. */
    @Test
    default void caseNumbersAreConsecutive() {
        register(1, "南阳", "2020-02-03");
        failure(() -> desk().cases().admit(new AdmitRequest(null, person(2, "南阳", "2020-02-03"), "36.5", HOTEL, "999", true)));
        failure(() -> register(1, "武汉", "2020-02-01"));
        register(3, "南阳", "2020-02-03");
        register(4, "郑州", "2020-02-03");
        assertThat(desk().cases().list(CaseFilter.ALL)).extracting(CaseView::caseNumber)
                .containsExactly("Q000001", "Q000002", "Q000003");
    }

    /**
     * SPEC §9: a backup is a register of its own holding the same cases; it is recorded in the audit log, and never
     * overwrites a file unless asked to. Taken from a freshly opened desk, as the {@code backup} command does.
     */
    @Test
    default void aBackupOpensAsARegisterWithTheSameCases() {
        admit(1, "南阳", "2020-02-03");
        register(2, "武汉", "2020-02-02");
        desk().health().recordTemperature("Q000001", "36.8", null, null);
        QuarantineDesk fresh = reopenDesk(OPERATOR);
        State before = state();
        Path file = scratch().resolve("backup-2020-02-03.db");
        clock().advance(Duration.ofMinutes(5));
        BackupResult b = fresh.storage().backup(file);
        assertThat(b.file()).isEqualTo(file);
        assertThat(b.bytes()).isPositive().isEqualTo(sizeOf(file));
        assertThat(b.audited()).isTrue();
        assertThat(events()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("backup");
            assertThat(e.caseNumber()).isNull();
        });
        QuarantineDesk copy = openBackup(file);
        assertThat(copy.cases().list(CaseFilter.ALL)).isEqualTo(before.cases());
        assertThat(copy.hotels().list()).isEqualTo(before.hotels());
        assertThat(copy.health().readings("Q000001")).isEqualTo(desk().health().readings("Q000001"));
        assertThat(copy.cases().history("Q000001")).isEqualTo(desk().cases().history("Q000001"));
        failure(ErrorKind.DATA_FILE, "file.exists", () -> reopenDesk(OPERATOR).storage().backup(file));
        assertThat(reopenDesk(OPERATOR).storage().backup(file, true).bytes()).isPositive();
    }

    /** SPEC §9, §13: an embedding program backs up the register it has been working on, without reopening it. */
    @Test
    default void aDeskThatHasWrittenCanBackUp() {
        admit(1, "南阳", "2020-02-03");
        State before = state();
        Path file = scratch().resolve("backup.db");
        BackupResult b = desk().storage().backup(file);
        assertThat(b.audited()).isTrue();
        assertThat(openBackup(file).cases().list(CaseFilter.ALL)).isEqualTo(before.cases());
        assertThat(desk().storage().backup(file, true).bytes()).isPositive();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
