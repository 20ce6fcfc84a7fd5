package dev.quarantine.core.roster;

import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.region.Region;

import java.time.LocalDate;

/**
 * A registration whose every field has been checked and normalized.
 *
 * @param origin     the division the origin names (or starts with)
 * @param originText the origin as typed when it says more than the division ({@code 湖北省武汉市汉口火车站}), kept with the
 *                   case; null when the division is all it says (see {@link dev.quarantine.core.region.ResolvedOrigin})
 */
public record ValidRegistration(
        String name,
        IdentityDocument identity,
        Phone phone,
        Region origin,
        LocalDate arrival,
        String community,
        String address,
        boolean groupRenter,
        String notes,
        String originText) {

    /** A registration as version 0.2 described it: nothing kept beyond the division. Kept so that 0.2 code links. */
    public ValidRegistration(String name, IdentityDocument identity, Phone phone, Region origin, LocalDate arrival,
                             String community, String address, boolean groupRenter, String notes) {
        this(name, identity, phone, origin, arrival, community, address, groupRenter, notes, null);
    }
}
