package dev.quarantine.core.desk;

import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.internal.service.HealthService;
import dev.quarantine.core.internal.service.ReadingImporter;
import dev.quarantine.core.result.CaseWithReadings;
import dev.quarantine.core.result.FeverAlert;
import dev.quarantine.core.result.ReadingResult;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ReadingImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterRow;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Temperature readings and fever alerts (SPEC §5): {@code desk.health()}.
 */
public final class Health {
    private final DeskContext context;
    private final HealthService health;

    Health(DeskContext context, HealthService health) {
        this.context = context;
        this.health = health;
    }

    /** Imports a sheet of temperature readings ({@code temp import}); rejected rows go to {@code rejects}. */
    public ReadingImportSummary importReadings(List<String> header, Iterator<RosterRow> rows, ImportOptions options,
                                               RejectSink rejects) {
        return new ReadingImporter(context, health, header, options, rejects).run(rows);
    }

    /** Records one temperature reading (SPEC §5); a fever opens a fever alert unless one is open already. */
    public ReadingResult recordTemperature(String caseRef, String value, Instant at, String by) {
        return health.record(caseRef, value, at, by);
    }

    /**
     * Records a reading taken now by {@code by}: {@code desk.health().recordTemperature(CaseNumber.of(1),
     * Temperature.parse("36.4"), "赵护士")}.
     */
    public ReadingResult recordTemperature(CaseNumber caseNumber, Temperature value, String by) {
        return recordTemperature(caseNumber.toString(), value.toString(), null, by);
    }

    /** Records that the open fever alert was reported to the command centre, and to whom. */
    public FeverAlert reportFever(String caseRef, String to) {
        return health.report(caseRef, to);
    }

    /** Closes the open fever alert after a medical review. */
    public FeverAlert clearFever(String caseRef, String by, String note) {
        return health.clear(caseRef, by, note);
    }

    /** Fever alerts, open ones only when {@code openOnly}: unreported first, then oldest first. */
    public List<FeverAlert> feverAlerts(boolean openOnly) {
        return health.alerts(openOnly);
    }

    /** The readings of a case, oldest first. */
    public List<ReadingResult> readings(String caseRef) {
        return health.readings(caseRef);
    }

    /** {@link #readings(String)} of a case by its number. */
    public List<ReadingResult> readings(CaseNumber caseNumber) {
        return readings(caseNumber.toString());
    }

    /**
     * A case with its readings, oldest first ({@code show}), from one snapshot: the case is found once, and its
     * readings are the ones it had at that moment, whatever other staff write meanwhile.
     */
    public CaseWithReadings showWithReadings(String caseRef) {
        return health.caseWithReadings(caseRef);
    }

    /** Every reading, oldest first, as a stream to close (see {@link Cases#stream}). */
    public Stream<ReadingResult> stream() {
        return health.stream();
    }

    /** Streams every reading, oldest first (exports). */
    public void forEach(Consumer<ReadingResult> consumer) {
        context.db().read(sql -> {
            health.forEach(sql, consumer);
            return null;
        });
    }
}
