package dev.quarantine.core.money;

import dev.quarantine.core.QuarantineException;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The percentages of a policy's cost split, held in basis points (hundredths of a percent, {@code 3000} = 30%).
 * They must add up to exactly 100%: a set that doesn't is refused ({@code policy.shares.sum}).
 */
public record CostShares(int hotelWaiverBp, int subsidyBp, int personBp) {
    public static final CostShares DEFAULT = new CostShares(3000, 4000, 3000);

    /**
     * Shares in basis points; refuses a negative one ({@code policy.shares.negative}) and a set that does not add up to
     * exactly 10000 ({@code policy.shares.sum}).
     */
    public CostShares {
        if (hotelWaiverBp < 0 || subsidyBp < 0 || personBp < 0) {
            throw QuarantineException.invalid("policy.shares.negative");
        }
        int sum = hotelWaiverBp + subsidyBp + personBp;
        if (sum != 10_000) {
            throw QuarantineException.invalid("policy.shares.sum", BigDecimal.valueOf(sum, 2).stripTrailingZeros().toPlainString());
        }
    }

    /** From percentages as written in a policy file: {@code {"hotel-waiver": 30, "subsidy": 40, "person": 30}}. */
    public static CostShares ofPercent(Map<CostShare, BigDecimal> percents) {
        Map<CostShare, Integer> bp = new EnumMap<>(CostShare.class);
        for (CostShare share : CostShare.values()) {
            BigDecimal percent = percents.get(share);
            if (percent == null) {
                throw QuarantineException.invalid("policy.shares.missing", share.id());
            }
            BigDecimal scaled = percent.movePointRight(2);
            if (scaled.stripTrailingZeros().scale() > 0) {
                throw QuarantineException.invalid("policy.shares.precision", share.id(), percent.toPlainString());
            }
            // A share is a percentage: 3e90 is a typo, refused before it could overflow a number.
            if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw QuarantineException.invalid("policy.shares.range", share.id(), percent);
            }
            bp.put(share, scaled.intValueExact());
        }
        return new CostShares(bp.get(CostShare.HOTEL_WAIVER), bp.get(CostShare.SUBSIDY), bp.get(CostShare.PERSON));
    }

    /** The share in basis points: {@code 3000} for 30%. */
    public int basisPoints(CostShare share) {
        return switch (share) {
            case HOTEL_WAIVER -> hotelWaiverBp;
            case SUBSIDY -> subsidyBp;
            case PERSON -> personBp;
        };
    }

    /** The percentage as a decimal ({@code 30}, {@code 33.33}). */
    public BigDecimal percent(CostShare share) {
        return BigDecimal.valueOf(basisPoints(share), 2).stripTrailingZeros();
    }

    /** The percentage as people write it: {@code 30}, {@code 33.33}, never {@code 3E+1}. */
    public String percentText(CostShare share) {
        return percent(share).toPlainString();
    }
}
