package dev.quarantine.core.money;

/** The three parts of a stay's cost (SPEC §7), with the names used in policy files and on the command line. */
public enum CostShare {
    HOTEL_WAIVER("hotel-waiver"), SUBSIDY("subsidy"), PERSON("person");

    private final String id;

    CostShare(String id) {
        this.id = id;
    }

    /** The name used in policy files and on the command line: {@code hotel-waiver}, {@code subsidy}, {@code person}. */
    public String id() {
        return id;
    }

    /**
     * The share named {@code id} ({@code subsidy}).
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT} {@code policy.shares.unknown} for any other
     *         name
     */
    public static CostShare fromId(String id) {
        for (CostShare share : values()) {
            if (share.id.equals(id)) {
                return share;
            }
        }
        throw dev.quarantine.core.QuarantineException.invalid("policy.shares.unknown", id);
    }
}
