/**
 * Internal: the services behind the facade, one concern each, over one shared {@link
 * dev.quarantine.core.internal.service.DeskContext}. Not part of the public API; may change without notice.
 */
package dev.quarantine.core.internal.service;
