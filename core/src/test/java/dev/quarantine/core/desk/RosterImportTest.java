package dev.quarantine.core.desk;

import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roster importer through the facade on a real SQLite file, with another clerk registering a case while the
 * import runs: every audit event names exactly the cases it touched, and --admit takes only the import's own cases.
 */
class RosterImportTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock NOW = Clock.fixed(LocalDateTime.parse("2020-02-05T09:00").atZone(ZONE).toInstant(), ZONE);
    private static final List<String> HEADER = List.of("name", "id_number", "phone", "origin", "arrival_date");

    @TempDir
    Path dir;
    Path file;
    QuarantineDesk desk;

    static String id(int i) {
        String first17 = "420106" + "1990" + "0101" + String.format("%03d", i);
        return first17 + ResidentId.checkCharacter(first17);
    }

    @BeforeEach
    void create() {
        file = dir.resolve("desk.db");
        desk = QuarantineDesk.create(file, NOW, "importer", List.of());
        desk.hotels().add("锦江之星", null, Money.parse("180"), "101-150");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Rows of distinct Wuhan returnees; after row {@code interruptAt} another clerk registers someone by hand. */
    private Iterator<RosterRow> rows(int count, int interruptAt, Runnable interruption) {
        return new Iterator<>() {
            int next = 0;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public RosterRow next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                if (next == interruptAt) {
                    interruption.run();
                }
                next++;
                return new RosterRow(next + 1, List.of("张伟", id(next), "13937155678", "武汉", "2020-02-04"));
            }
        };
    }

    private static final RejectSink NO_REJECTS = (row, error) -> {
        throw new AssertionError("rejected line " + row.line() + ": " + error);
    };

    @Test
    void anotherClerksCaseRegisteredMidImportIsNeitherCreditedNorAdmitted() {
        String[] byHand = new String[1];
        Runnable otherClerk = () -> {
            // A second connection, as a second process would have: it waits for the import's batch to commit.
            try (QuarantineDesk other = QuarantineDesk.open(file, NOW, "另一位工作人员")) {
                byHand[0] = other.cases().register(new RegistrationInput("李娜", null, "110105198001010016", "13800000001",
                        "武汉", "2020-02-04", null, null, null, null)).caseView().caseNumber();
            }
        };
        ImportSummary s = desk.cases().importRoster(RosterHeader.of(HEADER), rows(40, 20, otherClerk),
                new ImportOptions(false, false, true, null, 10, Locale.ROOT), NO_REJECTS, n -> { });
        assertThat(s.registered()).isEqualTo(40);
        assertThat(s.admitted()).isEqualTo(40);
        // The case registered by hand sits between the import's batches and stays at home.
        assertThat(byHand[0]).isNotNull();
        CaseView other = desk.cases().show(byHand[0]);
        assertThat(other.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(desk.cases().history(byHand[0])).extracting(HistoryEntry::action).containsExactly("register");
        // The import's events add up to exactly its own cases.
        long credited = 0;
        List<HistoryEntry> events = new ArrayList<>();
        desk.audit().forEach(e -> {
            if (e.action().equals("import")) {
                events.add(e);
            }
        });
        for (HistoryEntry e : events) {
            String[] range = e.caseNumber().split("–");
            credited += Long.parseLong(range[1].substring(1)) - Long.parseLong(range[0].substring(1)) + 1;
        }
        assertThat(credited).isEqualTo(40);
        assertThat(desk.cases().list(CaseFilter.ALL)).hasSize(41);
    }

    @Test
    void anAtomicImportWithARejectedRowWritesNothing() {
        List<RosterRow> rows = List.of(
                new RosterRow(2, List.of("张伟", id(1), "13937155678", "武汉", "2020-02-04")),
                new RosterRow(3, List.of("李娜", id(2), "123", "武汉", "2020-02-04")));
        List<String> rejected = new ArrayList<>();
        ImportSummary s = desk.cases().importRoster(RosterHeader.of(HEADER), rows.iterator(),
                new ImportOptions(false, true, false, null, 10, Locale.ROOT), (row, error) -> rejected.add(error),
                n -> { });
        assertThat(s.atomicRefused()).isTrue();
        assertThat(s.written()).isFalse();
        assertThat(rejected).singleElement().asString().contains("phone");
        assertThat(desk.cases().list(CaseFilter.ALL)).isEmpty();
    }
}
