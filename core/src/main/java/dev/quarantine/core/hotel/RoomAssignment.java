package dev.quarantine.core.hotel;

import dev.quarantine.core.QuarantineException;

import java.util.Collection;
import java.util.Optional;

/** Picks a room for an admission (SPEC §5): the lowest free room in natural order, or the one asked for if it is free. */
public final class RoomAssignment {
    private RoomAssignment() {
    }

    /**
     * @param requested a room number chosen by staff, or null to take the lowest free room
     * @throws QuarantineException {@code NOT_FOUND} {@code room.unknown}; {@code REFUSED} {@code room.notFree} or
     *                             {@code hotel.full} with the occupancy
     */
    public static Room pick(String hotel, Collection<Room> rooms, String requested) {
        if (requested != null) {
            Room room = rooms.stream().filter(r -> r.number().equals(requested)).findFirst()
                    .orElseThrow(() -> QuarantineException.notFound("room.unknown", hotel, requested));
            if (room.state() != RoomState.FREE) {
                throw QuarantineException.refused("room.notFree", hotel, requested, room.state());
            }
            return room;
        }
        Optional<Room> free = rooms.stream().filter(r -> r.state() == RoomState.FREE)
                .min((a, b) -> NaturalOrder.INSTANCE.compare(a.number(), b.number()));
        if (free.isEmpty()) {
            long occupied = rooms.stream().filter(r -> r.state() == RoomState.OCCUPIED).count();
            long dirty = rooms.stream().filter(r -> r.state() == RoomState.NEEDS_DISINFECTION).count();
            throw QuarantineException.refused("hotel.full", hotel, occupied, rooms.size(), dirty);
        }
        return free.get();
    }
}
