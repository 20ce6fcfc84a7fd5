package dev.quarantine.core.result;

import dev.quarantine.core.hotel.RoomState;

/**
 * A room of a hotel with its block and, when occupied, the case in it.
 *
 * @param note why the room is out of service, when it is
 */
public record RoomView(String hotel, String number, RoomState state, int block, String caseNumber, String name,
                       String note) {
}
