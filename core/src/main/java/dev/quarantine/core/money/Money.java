package dev.quarantine.core.money;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

/**
 * An amount of yuan held as whole fen in a {@code long} (SPEC §7), never negative. {@link #parse} accepts
 * {@code 180}, {@code 180.5}, {@code ¥180.00}, {@code 180元} and {@code 1,283.31}; it refuses negatives, more than two
 * decimals and anything else. {@link #toString} gives {@code 1283.31}, which {@code parse} reads back.
 */
public record Money(long fen) implements Comparable<Money> {
    public static final Money ZERO = new Money(0);
    public static final long MAX_FEN = 1_000_000_000_000L; // ten billion yuan: anything larger is a typo

    /** An amount of {@code fen}; refuses a negative one ({@code money.negative}). */
    public Money {
        if (fen < 0) {
            throw QuarantineException.invalid("money.negative", fen / 100.0);
        }
    }

    /** The amount of {@code fen} whole fen: {@code Money.ofFen(18050)} is 180.50 yuan. */
    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /**
     * Reads an amount of yuan as people write it, with at most two decimals:
     *
     * <pre>{@code
     * Money.parse("180");             // 180.00
     * Money.parse("¥1,283.31");       // 1283.31
     * Money.parse("180.5元").fen();    // 18050
     * Money.parse("-5");              // QuarantineException money.negative
     * }</pre>
     *
     * @throws dev.quarantine.core.QuarantineException {@code INVALID_INPUT}: {@code money.negative},
     *         {@code money.decimals} (more than two), {@code money.tooLarge} (above {@link #MAX_FEN}) or
     *         {@code money.format} (anything else)
     */
    public static Money parse(String text) {
        String original = text == null ? "" : text.strip();
        String s = TextNormalizer.foldNoSpaces(text).replace("¥", "").replace("￥", "").replace("RMB", "");
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("-")) {
            throw QuarantineException.invalid("money.negative", original);
        }
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
            s = s.replace(",", "");
        }
        if (!s.matches("\\d+(\\.\\d*)?")) {
            throw QuarantineException.invalid("money.format", original);
        }
        int dot = s.indexOf('.');
        String whole = dot < 0 ? s : s.substring(0, dot);
        String decimals = dot < 0 ? "" : s.substring(dot + 1);
        if (decimals.length() > 2) {
            throw QuarantineException.invalid("money.decimals", original);
        }
        if (whole.length() > 11) {
            throw QuarantineException.invalid("money.tooLarge", original);
        }
        long fen = Long.parseLong(whole) * 100 + (decimals.isEmpty() ? 0 : Long.parseLong((decimals + "0").substring(0, 2)));
        if (fen > MAX_FEN) {
            throw QuarantineException.invalid("money.tooLarge", original);
        }
        return new Money(fen);
    }

    /** Sums may pass {@link #MAX_FEN} (a district's totals); they never overflow, since every amount is below it. */
    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** This amount less {@code other}, or zero when {@code other} is larger. */
    public Money minusOrZero(Money other) {
        return new Money(Math.max(0, fen - other.fen));
    }

    /** @throws QuarantineException {@code money.tooLarge} when the product would pass {@link #MAX_FEN} */
    public Money times(long factor) {
        long product;
        try {
            product = Math.multiplyExact(fen, factor);
        } catch (ArithmeticException e) {
            product = Long.MAX_VALUE;
        }
        if (product > MAX_FEN) {
            throw QuarantineException.invalid("money.tooLarge", this + " × " + factor);
        }
        return new Money(product);
    }

    /** True for nothing at all, 0.00. */
    public boolean isZero() {
        return fen == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** For people: {@code ¥1,283.31}. */
    public String display() {
        return String.format(java.util.Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
    }
}
