package dev.quarantine.cli.command;

import dev.quarantine.core.roster.RegistrationInput;
import picocli.CommandLine.Option;

/** The options of {@code register}, shared with {@code admit} (SPEC §11.0). */
public final class RegistrationOptions {
    @Option(names = "--name", paramLabel = "NAME", description = "Full name.")
    String name;

    @Option(names = "--id", paramLabel = "NUMBER", description = "Identity document number.")
    String id;

    @Option(names = "--id-type", paramLabel = "resident|passport|other", description = "Document type (default resident).")
    String idType;

    @Option(names = "--phone", paramLabel = "PHONE", description = "Mobile or landline with area code.")
    String phone;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Where the person returned from: 411525, 南阳, 湖北孝感 …")
    String origin;

    @Option(names = "--arrived", paramLabel = "DATE", description = "Arrival date (返郑日期), e.g. 2020-02-03.")
    String arrived;

    @Option(names = "--community", paramLabel = "NAME", description = "Community (社区).")
    String community;

    @Option(names = "--address", paramLabel = "TEXT", description = "Current address.")
    String address;

    @Option(names = "--group-renter", description = "The person lives in a group rental (群租户).")
    boolean groupRenter;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;

    boolean anyGiven() {
        return name != null || id != null || phone != null || origin != null || arrived != null;
    }

    RegistrationInput input() {
        return new RegistrationInput(name, idType, id, phone, origin, arrived, community, address,
                groupRenter ? "yes" : "no", notes);
    }
}
