package dev.quarantine.core.policy;

import dev.quarantine.core.health.TimeSlot;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.money.CostShares;
import dev.quarantine.core.region.Region;
import dev.quarantine.core.region.RegionCatalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One version of the quarantine rules (SPEC §2), in force from {@code effectiveFrom}. The rules are data: a
 * policy file ({@link PolicyJson}) may change every value here. The constructor refuses a policy that breaks a rule,
 * naming the rule.
 */
public record Policy(
        String id,
        LocalDate effectiveFrom,
        ZoneId zone,
        List<OriginRule> rules,
        Temperature feverThreshold,
        Temperature plausibleMin,
        Temperature plausibleMax,
        List<TimeSlot> slots,
        int blockSize,
        List<String> teamRoles,
        CostShares shares) {

    /**
     * A policy version; refuses one that breaks a rule, naming it: an id of letters, digits, {@code .}, {@code _} or
     * {@code -}; a last rule that matches every origin; plausible minimum, fever threshold and plausible maximum in
     * rising order; slots that do not overlap; a block size of at least 1; distinct team roles; cost shares.
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT}
     */
    public Policy {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw QuarantineException.invalid("policy.id", id);
        }
        rules = List.copyOf(rules);
        slots = List.copyOf(slots);
        teamRoles = List.copyOf(teamRoles);
        if (rules.isEmpty() || !rules.get(rules.size() - 1).matchesEverything()) {
            throw QuarantineException.invalid("policy.rules.catchAll");
        }
        if (!(plausibleMin.compareTo(feverThreshold) < 0 && feverThreshold.compareTo(plausibleMax) < 0)) {
            throw QuarantineException.invalid("policy.temperatures", plausibleMin, feverThreshold, plausibleMax);
        }
        for (int i = 1; i < slots.size(); i++) {
            if (slots.get(i).start().isBefore(slots.get(i - 1).end())) {
                throw QuarantineException.invalid("policy.slot.overlap", slots.get(i - 1), slots.get(i));
            }
        }
        if (blockSize < 1) {
            throw QuarantineException.invalid("policy.blockSize", blockSize);
        }
        if (teamRoles.isEmpty() || Set.copyOf(teamRoles).size() != teamRoles.size()) {
            throw QuarantineException.invalid("policy.teamRoles", teamRoles);
        }
        if (shares == null) {
            throw QuarantineException.invalid("policy.shares.missing", "shares");
        }
    }

    /** The built-in default, {@code zhengzhou-2020-02}, exactly as SPEC §2 gives it. */
    public static Policy zhengzhou2020() {
        return new Policy(
                "zhengzhou-2020-02",
                LocalDate.of(2020, 1, 25),
                ZoneId.of("Asia/Shanghai"),
                List.of(
                        new OriginRule(List.of("4113", "4114", "4115", "4116", "4117"),
                                Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                        new OriginRule(List.of("41"), Category.NOT_REQUIRED, 0, null),
                        new OriginRule(List.of(OriginRule.ANY), Category.OUT_OF_PROVINCE, 14, DoorTag.RED)),
                Temperature.ofTenths(373),
                Temperature.ofTenths(340),
                Temperature.ofTenths(430),
                List.of(TimeSlot.parse("06:00-12:00"), TimeSlot.parse("14:00-20:00")),
                5,
                List.of("party-member", "volunteer", "police", "medical", "hotel-staff"),
                CostShares.DEFAULT);
    }

    /**
     * The first rule that matches decides. An origin too coarse for the rules — a province whose prefectures the
     * policy treats differently ({@code 河南} when 南阳 is high-risk and 开封 needs nothing) — is refused rather than
     * classified by a guess: the caller must name the prefecture (or county).
     *
     * @throws QuarantineException {@code INVALID_INPUT} {@code origin.tooCoarse} naming the places treated differently
     */
    public Classification classify(Region origin) {
        OriginRule rule = ruleFor(origin.code());
        List<String> finer = new ArrayList<>();
        for (OriginRule r : rules) {
            for (String prefix : r.codePrefixes()) {
                if (!prefix.equals(OriginRule.ANY) && prefix.length() > origin.code().length()
                        && prefix.startsWith(origin.code()) && differs(ruleFor(prefix), rule) && !finer.contains(prefix)) {
                    finer.add(prefix);
                }
            }
        }
        if (!finer.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String code : finer) {
                names.add(RegionCatalog.bundled().byCode(code).map(Region::fullName).orElse(code) + " " + code);
            }
            throw QuarantineException.invalid("origin.tooCoarse", origin.fullName(), origin.code(),
                    String.join(", ", names));
        }
        return new Classification(origin, rule.category(), rule.days(), rule.doorTag(), id);
    }

    private OriginRule ruleFor(String code) {
        for (OriginRule rule : rules) {
            if (rule.matches(code)) {
                return rule;
            }
        }
        throw new IllegalStateException("policy without catch-all rule: " + id);
    }

    private static boolean differs(OriginRule a, OriginRule b) {
        return a.category() != b.category() || a.days() != b.days();
    }

    /** A reading at or above the threshold is a fever. */
    public boolean isFever(Temperature t) {
        return t.compareTo(feverThreshold) >= 0;
    }

    /**
     * Refuses a reading outside the plausible range: a typo such as {@code 3.7} or {@code 377}, never stored.
     *
     * @throws QuarantineException {@code INVALID_INPUT} {@code temperature.implausible}
     */
    public Temperature checkPlausible(Temperature t) {
        if (t.compareTo(plausibleMin) < 0 || t.compareTo(plausibleMax) > 0) {
            throw QuarantineException.invalid("temperature.implausible", t, plausibleMin, plausibleMax);
        }
        return t;
    }

    /** True when {@code role} is one of the team roles of a block ({@code party-member}, {@code medical}, …). */
    public boolean isTeamRole(String role) {
        return teamRoles.contains(role);
    }
}
