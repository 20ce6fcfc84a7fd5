package dev.quarantine.core.ops;

/** A member of a block's service team: one per role slot (SPEC §6). */
public record TeamMember(String hotel, int block, String role, String name, String phone) {
}
