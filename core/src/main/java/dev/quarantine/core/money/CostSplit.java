package dev.quarantine.core.money;

/**
 * A total split into the three shares (SPEC §7). Every share is rounded down to the fen; the fen left over go
 * one each to {@code subsidy}, then {@code hotel-waiver}, never to {@code person}; so the shares always add up to the
 * total and the person never pays more than their exact percentage.
 */
public record CostSplit(Money total, Money hotelWaiver, Money subsidy, Money person) {

    private static final CostShare[] REMAINDER_ORDER = {CostShare.SUBSIDY, CostShare.HOTEL_WAIVER};

    /**
     * Splits {@code total} by {@code shares} as SPEC §7 rounds it:
     *
     * <pre>{@code
     * CostSplit split = CostSplit.of(Money.parse("1283.31"), CostShares.DEFAULT); // 7 nights at 183.33
     * split.person();      // 384.99
     * split.hotelWaiver(); // 384.99
     * split.subsidy();     // 513.33: 513.32 rounded down, plus the fen left over
     * }</pre>
     */
    public static CostSplit of(Money total, CostShares shares) {
        long t = total.fen();
        long hotel = floorShare(t, shares.hotelWaiverBp());
        long subsidy = floorShare(t, shares.subsidyBp());
        long person = floorShare(t, shares.personBp());
        long left = t - hotel - subsidy - person;
        // Fewer fen are left than there are shares; cycling keeps the rule true for any share set.
        for (int i = 0; left > 0; i++, left--) {
            if (REMAINDER_ORDER[i % REMAINDER_ORDER.length] == CostShare.SUBSIDY) {
                subsidy++;
            } else {
                hotel++;
            }
        }
        return new CostSplit(total, Money.ofFen(hotel), Money.ofFen(subsidy), Money.ofFen(person));
    }

    /** ⌊total × basisPoints / 10000⌋ without overflow for any total: split the total at 10000 fen. */
    static long floorShare(long total, int basisPoints) {
        return (total / 10_000) * basisPoints + (total % 10_000) * basisPoints / 10_000;
    }

    /** The amount of one share. */
    public Money share(CostShare share) {
        return switch (share) {
            case HOTEL_WAIVER -> hotelWaiver;
            case SUBSIDY -> subsidy;
            case PERSON -> person;
        };
    }
}
