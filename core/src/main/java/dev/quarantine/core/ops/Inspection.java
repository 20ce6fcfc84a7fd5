package dev.quarantine.core.ops;

import java.time.Instant;

/** A hotel's daily inspection. */
public record Inspection(String hotel, Instant at, String by, String findings) {
}
