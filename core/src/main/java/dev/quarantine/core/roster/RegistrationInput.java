package dev.quarantine.core.roster;

/**
 * A registration as typed on the command line or read from one roster row: every field still raw text, so that
 * validation can report every problem of the row at once. Optional fields may be null or blank.
 */
public record RegistrationInput(
        String name,
        String idType,
        String idNumber,
        String phone,
        String origin,
        String arrivalDate,
        String community,
        String address,
        String groupRenter,
        String notes) {
}
