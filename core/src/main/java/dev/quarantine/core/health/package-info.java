/**
 * Temperatures and missed temperature checks (SPEC §2, §5).
 */
package dev.quarantine.core.health;
