/**
 * Quarantine Desk core: pure Java, no third-party runtime dependency. Start with
 * {@link dev.quarantine.core.desk.QuarantineDesk}; the pure rules (regions, policy, periods, identity, money) work
 * without a database. Every failure is a {@link dev.quarantine.core.QuarantineException} with an
 * {@link dev.quarantine.core.ErrorKind}.
 */
package dev.quarantine.core;
