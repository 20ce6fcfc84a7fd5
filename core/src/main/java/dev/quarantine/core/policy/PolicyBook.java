package dev.quarantine.core.policy;

import dev.quarantine.core.QuarantineException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All versions of the policy, ordered by {@code effectiveFrom}. A case is computed under the version in force on its
 * arrival date; an arrival before the first version falls under the first, so no returnee is left unclassified.
 */
public record PolicyBook(List<Policy> versions) {

    /**
     * The versions, sorted by {@code effectiveFrom}; refuses none at all ({@code policy.none}), two from the same date
     * ({@code policy.sameDate}) and two with the same id ({@code policy.sameId}).
     */
    public PolicyBook {
        List<Policy> sorted = new ArrayList<>(versions);
        if (sorted.isEmpty()) {
            throw QuarantineException.invalid("policy.none");
        }
        sorted.sort(Comparator.comparing(Policy::effectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw QuarantineException.invalid("policy.sameDate", sorted.get(i - 1).id(), sorted.get(i).id(),
                        sorted.get(i).effectiveFrom());
            }
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                throw QuarantineException.invalid("policy.sameId", sorted.get(i).id());
            }
        }
        versions = List.copyOf(sorted);
    }

    /** A book of the given versions, in any order: {@code PolicyBook.of(Policy.zhengzhou2020())}. */
    public static PolicyBook of(Policy... versions) {
        return new PolicyBook(List.of(versions));
    }

    /** The version in force on {@code date}. */
    public Policy inForce(LocalDate date) {
        Policy found = versions.get(0);
        for (Policy p : versions) {
            if (!p.effectiveFrom().isAfter(date)) {
                found = p;
            }
        }
        return found;
    }

    /** The version with id {@code id} ({@code zhengzhou-2020-02}), if the book holds one. */
    public Optional<Policy> byId(String id) {
        return versions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The newest version: the one that sets the time zone, slots and teams for today's operations. */
    public Policy latest() {
        return versions.get(versions.size() - 1);
    }
}
