package dev.quarantine.core.policy;

import dev.quarantine.core.region.Region;

/** What a policy decided for one origin: its category, days of quarantine, door tag (null if none), and the policy. */
public record Classification(Region origin, Category category, int days, DoorTag doorTag, String policyId) {

    /** True unless the category is {@link Category#NOT_REQUIRED}. */
    public boolean needsQuarantine() {
        return category != Category.NOT_REQUIRED;
    }
}
