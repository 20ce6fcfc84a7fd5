package dev.quarantine.core.internal.service;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.internal.store.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final int IN_LIST = 500;

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

    /** The person of a case as the unique indexes see them: the resident key, else the document. */
    private static String key(NewCase c) {
        return c.personKey() != null ? "R" + c.personKey() : c.idType().name() + "|" + c.idNumber();
    }

    /** The cases there of the batch's people (cancelled cases count for nothing). */
    private static Map<String, List<Held>> existing(Sql sql, List<NewCase> cases) {
        Map<String, List<Held>> held = new HashMap<>();
        List<Object> residents = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        for (NewCase c : cases) {
            if (c.personKey() != null) {
                residents.add(c.personKey());
            } else {
                documents.add(c.idNumber());
            }
        }
        for (int from = 0; from < residents.size(); from += IN_LIST) {
            List<Object> part = residents.subList(from, Math.min(residents.size(), from + IN_LIST));
            sql.forEach("SELECT person_key, arrival_date, status FROM qcase WHERE person_key IN (" + marks(part.size())
                    + ") AND status <> 'CANCELLED'", rs -> held.computeIfAbsent("R" + rs.getLong(1),
                    k -> new ArrayList<>()).add(new Held(Sql.date(rs, "arrival_date"), isOpen(rs.getString(3)))),
                    part.toArray());
        }
        for (int from = 0; from < documents.size(); from += IN_LIST) {
            List<Object> part = documents.subList(from, Math.min(documents.size(), from + IN_LIST));
            sql.forEach("SELECT id_type, id_number, arrival_date, status FROM qcase WHERE person_key IS NULL "
                    + "AND id_number IN (" + marks(part.size()) + ") AND status <> 'CANCELLED'",
                    rs -> held.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                            .add(new Held(Sql.date(rs, "arrival_date"), isOpen(rs.getString(4)))), part.toArray());
        }
        return held;
    }

    private static boolean isOpen(String status) {
        return status.equals("REGISTERED") || status.equals("ADMITTED");
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
