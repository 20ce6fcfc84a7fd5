package dev.quarantine.core.internal.service;

/**
 * The phones seen so far in an import, as 2^24 hashed bits (2 MiB however large the roster): a clear bit proves a phone
 * is new; a set bit means it may have been seen, which the database then checks.
 */
final class PhoneSet {
    private final long[] bits = new long[1 << 18];

    /** Sets the phone's bit and says whether it was set before. */
    boolean testAndSet(long phoneKey) {
        int h = (int) ((phoneKey * 0x9E3779B97F4A7C15L) >>> 40);
        long mask = 1L << (h & 63);
        int word = h >>> 6;
        boolean seen = (bits[word] & mask) != 0;
        bits[word] |= mask;
        return seen;
    }
}
