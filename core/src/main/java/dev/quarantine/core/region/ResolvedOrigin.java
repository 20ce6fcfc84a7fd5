package dev.quarantine.core.region;

/**
 * An origin as a person typed it, resolved ({@link RegionCatalog#resolveAsTyped}): the division it names, and the text
 * itself when it says more than that division.
 *
 * @param region the division the origin names, or the one its text starts with
 * @param text   the origin as typed (stripped of surrounding spaces) when the resolver read only its start
 *               ({@code 湖北省武汉市汉口火车站}, {@code 衡水市武邑县务工返乡}); null when the resolver read all of it ({@code 武汉},
 *               {@code 4201}, {@code 湖北（武汉）}, {@code 襄樊}) or it is the division's full name
 */
public record ResolvedOrigin(Region region, String text) {
    /** Checks that there is a region; a text equal to the region's full name is no text. */
    public ResolvedOrigin {
        if (region == null) {
            throw new IllegalArgumentException("no region");
        }
        if (text != null && (text.isBlank() || text.strip().equals(region.fullName()))) {
            text = null;
        }
    }

    /** What was typed: the text when there is one, else the division's full name. */
    public String typed() {
        return text != null ? text : region.fullName();
    }
}
