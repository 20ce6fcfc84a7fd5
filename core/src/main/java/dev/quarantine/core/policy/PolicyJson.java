package dev.quarantine.core.policy;

import dev.quarantine.core.health.TimeSlot;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.money.CostShare;
import dev.quarantine.core.money.CostShares;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes a policy file (SPEC §2). The shape, with every field but {@code id}, {@code effectiveFrom} and
 * {@code rules} optional (defaults are those of {@code zhengzhou-2020-02}):
 * <pre>
 * {"id": "zhengzhou-2020-02", "effectiveFrom": "2020-01-25", "timeZone": "Asia/Shanghai",
 *  "rules": [{"origins": ["4113", "4114"], "category": "IN_PROVINCE_HIGH_RISK", "days": 7, "doorTag": "YELLOW"},
 *            {"origins": ["*"], "category": "OUT_OF_PROVINCE", "days": 14, "doorTag": "RED"}],
 *  "feverThreshold": 37.3, "plausibleRange": [34.0, 43.0], "slots": ["06:00-12:00", "14:00-20:00"],
 *  "blockSize": 5, "teamRoles": ["party-member", ...], "shares": {"hotel-waiver": 30, "subsidy": 40, "person": 30}}
 * </pre>
 */
public final class PolicyJson {
    private PolicyJson() {
    }

    /**
     * @throws QuarantineException {@code DATA_FILE} for malformed JSON, {@code INVALID_INPUT} naming the broken rule
     */
    public static Policy parse(String json) {
        Object root = MiniJson.parse(json);
        if (!(root instanceof Map<?, ?> map)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "policy.json.notObject");
        }
        Policy d = Policy.zhengzhou2020();
        String id = string(map, "id", null);
        LocalDate from = date(string(map, "effectiveFrom", null));
        ZoneId zone = zone(string(map, "timeZone", d.zone().getId()));
        List<OriginRule> rules = new ArrayList<>();
        for (Object o : list(map, "rules", null)) {
            if (!(o instanceof Map<?, ?> r)) {
                throw QuarantineException.invalid("policy.json.field", "rules", o);
            }
            List<String> origins = new ArrayList<>();
            for (Object code : list(r, "origins", null)) {
                origins.add(String.valueOf(code));
            }
            String tag = string(r, "doorTag", null);
            rules.add(new OriginRule(origins, enumValue(Category.class, "category", string(r, "category", null)),
                    number(r, "days", null).intValueExact(),
                    tag == null || tag.isEmpty() || tag.equals("NONE") ? null : enumValue(DoorTag.class, "doorTag", tag)));
        }
        Temperature threshold = temperature(map.get("feverThreshold"), d.feverThreshold());
        Temperature min = d.plausibleMin();
        Temperature max = d.plausibleMax();
        if (map.get("plausibleRange") != null) {
            List<?> range = list(map, "plausibleRange", null);
            if (range.size() != 2) {
                throw QuarantineException.invalid("policy.json.field", "plausibleRange", range);
            }
            min = temperature(range.get(0), null);
            max = temperature(range.get(1), null);
        }
        List<TimeSlot> slots = new ArrayList<>();
        for (Object s : list(map, "slots", List.copyOf(d.slots().stream().map(TimeSlot::toString).toList()))) {
            slots.add(TimeSlot.parse(String.valueOf(s)));
        }
        int blockSize = number(map, "blockSize", BigDecimal.valueOf(d.blockSize())).intValueExact();
        List<String> roles = new ArrayList<>();
        for (Object role : list(map, "teamRoles", List.copyOf(d.teamRoles()))) {
            roles.add(String.valueOf(role));
        }
        CostShares shares = d.shares();
        if (map.get("shares") instanceof Map<?, ?> s) {
            Map<CostShare, BigDecimal> percents = new EnumMap<>(CostShare.class);
            for (Map.Entry<?, ?> e : s.entrySet()) {
                if (!(e.getValue() instanceof BigDecimal percent)) {
                    throw QuarantineException.invalid("policy.json.field", "shares." + e.getKey(), e.getValue());
                }
                percents.put(CostShare.fromId(String.valueOf(e.getKey())), percent);
            }
            shares = CostShares.ofPercent(percents);
        } else if (map.containsKey("shares")) {
            throw QuarantineException.invalid("policy.json.field", "shares", map.get("shares"));
        }
        return new Policy(id, from, zone, rules, threshold, min, max, slots, blockSize, roles, shares);
    }

    /** The policy as a JSON document that {@link #parse} reads back to an equal policy. */
    public static String write(Policy p) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"id\": ").append(quote(p.id()))
                .append(",\n  \"effectiveFrom\": ").append(quote(p.effectiveFrom().toString()))
                .append(",\n  \"timeZone\": ").append(quote(p.zone().getId()))
                .append(",\n  \"rules\": [");
        for (int i = 0; i < p.rules().size(); i++) {
            OriginRule r = p.rules().get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"origins\": [");
            for (int j = 0; j < r.codePrefixes().size(); j++) {
                out.append(j == 0 ? "" : ", ").append(quote(r.codePrefixes().get(j)));
            }
            out.append("], \"category\": ").append(quote(r.category().name()))
                    .append(", \"days\": ").append(r.days())
                    .append(", \"doorTag\": ").append(r.doorTag() == null ? "null" : quote(r.doorTag().name()))
                    .append('}');
        }
        out.append("\n  ],\n  \"feverThreshold\": ").append(p.feverThreshold())
                .append(",\n  \"plausibleRange\": [").append(p.plausibleMin()).append(", ").append(p.plausibleMax())
                .append("],\n  \"slots\": [");
        for (int i = 0; i < p.slots().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(p.slots().get(i).toString()));
        }
        out.append("],\n  \"blockSize\": ").append(p.blockSize()).append(",\n  \"teamRoles\": [");
        for (int i = 0; i < p.teamRoles().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(p.teamRoles().get(i)));
        }
        out.append("],\n  \"shares\": {");
        CostShare[] all = CostShare.values();
        for (int i = 0; i < all.length; i++) {
            out.append(i == 0 ? "" : ", ").append(quote(all[i].id())).append(": ")
                    .append(p.shares().percent(all[i]).toPlainString());
        }
        out.append("}\n}\n");
        return out.toString();
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String string(Map<?, ?> map, String field, String fallback) {
        Object v = map.get(field);
        if (v == null) {
            if (fallback == null && !field.equals("doorTag")) {
                throw QuarantineException.invalid("policy.json.missing", field);
            }
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw QuarantineException.invalid("policy.json.field", field, v);
        }
        return s;
    }

    private static List<?> list(Map<?, ?> map, String field, List<?> fallback) {
        Object v = map.get(field);
        if (v == null) {
            if (fallback == null) {
                throw QuarantineException.invalid("policy.json.missing", field);
            }
            return fallback;
        }
        if (!(v instanceof List<?> l)) {
            throw QuarantineException.invalid("policy.json.field", field, v);
        }
        return l;
    }

    private static BigDecimal number(Map<?, ?> map, String field, BigDecimal fallback) {
        Object v = map.get(field);
        if (v == null) {
            if (fallback == null) {
                throw QuarantineException.invalid("policy.json.missing", field);
            }
            return fallback;
        }
        if (!(v instanceof BigDecimal n)) {
            throw QuarantineException.invalid("policy.json.field", field, v);
        }
        try {
            n.intValueExact();
        } catch (ArithmeticException e) {
            throw QuarantineException.invalid("policy.json.field", field, v);
        }
        return n;
    }

    private static Temperature temperature(Object v, Temperature fallback) {
        if (v == null && fallback != null) {
            return fallback;
        }
        if (v == null) {
            throw QuarantineException.invalid("policy.json.missing", "plausibleRange");
        }
        return Temperature.parse(v instanceof BigDecimal n ? n.toPlainString() : String.valueOf(v));
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("policy.json.field", "effectiveFrom", s);
        }
    }

    private static ZoneId zone(String s) {
        try {
            return ZoneId.of(s);
        } catch (DateTimeException e) {
            throw QuarantineException.invalid("policy.json.field", "timeZone", s);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw QuarantineException.invalid("policy.json.field", field, value);
        }
    }
}
