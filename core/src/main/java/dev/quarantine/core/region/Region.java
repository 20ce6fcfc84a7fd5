package dev.quarantine.core.region;

/**
 * One administrative division. {@code code} is its GB/T 2260 code: 2 digits for a province, 4 for a
 * prefecture, 6 for a county. {@code fullName} joins the names of its ancestors ({@code 河南省信阳市固始县}).
 */
public record Region(String code, String name, RegionLevel level, String fullName) {

    /** The 2-digit province code. */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    /** The 4-digit prefecture code, or {@code null} for a province. */
    public String prefectureCode() {
        return code.length() >= 4 ? code.substring(0, 4) : null;
    }

    /** True when this region is {@code other} or lies inside it. */
    public boolean within(Region other) {
        return code.startsWith(other.code);
    }

    @Override
    public String toString() {
        return fullName + " (" + code + ")";
    }
}
