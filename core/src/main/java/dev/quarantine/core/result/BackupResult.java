package dev.quarantine.core.result;

import java.nio.file.Path;

/**
 * A backup written: where, how large, and whether the audit log records it (a read-only database can be copied, but
 * the copy cannot be recorded in it).
 */
public record BackupResult(Path file, long bytes, boolean audited) {
}
