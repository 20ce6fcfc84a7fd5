package dev.quarantine.core.request;

import dev.quarantine.core.person.IdType;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.RegistrationInput;
import dev.quarantine.core.roster.RegistrationValidator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A returnee to register, built by name rather than by position:
 *
 * <pre>{@code
 * Registration r = Registration.of("王伟", "410105198503121008", "13803711234", "河南南阳", LocalDate.of(2020, 2, 3))
 *         .community("祭城路社区")
 *         .build();
 * desk.cases().register(r);
 * }</pre>
 *
 * <p>{@link Builder#build()} checks every field that does not depend on the register (name, identity number, phone,
 * origin, dates, text fields) and throws one {@link InvalidRegistrationException} listing every problem, each with
 * its field. What depends on the register (the arrival against the policies, the person's other cases) is checked by
 * {@code register}. Values stay as the person gave them; the desk normalizes them.
 */
public final class Registration {
    private final RegistrationInput input;

    private Registration(RegistrationInput input) {
        this.input = input;
    }

    /** A registration with the five required fields; add the optional ones, then {@link Builder#build()}. */
    public static Builder of(String name, String idNumber, String phone, String origin, LocalDate arrival) {
        return new Builder(name, idNumber, phone, origin, arrival);
    }

    /** The fields as text, the form the desk and the roster importer read. */
    public RegistrationInput input() {
        return input;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Registration r && r.input.equals(input);
    }

    @Override
    public int hashCode() {
        return input.hashCode();
    }

    @Override
    public String toString() {
        return "Registration" + input.toString().substring(input.getClass().getSimpleName().length());
    }

    /** The optional fields of a {@link Registration}, then {@link #build()}. Not thread-safe; build once per use. */
    public static final class Builder {
        private final String name;
        private final String idNumber;
        private final String phone;
        private final String origin;
        private final LocalDate arrival;
        private IdType idType;
        private String community;
        private String address;
        private Boolean groupRenter;
        private String notes;

        private Builder(String name, String idNumber, String phone, String origin, LocalDate arrival) {
            this.name = name;
            this.idNumber = idNumber;
            this.phone = phone;
            this.origin = origin;
            this.arrival = Objects.requireNonNull(arrival, "arrival");
        }

        /** The kind of document, when it is not a resident identity card. */
        public Builder idType(IdType type) {
            this.idType = type;
            return this;
        }

        /** The community (社区) the person lives in. */
        public Builder community(String community) {
            this.community = community;
            return this;
        }

        /** The address, one or more lines. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Whether the person rents with others (a group renter is admitted first). */
        public Builder groupRenter(boolean groupRenter) {
            this.groupRenter = groupRenter;
            return this;
        }

        /** Free notes. */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /**
         * The registration, after checking every field that does not depend on the register.
         *
         * @throws InvalidRegistrationException listing every problem with its field
         */
        public Registration build() {
            RegistrationInput in = new RegistrationInput(name, idType == null ? null : idType.id(), idNumber, phone,
                    origin, arrival.toString(), community, address,
                    groupRenter == null ? null : groupRenter ? "yes" : "no", notes);
            RegistrationValidator.Result r = RegistrationValidator.formsOnly(RegionCatalog.bundled()).validate(in);
            if (!r.ok()) {
                throw new InvalidRegistrationException(r.problems());
            }
            return new Registration(in);
        }
    }
}
