package dev.quarantine.core.cases;

/** Where a case is observed: at home (registered) or in a hotel (admitted). */
public enum Setting {
    HOME, HOTEL
}
