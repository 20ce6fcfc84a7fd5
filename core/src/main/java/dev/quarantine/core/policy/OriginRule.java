package dev.quarantine.core.policy;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.region.Region;

import java.util.List;

/**
 * One line of a policy's classification table: origins whose code starts with one of {@code codePrefixes}
 * ({@code "*"} matches every origin) get {@code category}, {@code days} and {@code doorTag} (null when no quarantine).
 * Rules are tried in order; the first that matches wins.
 */
public record OriginRule(List<String> codePrefixes, Category category, int days, DoorTag doorTag) {
    public static final String ANY = "*";

    /**
     * A rule; refuses one without origins, with a prefix that is neither {@link #ANY} nor a 2-, 4- or 6-digit code, or
     * whose days and door tag do not fit its category (none for {@code NOT_REQUIRED}, both otherwise).
     */
    public OriginRule {
        codePrefixes = List.copyOf(codePrefixes);
        if (codePrefixes.isEmpty()) {
            throw QuarantineException.invalid("policy.rule.noOrigins", category);
        }
        for (String prefix : codePrefixes) {
            if (!prefix.equals(ANY) && !prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
                throw QuarantineException.invalid("policy.rule.badPrefix", prefix);
            }
        }
        if (category == Category.NOT_REQUIRED ? days != 0 || doorTag != null : days <= 0 || doorTag == null) {
            throw QuarantineException.invalid("policy.rule.daysAndTag", category, days, doorTag);
        }
    }

    /** True when {@code origin} falls under the rule. */
    public boolean matches(Region origin) {
        return matches(origin.code());
    }

    /** True when a division with this code falls under the rule. */
    public boolean matches(String code) {
        for (String prefix : codePrefixes) {
            if (prefix.equals(ANY) || code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** True for a catch-all rule ({@link #ANY}); a policy's last rule must be one. */
    public boolean matchesEverything() {
        return codePrefixes.contains(ANY);
    }
}
