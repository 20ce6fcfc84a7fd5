package dev.quarantine.core.ops;

import java.time.Instant;

/** A disinfection of a room (then {@code area} is null) or of a public area (then {@code room} is null). */
public record Disinfection(String hotel, String room, PublicArea area, Instant at, String by) {
}
