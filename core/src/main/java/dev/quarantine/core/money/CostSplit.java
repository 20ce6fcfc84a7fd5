package dev.quarantine.core.money;

/**
 * A total split into the three shares (SPEC §7). Every share is rounded down to the fen; the fen left over go
 * one each to {@code subsidy}, then {@code hotel-waiver}, never to {@code person}; so the shares always add up to the
 * total and the person never pays more than their exact percentage.
 */
public record CostSplit(Money total, Money hotelWaiver, Money subsidy, Money person) {

    private static final CostShare[] REMAINDER_ORDER = {CostShare.SUBSIDY, CostShare.HOTEL_WAIVER};

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

    public Money share(CostShare share) {
        return switch (share) {
            case HOTEL_WAIVER -> hotelWaiver;
            case SUBSIDY -> subsidy;
            case PERSON -> person;
        };
    }
}
