/**
 * The facade, {@link dev.quarantine.core.desk.QuarantineDesk}: one open register whose operations return result records (SPEC §13).
 */
package dev.quarantine.core.desk;
