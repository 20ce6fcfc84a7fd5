/**
 * Quarantine rules as data: versions, classification of origins, temperatures, slots, teams and cost shares (SPEC §2).
 */
package dev.quarantine.core.policy;
