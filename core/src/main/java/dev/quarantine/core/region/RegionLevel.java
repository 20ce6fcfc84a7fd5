package dev.quarantine.core.region;

/** The three levels of GB/T 2260 that origins are given at. */
public enum RegionLevel {
    PROVINCE, PREFECTURE, COUNTY
}
