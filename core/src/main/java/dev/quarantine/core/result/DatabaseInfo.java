package dev.quarantine.core.result;

import dev.quarantine.core.policy.Policy;

/**
 * What a database file is, read without changing it ({@code --version}): its schema version and the policy version in
 * force today, or null when the file is of a newer version than this library reads.
 */
public record DatabaseInfo(String location, int schemaVersion, Policy policyInForce) {
}
