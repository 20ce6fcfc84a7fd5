package dev.quarantine.core.policy;

/** The coloured tag on a quarantine room's door (SPEC §2, §5). */
public enum DoorTag {
    RED, YELLOW
}
