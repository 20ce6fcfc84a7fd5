package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.roster.ImportSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Admits the cases an import registered ({@code import --admit}, SPEC §8): group renters first, then by arrival date.
 * The intake temperature is the roster's, when it had one; a fever there keeps the person out. A case whose period is
 * already over by today is not admitted: it is to be checked and released. Every candidate is counted: admitted, kept
 * out by a fever, period over, or left without a room.
 */
final class ImportAdmissions {
    private final DeskContext context;
    private final AdmissionService admissions;
    private final String hotel;

    /** What became of the candidates, with the first case numbers left without a room or with their period over. */
    record Admitted(long admitted, long noRoom, long fever, long periodOver, List<String> left, List<String> over) {
        static final Admitted NONE = new Admitted(0, 0, 0, 0, List.of(), List.of());
    }

    /** One registered case of the import: its id, its latest reading (the roster's intake temperature), eligibility. */
    private record Candidate(long id, Temperature latest, LocalDate eligible) {
    }

    ImportAdmissions(DeskContext context, AdmissionService admissions, String hotel) {
        this.context = context;
        this.admissions = admissions;
        this.hotel = hotel;
    }

    /** Admits the cases of the id {@code ranges} this import registered (and no case someone else registered). */
    Admitted admit(Sql sql, List<long[]> ranges) {
        if (ranges.isEmpty()) {
            return Admitted.NONE;
        }
        long low = ranges.get(0)[0];
        long high = ranges.get(ranges.size() - 1)[1];
        LocalDate today = context.today();
        long admitted = 0;
        long fever = 0;
        long over = 0;
        long noRoom = 0;
        long scanned = 0;
        List<String> left = new ArrayList<>();
        List<String> overCases = new ArrayList<>();
        boolean full = false;
        // Pages of candidates, so that a huge import does not hold every case number in memory. Admitted cases leave
        // the REGISTERED set; every other row stays, so the next page starts after those.
        while (true) {
            List<Candidate> page = sql.list("SELECT c.id, (SELECT r.tenths FROM reading r WHERE r.case_id = c.id "
                            + "ORDER BY r.taken_at DESC, r.id DESC LIMIT 1) AS t, c.eligible_date "
                            + "FROM qcase c WHERE c.id BETWEEN ? AND ? AND c.status = 'REGISTERED' "
                            + "ORDER BY c.group_renter DESC, c.arrival_date, c.id LIMIT 1000 OFFSET " + (scanned - admitted),
                    rs -> new Candidate(rs.getLong(1), rs.getObject(2) == null ? null : Temperature.ofTenths(rs.getInt(2)),
                            Sql.date(rs, "eligible_date")), low, high);
            if (page.isEmpty()) {
                break;
            }
            for (Candidate c : page) {
                scanned++;
                if (!within(ranges, c.id())) {
                    continue;
                }
                String number = CaseNumber.of(c.id()).toString();
                if (c.latest() != null && context.currentPolicy().isFever(c.latest())) {
                    fever++;
                } else if (!c.eligible().isAfter(today)) {
                    over++;
                    addCapped(overCases, number);
                } else if (full) {
                    noRoom++;
                    addCapped(left, number);
                } else {
                    try {
                        admissions.admit(sql, CaseStore.byId(sql, c.id(), context.blockSize()), c.latest(), hotel, null,
                                false, false, List.of());
                        admitted++;
                    } catch (QuarantineException e) {
                        if (!"hotel.full".equals(e.key())) {
                            throw e;
                        }
                        full = true;
                        noRoom++;
                        addCapped(left, number);
                    }
                }
            }
        }
        return new Admitted(admitted, noRoom, fever, over, List.copyOf(left), List.copyOf(overCases));
    }

    private static void addCapped(List<String> list, String number) {
        if (list.size() < ImportSummary.MAX_WARNINGS) {
            list.add(number);
        }
    }

    /** True when case {@code id} was registered by this import (and not by someone else meanwhile). */
    private static boolean within(List<long[]> ranges, long id) {
        for (long[] r : ranges) {
            if (id >= r[0] && id <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
