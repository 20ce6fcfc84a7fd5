/**
 * Names, identity documents (GB 11643 resident numbers, passports, permits) and phone numbers (SPEC §4).
 */
package dev.quarantine.core.person;
