/**
 * The daily report's result records (SPEC §10).
 */
package dev.quarantine.core.report;
