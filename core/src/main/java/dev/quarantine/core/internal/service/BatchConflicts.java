package dev.quarantine.core.internal.service;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cases of a roster batch the uniqueness rules refuse (SPEC §4), found before anything is written: a person's
 * second case of one arrival, or a second open case, against the cases there and the earlier rows of the batch. The
 * rest then take the next case numbers, with no gap where a refused row was. The unique indexes stay the guarantee;
 * this only keeps the numbering whole and spares the database rows it would refuse.
 */
final class BatchConflicts {
    /** A case of a person: when they arrived and whether it is open. */
    private record Held(LocalDate arrival, boolean open) {
    }

    private BatchConflicts() {
    }

    /** For each case, true when a uniqueness rule refuses it. */
    static boolean[] find(Sql sql, List<NewCase> cases) {
        Map<String, List<Held>> held = existing(sql, cases);
        boolean[] refused = new boolean[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            NewCase c = cases.get(i);
            boolean open = c.status() == CaseStatus.REGISTERED || c.status() == CaseStatus.ADMITTED;
            List<Held> person = held.computeIfAbsent(key(c), k -> new ArrayList<>());
            for (Held h : person) {
                if (h.arrival().equals(c.arrival()) || (open && h.open())) {
                    refused[i] = true;
                    break;
                }
            }
            if (!refused[i]) {
                person.add(new Held(c.arrival(), open));
            }
        }
        return refused;
    }

    /** The person of a case as the unique indexes see them. */
    private static String key(NewCase c) {
        return CaseStore.person(c.idType(), c.idNumber());
    }

    /** The cases there of the batch's people (cancelled cases count for nothing). */
    private static Map<String, List<Held>> existing(Sql sql, List<NewCase> cases) {
        Map<String, List<Held>> held = new HashMap<>();
        List<Long> residents = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        for (NewCase c : cases) {
            if (c.personKey() != null) {
                residents.add(c.personKey());
            } else {
                documents.add(c.idNumber());
            }
        }
        CaseStore.forEachCaseOf(sql, "SELECT c.id_type, c.id_number, c.arrival_date, c.status FROM qcase c ", residents,
                documents, rs -> held.computeIfAbsent(CaseStore.person(IdType.valueOf(rs.getString(1)),
                        rs.getString(2)), k -> new ArrayList<>()).add(new Held(Sql.date(rs, "arrival_date"),
                        isOpen(rs.getString(4)))));
        return held;
    }

    private static boolean isOpen(String status) {
        return status.equals("REGISTERED") || status.equals("ADMITTED");
    }
}
