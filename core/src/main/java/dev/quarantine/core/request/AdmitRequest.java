package dev.quarantine.core.request;

import dev.quarantine.core.roster.RegistrationInput;

/**
 * An admission: either {@code caseRef} (a registered case) or {@code registration} (register and admit at once),
 * the intake temperature as typed, the hotel (null when there is only one), an optional room, and whether the
 * commitment letter is signed.
 */
public record AdmitRequest(String caseRef, RegistrationInput registration, String temperature, String hotel,
                           String room, boolean commitmentSigned) {
}
