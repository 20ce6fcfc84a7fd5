package dev.quarantine.cli.render;

/** Output formats of SPEC §11: aligned tables for people, CSV, and one JSON document. */
public enum Format {
    TABLE, CSV, JSON
}
