/**
 * Database dialects: what differs between engines (SQLite now, PostgreSQL planned; SPEC §12).
 */
package dev.quarantine.core.store;
