package dev.quarantine.core.hotel;

/** The states of a hotel room (SPEC §6). */
public enum RoomState {
    FREE, OCCUPIED, NEEDS_DISINFECTION, OUT_OF_SERVICE
}
