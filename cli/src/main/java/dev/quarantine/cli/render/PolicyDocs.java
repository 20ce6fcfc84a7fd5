package dev.quarantine.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quarantine.core.money.CostShare;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.OriginRule;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Policies as documents: a one-screen summary, the policy file's own shape (for JSON), and an origin's classification. */
public final class PolicyDocs {
    private PolicyDocs() {
    }

    /** One line per field: the rules as {@code 4113/4114 → IN_PROVINCE_HIGH_RISK 7d YELLOW; …}, the shares in percent. */
    public static Map<String, Object> summary(Policy p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", p.id());
        d.put("effectiveFrom", p.effectiveFrom().toString());
        d.put("timeZone", p.zone().getId());
        List<String> rules = new ArrayList<>();
        for (OriginRule r : p.rules()) {
            rules.add(String.join("/", r.codePrefixes()) + " → " + r.category() + " " + r.days() + "d"
                    + (r.doorTag() == null ? "" : " " + r.doorTag()));
        }
        d.put("rules", String.join("; ", rules));
        d.put("feverThreshold", p.feverThreshold().toString());
        d.put("plausibleRange", p.plausibleMin() + "–" + p.plausibleMax());
        d.put("slots", String.join(", ", p.slots().stream().map(Object::toString).toList()));
        d.put("blockSize", p.blockSize());
        d.put("teamRoles", String.join(", ", p.teamRoles()));
        d.put("shares", "hotel-waiver " + p.shares().percentText(CostShare.HOTEL_WAIVER)
                + "%, subsidy " + p.shares().percentText(CostShare.SUBSIDY)
                + "%, person " + p.shares().percentText(CostShare.PERSON) + "%");
        return d;
    }

    /** The policy as its policy file holds it ({@link PolicyJson#write}), read back as a document. */
    public static Map<?, ?> file(Policy p) {
        try {
            return new ObjectMapper().readValue(PolicyJson.write(p), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How an origin is classified for an arrival on {@code arrival}, and the day the case would be eligible. */
    public static Map<String, Object> classification(Classification c, LocalDate arrival) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("origin", c.origin().fullName());
        d.put("originCode", c.origin().code());
        d.put("category", c.category());
        d.put("periodDays", c.days());
        d.put("doorTag", c.doorTag());
        d.put("policyId", c.policyId());
        d.put("arrivalDate", arrival.toString());
        d.put("eligibleDate", c.needsQuarantine() ? arrival.plusDays(c.days()).toString() : null);
        return d;
    }
}
