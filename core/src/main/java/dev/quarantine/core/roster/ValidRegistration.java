package dev.quarantine.core.roster;

import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.region.Region;

import java.time.LocalDate;

/** A registration whose every field has been checked and normalized. */
public record ValidRegistration(
        String name,
        IdentityDocument identity,
        Phone phone,
        Region origin,
        LocalDate arrival,
        String community,
        String address,
        boolean groupRenter,
        String notes) {
}
