package dev.quarantine.core.roster;

import dev.quarantine.core.Dates;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.QuarantinePeriod;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.PersonName;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.PolicyBook;
import dev.quarantine.core.region.Region;
import dev.quarantine.core.region.RegionCatalog;
import dev.quarantine.core.region.ResolvedOrigin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks a {@link RegistrationInput} field by field (SPEC §1, §3, §4) and reports every problem, not just the first.
 * One validator serves a whole import: it remembers the origins it has resolved, since rosters repeat them.
 */
public final class RegistrationValidator {
    private static final int CACHED_ORIGINS = 10_000;
    private static final int CACHED_ORIGIN_LENGTH = 64;
    private final RegionCatalog catalog;
    private final LocalDate today;
    private final LocalDate earliestArrival;
    private final PolicyBook policies;
    /**
     * The origins resolved so far, each with its region or its refusal: at most {@link #CACHED_ORIGINS} of at most
     * {@link #CACHED_ORIGIN_LENGTH} characters, a few megabytes however a roster writes them (a roster of long notes
     * in the origin column, each different, would otherwise fill the heap with texts that never repeat).
     */
    private final Map<String, Object> origins = new HashMap<>();

    /**
     * A validator that also checks that the policy in force on the arrival date can classify the origin (a whole
     * province it splits, 河南, is a problem of the origin field like any other).
     *
     * @param today no arrival may be after it, no birth date either; the first version's start is the earliest arrival
     */
    public RegistrationValidator(RegionCatalog catalog, LocalDate today, PolicyBook policies) {
        this.catalog = catalog;
        this.today = today;
        this.earliestArrival = policies.versions().get(0).effectiveFrom();
        this.policies = policies;
    }

    /**
     * @param today           no arrival may be after it, no birth date either
     * @param earliestArrival the day the first policy version takes effect: an arrival before it is a typo of the
     *                        year (1900-01-01, 2002-02-03), never classified under rules that did not exist
     */
    public RegistrationValidator(RegionCatalog catalog, LocalDate today, LocalDate earliestArrival) {
        this.catalog = catalog;
        this.today = today;
        this.earliestArrival = earliestArrival;
        this.policies = null;
    }

    /**
     * A validator of the fields' forms only, for a registration built away from any register: every date allowed that
     * the year range allows, no policy consulted.
     */
    public static RegistrationValidator formsOnly(RegionCatalog catalog) {
        return new RegistrationValidator(catalog, LocalDate.of(dev.quarantine.core.Dates.LAST_YEAR, 12, 31),
                LocalDate.of(dev.quarantine.core.Dates.FIRST_YEAR, 1, 1));
    }

    /** The outcome: a valid registration, or the list of problems (never both). */
    public record Result(ValidRegistration valid, List<Problem> problems) {
        /** True when the registration is valid. */
        public boolean ok() {
            return valid != null;
        }

        /** Every problem joined in one line, for a message or a rejects file. */
        public String describe(Locale locale) {
            StringBuilder out = new StringBuilder();
            for (Problem p : problems) {
                if (out.length() > 0) {
                    out.append(dev.quarantine.core.Messages.problemSeparator(locale));
                }
                out.append(p.text(locale));
            }
            return out.toString();
        }
    }

    /** Checks every field of {@code in}: the valid registration, or every problem found, each with its field. */
    public Result validate(RegistrationInput in) {
        return validate(in, null);
    }

    /**
     * Checks every field of {@code in}, whose origin was typed as {@code originAsTyped} (a roster exported with its
     * {@code origin_text} column: the origin is the code, the text what the clerk once typed). The text must name the
     * same division as the origin; it is then kept as a registration typed with it keeps it. Blank or null: as
     * {@link #validate(RegistrationInput)}. A problem of the text is one of the field {@code origin_text}.
     */
    public Result validate(RegistrationInput in, String originAsTyped) {
        List<Problem> problems = new ArrayList<>();
        String name = check(problems, "name", () -> PersonName.parse(in.name()));
        IdType type = check(problems, "id_type", () -> IdType.parse(in.idType()));
        IdentityDocument id = type == null ? null
                : check(problems, "id_number", () -> IdentityDocument.parse(type, in.idNumber(), today));
        Phone phone = check(problems, "phone", () -> Phone.parse(in.phone()));
        ResolvedOrigin resolved = check(problems, "origin", () -> resolve(in.origin()));
        Region origin = resolved == null ? null : resolved.region();
        String originText = resolved == null ? null : resolved.text();
        if (origin != null && originAsTyped != null && !originAsTyped.isBlank()) {
            ResolvedOrigin typed = check(problems, "origin_text", () -> resolve(originAsTyped));
            if (typed != null && !typed.region().equals(origin)) {
                problems.add(new Problem("origin_text", new Message("origin.textElsewhere", originAsTyped.strip(),
                        typed.region(), origin)));
            } else if (typed != null) {
                originText = typed.text();
            }
        }
        LocalDate arrival = check(problems, "arrival_date", () -> arrival(in.arrivalDate(), id));
        Boolean group = check(problems, "group_renter", () -> yesNo(in.groupRenter()));
        String community = check(problems, "community", () -> Text.optional("community", in.community()));
        String address = check(problems, "address", () -> Text.multiLine("address", in.address()));
        String notes = check(problems, "notes", () -> Text.multiLine("notes", in.notes()));
        if (policies != null && origin != null && arrival != null) {
            check(problems, "origin", () -> policies.inForce(arrival).classify(origin));
        }
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new ValidRegistration(name, id, phone, origin, arrival, community, address, group, notes,
                originText), List.of());
    }

    private LocalDate arrival(String text, IdentityDocument id) {
        LocalDate arrival = QuarantinePeriod.checkArrival(Dates.parse(text), today);
        if (arrival.isBefore(earliestArrival)) {
            throw QuarantineException.invalid("arrival.beforePolicy", arrival, earliestArrival);
        }
        if (id != null && id.birthDate() != null && arrival.isBefore(id.birthDate())) {
            throw QuarantineException.invalid("arrival.beforeBirth", arrival, id.birthDate());
        }
        return arrival;
    }

    /**
     * The origin resolved, from the cache when a row before had the same text. Text kept beyond the place is a one-line
     * field like any other: no control characters.
     */
    private ResolvedOrigin resolve(String origin) {
        String key = origin == null ? "" : origin;
        Object cached = origins.get(key);
        if (cached == null) {
            try {
                ResolvedOrigin r = catalog.resolveAsTyped(origin);
                if (r.text() != null) {
                    Text.clean("origin", r.text());
                }
                cached = r;
            } catch (QuarantineException e) {
                cached = e;
            }
            if (origins.size() < CACHED_ORIGINS && key.length() <= CACHED_ORIGIN_LENGTH) {
                origins.put(key, cached);
            }
        }
        if (cached instanceof QuarantineException e) {
            throw e;
        }
        return (ResolvedOrigin) cached;
    }

    /** {@code 是/否}, {@code yes/no}, {@code true/false}, {@code 1/0}, {@code y/n}; blank is no. */
    public static boolean yesNo(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "否", "no", "n", "false", "0" -> false;
            case "是", "yes", "y", "true", "1" -> true;
            default -> throw QuarantineException.invalid("yesNo.format", text.strip());
        };
    }

    private static <T> T check(List<Problem> problems, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (QuarantineException e) {
            problems.add(new Problem(field, new Message(e.key(), e.args())));
            return null;
        }
    }
}
