package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.TeamMember;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.Admission;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.roster.RegistrationInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * What every area of the facade contract sees of the register under test, and the helpers the areas share: test
 * people with valid identity numbers, a movable clock, and a snapshot of everything the register holds, so that "a
 * refusal writes nothing" is one equality. {@link DeskContract} implements the register part for a backend.
 *
 * <p>Every test starts at {@link #START} on an empty register holding one hotel, {@link #HOTEL}: rooms 101–110 at
 * ¥180 a night, under the default policy {@code zhengzhou-2020-02}.
 */
public interface DeskFixture {
    ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    LocalDateTime START = LocalDateTime.parse("2020-02-03T08:00");
    String OPERATOR = "tester";
    String HOTEL = "锦江之星";
    String HOTEL_ROOMS = "101-110";
    Money HOTEL_RATE = Money.parse("180");

    /** The open register. */
    QuarantineDesk desk();

    /** The clock every handle on the register reads. */
    MutableClock clock();

    /** Closes the register and opens it again as {@code operator}; the desk of the rest of the test. */
    QuarantineDesk reopenDesk(String operator);

    /** Another handle on the same register, as a second clerk's program would hold; closed after the test. */
    QuarantineDesk secondDesk(String operator);

    /** Opens a file written by {@link Storage#backup}; closed after the test. */
    QuarantineDesk openBackup(Path file);

    /** A folder for files the test writes (backups). */
    Path scratch();

    // ---------------------------------------------------------------- time

    /** Moves the clock to a local time in Asia/Shanghai ({@code 2020-02-10T09:00}). */
    default void now(String local) {
        clock().set(LocalDateTime.parse(local));
    }

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZONE).toInstant();
    }

    // ---------------------------------------------------------------- people

    /** A resident identity number with its check character. */
    static String id(String area, String birth, String seq) {
        String first17 = area + birth + seq;
        return first17 + ResidentId.checkCharacter(first17);
    }

    /** Test person {@code n} (1–999): born 1990-01-01 in Zhengzhou, male when {@code n} is odd. */
    static String idOf(int n) {
        return id("410105", "19900101", String.format("%03d", n));
    }

    static String phoneOf(int n) {
        return String.format("138037%05d", n);
    }

    List<String> NAMES = List.of("王伟", "李娜", "张强", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴芳", "徐涛", "孙丽");

    static String nameOf(int n) {
        return NAMES.get((n - 1) % NAMES.size());
    }

    static RegistrationInput person(int n, String origin, String arrived) {
        return new RegistrationInput(nameOf(n), null, idOf(n), phoneOf(n), origin, arrived, "祭城路社区", null, null,
                null);
    }

    /** Registers test person {@code n}. */
    default CaseView register(int n, String origin, String arrived) {
        return desk().cases().register(person(n, origin, arrived)).caseView();
    }

    /** Registers and admits test person {@code n} to {@link #HOTEL} at 36.5 °C, commitment signed. */
    default Admission admit(int n, String origin, String arrived) {
        return desk().cases().admit(new AdmitRequest(null, person(n, origin, arrived), "36.5", HOTEL, null, true));
    }

    /** Admits a registered case to {@link #HOTEL} at 36.5 °C, commitment signed. */
    default Admission admitCase(String caseRef) {
        return desk().cases().admit(new AdmitRequest(caseRef, null, "36.5", HOTEL, null, true));
    }

    static Money yuan(String text) {
        return Money.parse(text);
    }

    // ---------------------------------------------------------------- what the register holds

    default List<HistoryEntry> events() {
        List<HistoryEntry> all = new ArrayList<>();
        desk().audit().forEach(all::add);
        return all;
    }

    /** Everything the register holds, as the facade shows it. */
    record State(List<CaseView> cases, List<HotelView> hotels, List<List<RoomView>> rooms, List<ReadingResult> readings,
                 List<FeverAlert> alerts, List<Bill> bills, List<ServiceRequest> services, List<TeamMember> team,
                 List<HistoryEntry> events) {
    }

    default State state() {
        List<ReadingResult> readings = new ArrayList<>();
        desk().health().forEach(readings::add);
        List<Bill> bills = new ArrayList<>();
        desk().billing().forEach(bills::add);
        List<HotelView> hotels = desk().hotels().list();
        return new State(desk().cases().list(CaseFilter.ALL), hotels,
                hotels.stream().map(h -> desk().hotels().rooms(h.name())).toList(), readings, desk().health().feverAlerts(false), bills,
                desk().operations().services(false), desk().operations().team(null), events());
    }

    // ---------------------------------------------------------------- failures

    /** Runs {@code call}, asserts that it throws a {@link QuarantineException}, and returns it. */
    static QuarantineException failure(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).as("a QuarantineException").isInstanceOf(QuarantineException.class);
        return (QuarantineException) t;
    }

    /** Asserts that {@code call} fails with {@code kind} and {@code key}, and returns the failure. */
    static QuarantineException failure(ErrorKind kind, String key, ThrowingCallable call) {
        QuarantineException e = failure(call);
        assertThat(e.kind()).as("kind of %s", e.getMessage()).isEqualTo(kind);
        assertThat(e.key()).as("key of %s", e.getMessage()).isEqualTo(key);
        return e;
    }
}
