/**
 * The facade, {@link dev.quarantine.core.desk.QuarantineDesk}: one open register, and its views of each area of the
 * work ({@code desk.cases()}, {@code desk.health()}, {@code desk.billing()}, {@code desk.hotels()}, …) whose operations
 * return result records (SPEC §13).
 */
package dev.quarantine.core.desk;
