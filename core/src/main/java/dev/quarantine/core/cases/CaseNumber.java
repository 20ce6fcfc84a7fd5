package dev.quarantine.core.cases;

import dev.quarantine.core.TextNormalizer;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A case number, {@code Q000012}: the case's id in the register, shown with a {@code Q} and at least six digits.
 * {@link #parse} reads what people type ({@code Q000012}, {@code q12}, full-width letters); {@link #toString} gives the
 * form {@code parse} reads back.
 */
public record CaseNumber(long id) implements Comparable<CaseNumber> {
    private static final Pattern FORM = Pattern.compile("Q\\d{1,9}");

    /**
     * The case number of id {@code id}.
     *
     * @throws IllegalArgumentException when {@code id} is not positive
     */
    public CaseNumber {
        if (id < 1) {
            throw new IllegalArgumentException("a case number is positive: " + id);
        }
    }

    /**
     * The case number of id {@code id}, for a program that holds the number; {@link #parse} reads what a person typed:
     *
     * <pre>{@code
     * CaseNumber q = CaseNumber.of(12);
     * q.toString();                           // "Q000012"
     * CaseNumber.parse("q12");                // Optional[Q000012]
     * CaseNumber.parse("410105198503121008"); // Optional.empty(): an identity number
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code id} is not positive
     */
    public static CaseNumber of(long id) {
        return new CaseNumber(id);
    }

    /** The case number in {@code text}, if it is one ({@code Q000012}, {@code q12}); empty otherwise. */
    public static Optional<CaseNumber> parse(String text) {
        String s = TextNormalizer.foldNoSpaces(text).toUpperCase(Locale.ROOT);
        if (!FORM.matcher(s).matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(s.substring(1));
        return id < 1 ? Optional.empty() : Optional.of(new CaseNumber(id));
    }

    @Override
    public String toString() {
        // Not String.format: a report writes a thousand case numbers, and the formatter was a tenth of its start.
        String digits = Long.toString(id);
        return "Q" + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    @Override
    public int compareTo(CaseNumber other) {
        return Long.compare(id, other.id);
    }
}
