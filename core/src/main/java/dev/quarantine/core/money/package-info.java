/**
 * Whole-fen amounts and the exact 30/40/30 cost split (SPEC §7).
 */
package dev.quarantine.core.money;
