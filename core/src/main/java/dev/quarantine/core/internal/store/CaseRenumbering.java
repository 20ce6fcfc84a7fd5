package dev.quarantine.core.internal.store;

import dev.quarantine.core.cases.CaseNumber;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The case numbers a move ({@link DatabaseMerge}) gives the source's cases: the source's case ids, ascending, the i-th
 * taking the target's case number {@code base + i + 1}, so that the target's numbering goes on with no gap. Kept apart
 * because the checks collect the cases, the copied rows follow them to their new numbers, and the move's own audit
 * event and its caller hear which ones changed.
 */
final class CaseRenumbering {
    /** The source, named when a row refers to a case it does not hold. */
    private final String source;
    /** The target's last case number before the move. */
    private final long caseBase;
    /** The source's case ids, ascending: the i-th takes the target's case number {@code caseBase + i + 1}. */
    private long[] caseIds = new long[1024];
    private int caseCount;

    CaseRenumbering(String source, long caseBase) {
        this.source = source;
        this.caseBase = caseBase;
    }

    /** Adds the next case of the source, in ascending order of id. */
    void add(long id) {
        if (caseCount == caseIds.length) {
            caseIds = Arrays.copyOf(caseIds, caseIds.length * 2);
        }
        caseIds[caseCount++] = id;
    }

    /** How many cases move. */
    int count() {
        return caseCount;
    }

    long newCase(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        if (i < 0) {
            throw new IllegalStateException("no case " + old + " in " + source);
        }
        return caseBase + i + 1;
    }

    /** The new id of a case of the source, or null when the source holds no case {@code old}. */
    Long newCaseOrNull(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        return i < 0 ? null : caseBase + i + 1;
    }

    long newCaseAtOrAfter(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        return caseBase + (i >= 0 ? i : -i - 1) + 1;
    }

    long newCaseAtOrBefore(long old) {
        int i = Arrays.binarySearch(caseIds, 0, caseCount, old);
        return caseBase + (i >= 0 ? i + 1 : -i - 1);
    }

    /** Tells {@code renumbered} of each case whose number changes, oldest first; how many did. */
    long announce(BiConsumer<CaseNumber, CaseNumber> renumbered) {
        long changed = 0;
        for (int i = 0; i < caseCount; i++) {
            long now = caseBase + i + 1;
            if (now != caseIds[i]) {
                changed++;
                renumbered.accept(CaseNumber.of(caseIds[i]), CaseNumber.of(now));
            }
        }
        return changed;
    }

    /** The renumbering as runs of consecutive cases, for the audit log: {@code Q000001–Q000040 → Q000101–Q000140}. */
    String ranges() {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= caseCount; i++) {
            if (i == caseCount || caseIds[i] != caseIds[i - 1] + 1) {
                runs.add(run(caseIds[start], caseIds[i - 1]) + " → " + run(caseBase + start + 1, caseBase + i));
                start = i;
            }
        }
        return runs.size() <= 20 ? String.join("; ", runs) : String.join("; ", runs.subList(0, 20)) + "; …";
    }

    private static String run(long first, long last) {
        return first == last ? CaseNumber.of(first).toString() : CaseNumber.of(first) + "–" + CaseNumber.of(last);
    }
}
