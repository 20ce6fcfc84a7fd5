/**
 * Case states, the quarantine period and the release check (SPEC §3, §5).
 */
package dev.quarantine.core.cases;
