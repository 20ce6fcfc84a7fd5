/**
 * Files the desk writes or reads besides its database: one clear reason when the operating system refuses, and
 * output written to a temporary file that is renamed into place only when complete.
 */
package dev.quarantine.core.file;
