package dev.quarantine.core.internal.service;

/**
 * The phones (or names and phones) seen so far in an import, as 2^24 hashed bits (2 MiB however large the roster): a
 * clear bit proves a phone is new; a set bit means it may have been seen, which the database then checks.
 */
final class PhoneSet {
    private final long[] bits = new long[1 << 18];

    /** Sets the phone's bit and says whether it was set before. */
    boolean testAndSet(long phoneKey) {
        int h = hash(phoneKey);
        long mask = 1L << (h & 63);
        int word = h >>> 6;
        boolean seen = (bits[word] & mask) != 0;
        bits[word] |= mask;
        return seen;
    }

    /** Whether the phone's bit is set: false proves the phone was never seen. */
    boolean contains(long phoneKey) {
        int h = hash(phoneKey);
        return (bits[h >>> 6] & (1L << (h & 63))) != 0;
    }

    /** One key for a name and a phone, to keep them in a set of their own. */
    static long nameAndPhone(long phoneKey, String name) {
        return phoneKey * 0xC2B2AE3D27D4EB4FL + name.hashCode();
    }

    private static int hash(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
    }
}
