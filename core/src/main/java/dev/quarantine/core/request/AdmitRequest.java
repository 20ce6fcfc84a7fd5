package dev.quarantine.core.request;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.roster.RegistrationInput;

import java.util.Objects;

/**
 * An admission: either {@code caseRef} (a registered case) or {@code registration} (register and admit at once),
 * the intake temperature as typed, the hotel (null when there is only one), an optional room, and whether the
 * commitment letter is signed. Built by name:
 *
 * <pre>{@code
 * desk.cases().admit(AdmitRequest.of(CaseNumber.of(1)).intake(Temperature.parse("36.5")).commitmentSigned().build());
 * desk.cases().admit(AdmitRequest.registering(registration).intake(Temperature.parse("36.4")).hotel("锦江之星").build());
 * }</pre>
 */
public record AdmitRequest(String caseRef, RegistrationInput registration, String temperature, String hotel,
                           String room, boolean commitmentSigned) {

    /** The admission of a registered case. */
    public static Builder of(CaseNumber caseNumber) {
        return new Builder(Objects.requireNonNull(caseNumber, "caseNumber").toString(), null);
    }

    /** Registers the person and admits them in one step. */
    public static Builder registering(Registration registration) {
        return new Builder(null, Objects.requireNonNull(registration, "registration").input());
    }

    /** The optional parts of an admission, then {@link #build()}. */
    public static final class Builder {
        private final String caseRef;
        private final RegistrationInput registration;
        private Temperature intake;
        private String hotel;
        private String room;
        private boolean commitmentSigned;

        private Builder(String caseRef, RegistrationInput registration) {
            this.caseRef = caseRef;
            this.registration = registration;
        }

        /** The temperature taken at the door; an admission needs one (SPEC §5). */
        public Builder intake(Temperature temperature) {
            this.intake = temperature;
            return this;
        }

        /** The hotel, when the register has more than one. */
        public Builder hotel(String name) {
            this.hotel = name;
            return this;
        }

        /** A room chosen by staff (else the lowest free one). */
        public Builder room(String number) {
            this.room = number;
            return this;
        }

        /** The commitment letter (承诺书) was signed at admission. */
        public Builder commitmentSigned() {
            this.commitmentSigned = true;
            return this;
        }

        /**
         * The request.
         *
         * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT} on the field {@code temperature} when
         *         no intake temperature was given
         */
        public AdmitRequest build() {
            if (intake == null) {
                throw QuarantineException.forField("temperature",
                        QuarantineException.invalid("field.required", "temperature"));
            }
            return new AdmitRequest(caseRef, registration, intake == null ? null : intake.toString(), hotel, room,
                    commitmentSigned);
        }
    }
}
