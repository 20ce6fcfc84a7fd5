/**
 * Hotel operations: service teams and requests, disinfection, inspections, landlord arrangements (SPEC §6).
 */
package dev.quarantine.core.ops;
