/**
 * The bundled GB/T 2260 divisions and the resolution of origins as people write them (SPEC §1).
 */
package dev.quarantine.core.region;
