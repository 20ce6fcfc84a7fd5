package dev.quarantine.core.result;

import java.util.Map;

/** A register copied into another database ({@code migrate-to}): where to, and how many rows of each table. */
public record CopyResult(String target, Map<String, Long> rows) {
}
