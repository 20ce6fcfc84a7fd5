/**
 * Rooms: natural order, room lists, assignment and service-team blocks (SPEC §5, §6).
 */
package dev.quarantine.core.hotel;
