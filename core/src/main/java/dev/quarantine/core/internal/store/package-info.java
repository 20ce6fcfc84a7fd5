/**
 * Internal: the JDBC layer behind the facade. Not part of the public API; may change without notice.
 */
package dev.quarantine.core.internal.store;
