package dev.quarantine.core.desk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade contract: what {@link QuarantineDesk} promises through its public API, whatever database holds the
 * register. A backend passes it by extending this class and saying how to create an empty register, open it again,
 * and open a backup; every test of every area ({@link RegistrationContract}, {@link AdmissionContract}, …) then runs
 * against it. The tests use the facade only, never the internals, so a second backend reuses them unchanged.
 *
 * <p>Each area is an interface of default test methods; this class holds the state they share (the register, the
 * clock) and its life cycle: a fresh register for every test, closed after it.
 */
public abstract class DeskContract implements LibraryContract, RegistrationContract, AdmissionContract, RosterImportContract,
        HealthContract, ReleaseContract, BillingContract, ReportContract, ClosingContract, QueryContract,
        IntegrityContract, CorrectionContract, LedgerContract, HotelContract {

    @TempDir
    Path scratch;

    private MutableClock clock;
    private QuarantineDesk desk;
    private final List<QuarantineDesk> others = new ArrayList<>();

    /** Creates a new, empty register under the default policy, read by {@code clock}. */
    protected abstract QuarantineDesk create(Clock clock, String operator);

    /** Opens the register that {@link #create} made, again; may be called while another handle is open. */
    protected abstract QuarantineDesk reopen(Clock clock, String operator);

    /** Opens the file that {@link Storage#backup} wrote, as a register. */
    protected abstract QuarantineDesk openBackup(Path file, Clock clock, String operator);

    @BeforeEach
    final void createRegister() {
        clock = new MutableClock(START, ZONE);
        desk = create(clock, OPERATOR);
        desk.hotels().add(HOTEL, "郑东新区祭城路 1 号", HOTEL_RATE, HOTEL_ROOMS);
    }

    @AfterEach
    final void closeRegister() {
        for (QuarantineDesk other : others) {
            other.close();
        }
        others.clear();
        if (desk != null) {
            desk.close();
        }
    }

    @Override
    public final QuarantineDesk desk() {
        return desk;
    }

    @Override
    public final MutableClock clock() {
        return clock;
    }

    @Override
    public final QuarantineDesk reopenDesk(String operator) {
        desk.close();
        desk = null;
        desk = reopen(clock, operator);
        return desk;
    }

    @Override
    public final QuarantineDesk secondDesk(String operator) {
        QuarantineDesk other = reopen(clock, operator);
        others.add(other);
        return other;
    }

    @Override
    public final QuarantineDesk openBackup(Path file) {
        QuarantineDesk copy = openBackup(file, clock, OPERATOR);
        others.add(copy);
        return copy;
    }

    @Override
    public final Path scratch() {
        return scratch;
    }
}
