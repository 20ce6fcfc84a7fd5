package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.request.Registration;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.result.ReleaseResult;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The library as an embedder meets it (issue 19): requests built by name, typed arguments, streamed queries, and one
 * desk shared by several threads.
 */
public interface LibraryContract extends DeskFixture {

    private static Registration.Builder wang() {
        return Registration.of("王伟", DeskFixture.idOf(1), DeskFixture.phoneOf(1), "河南南阳", LocalDate.of(2020, 2, 3));
    }

    @Test
    default void aRegistrationBuiltByNameListsEveryProblemAtBuild() {
        InvalidRegistrationException e = catchThrowableOfType(InvalidRegistrationException.class,
                () -> Registration.of("", "41010519850312100X", "138", "火星", LocalDate.of(2020, 2, 3)).build());
        assertThat(e.problems()).extracting(Problem::field).contains("name", "id_number", "phone", "origin");
        assertThat(desk().cases().list(CaseFilter.ALL)).isEmpty();
    }

    @Test
    default void registerAdmitRecordAndReleaseWithTypedValues() {
        RegisterResult registered = desk().cases().register(wang().community("祭城路社区").groupRenter(false).build());
        CaseNumber number = CaseNumber.parse(registered.caseView().caseNumber()).orElseThrow();
        assertThat(number).isEqualTo(CaseNumber.of(1));
        assertThat(registered.caseView().community()).isEqualTo("祭城路社区");
        assertThat(registered.caseView().periodDays()).isEqualTo(7);

        Admission admitted = desk().cases().admit(AdmitRequest.of(number).intake(Temperature.parse("36.5")).commitmentSigned());
        assertThat(admitted.caseView().status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(admitted.caseView().intakeTemperature()).isEqualTo(Temperature.ofTenths(365));
        assertThat(admitted.caseView().commitmentSignedAt()).isNotNull();

        now("2020-02-10T09:00");
        ReadingResult r = desk().health().recordTemperature(number, Temperature.parse("36.4"), "赵护士");
        assertThat(r.recordedBy()).isEqualTo("赵护士");
        assertThat(desk().health().readings(number)).extracting(ReadingResult::temperature)
                .containsExactly(Temperature.ofTenths(365), Temperature.ofTenths(364));
        assertThat(desk().cases().show(ResidentId.parse(DeskFixture.idOf(1)))).isEqualTo(desk().cases().show(number));

        now("2020-02-10T10:00");
        ReleaseResult released = desk().cases().release(number, "张医生", Temperature.parse("36.3"));
        assertThat(released.caseView().status()).isEqualTo(CaseStatus.RELEASED);
        Money personal = released.bill().person();
        assertThat(desk().billing().pay(number, personal).outstanding()).isEqualTo(Money.ZERO);
        assertThat(desk().cases().history(number)).extracting(HistoryEntry::action).contains("register", "admit", "release");
    }

    @Test
    default void registeringAndAdmittingInOneStep() {
        QuarantineException noIntake = catchThrowableOfType(QuarantineException.class,
                () -> AdmitRequest.registering(wang().build()).hotel(HOTEL).build());
        assertThat(noIntake.kind()).isEqualTo(ErrorKind.INVALID_INPUT);
        assertThat(noIntake.field()).isEqualTo("temperature");
        Admission a = desk().cases().admit(AdmitRequest.registering(wang().build()).intake(Temperature.parse("36.6"))
                .hotel(HOTEL).room("105"));
        assertThat(a.registeredNow()).isTrue();
        assertThat(a.caseView().room()).isEqualTo("105");
        assertThat(a.caseView().commitmentSignedAt()).isNull();
    }

    /** Streams read as they are consumed, in one snapshot, and hold the register for nobody once closed. */
    @Test
    default void queriesStreamInCaseNumberOrderAndSeeOneSnapshot() {
        for (int n = 1; n <= 30; n++) {
            register(n, "南阳", "2020-02-03");
        }
        desk().health().recordTemperature("Q000002", "36.6", null, "赵护士");
        List<String> seen = new ArrayList<>();
        try (Stream<CaseView> cases = desk().cases().stream(CaseFilter.ALL)) {
            var it = cases.iterator();
            seen.add(it.next().caseNumber());
            register(31, "南阳", "2020-02-03"); // written while the stream is open: not in its snapshot
            it.forEachRemaining(c -> seen.add(c.caseNumber()));
        }
        assertThat(seen).hasSize(30).isSorted().startsWith("Q000001").endsWith("Q000030");
        try (Stream<CaseView> cases = desk().cases().stream(CaseFilter.ALL)) {
            assertThat(cases.count()).isEqualTo(31);
        }
        try (Stream<ReadingResult> readings = desk().health().stream()) {
            assertThat(readings.map(ReadingResult::caseNumber).collect(Collectors.toList())).containsExactly("Q000002");
        }
        try (Stream<HistoryEntry> events = desk().audit().stream()) {
            assertThat(events.filter(e -> e.action().equals("register")).count()).isEqualTo(31);
        }
        // Many streams opened and closed leave the register usable: no connection is kept.
        for (int i = 0; i < 200; i++) {
            try (Stream<CaseView> cases = desk().cases().stream(CaseFilter.ALL)) {
                assertThat(cases.findFirst()).isPresent();
            }
        }
        assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(31);
    }

    /** A desk is safe to share between threads: each operation is one transaction, taken one at a time. */
    @Test
    default void oneDeskSharedByEightThreads() throws Exception {
        int threads = 8;
        int each = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<String> numbers = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each + 1;
                jobs.add(pool.submit(() -> {
                    start.await();
                    for (int n = first; n < first + each; n++) {
                        numbers.add(register(n, "南阳", "2020-02-03").caseNumber());
                        assertThat(desk().cases().list(CaseFilter.ALL)).isNotEmpty();
                        try (Stream<CaseView> s = desk().cases().stream(CaseFilter.ALL)) {
                            assertThat(s.count()).isPositive();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(numbers).hasSize(threads * each).doesNotHaveDuplicates();
        List<CaseView> all = desk().cases().list(CaseFilter.ALL);
        assertThat(all).hasSize(threads * each);
        assertThat(all.get(all.size() - 1).caseNumber()).isEqualTo(CaseNumber.of(threads * each).toString());
    }
}
