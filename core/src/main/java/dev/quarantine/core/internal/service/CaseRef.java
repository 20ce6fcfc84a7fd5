package dev.quarantine.core.internal.service;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;

import java.time.LocalDate;
import java.util.Locale;

/** The identity number in a case reference, checked as a registration checks it. */
final class CaseRef {
    private CaseRef() {
    }

    /**
     * A resident number (18 characters, or a 15-digit legacy number) with its check character verified, else a
     * passport or permit number of 5–20 letters and digits.
     *
     * @throws QuarantineException {@code INVALID_INPUT} saying what is wrong with the number
     */
    static IdentityDocument identity(String ref) {
        String s = TextNormalizer.foldNoSpaces(ref).toUpperCase(Locale.ROOT);
        boolean residentShape = (s.length() == 18 || s.length() == 15) && Character.isDigit(s.charAt(0))
                && s.substring(0, s.length() - 1).chars().allMatch(Character::isDigit);
        if (residentShape) {
            // No birth date is in the future of a lookup: the registration refused those already.
            return IdentityDocument.parse(IdType.RESIDENT, s, LocalDate.MAX);
        }
        if (!s.matches("[A-Z0-9]{5,20}")) {
            throw QuarantineException.invalid("case.ref", ref.strip());
        }
        return IdentityDocument.parse(IdType.PASSPORT, s, LocalDate.MAX);
    }
}
