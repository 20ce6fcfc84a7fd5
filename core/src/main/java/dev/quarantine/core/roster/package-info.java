/**
 * Community rosters: column names, row validation reporting every problem, import options and summaries (SPEC §8).
 */
package dev.quarantine.core.roster;
