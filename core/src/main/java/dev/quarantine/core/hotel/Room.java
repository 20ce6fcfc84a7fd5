package dev.quarantine.core.hotel;

/** A room of a hotel as the rules see it: its number, its state, and its position in natural order (1-based). */
public record Room(String number, RoomState state, int position) {

    /** The service-team block: rooms 1–5 of the natural order are block 1 with a block size of 5 (SPEC §5). */
    public int block(int blockSize) {
        return blockOf(position, blockSize);
    }

    /**
     * The service-team block of the room at 1-based {@code position} of the natural order: with blocks of 5, positions
     * 1–5 are block 1 and 6–10 block 2.
     */
    public static int blockOf(int position, int blockSize) {
        return (position - 1) / blockSize + 1;
    }
}
