package dev.quarantine.core.policy;

/** How a policy classifies an origin (SPEC §2). */
public enum Category {
    /** Returnees from the in-province high-risk prefectures: 7 days, yellow tag under the default policy. */
    IN_PROVINCE_HIGH_RISK,
    /** Returnees from any other province, Hong Kong, Macau or Taiwan: 14 days, red tag. */
    OUT_OF_PROVINCE,
    /** Origins that need no quarantine: the case is kept as a roster record only. */
    NOT_REQUIRED
}
