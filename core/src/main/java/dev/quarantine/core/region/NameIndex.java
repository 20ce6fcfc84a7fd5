package dev.quarantine.core.region;

import dev.quarantine.core.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every way the bundled divisions are written, each mapped to the divisions it may mean: official names, short names
 * ({@code 固始}), autonomous names without their peoples ({@code 恩施州}), {@code X地区}, the districts of Hong Kong,
 * Macau and Taiwan, and the former and informal names of {@code aliases.csv}.
 */
final class NameIndex {
    /** Suffixes dropped to form a short name, longest first so {@code 自治区} wins over {@code 区}. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "林区", "特区", "地区", "新区", "省", "市", "盟", "县", "区", "旗");
    /** Peoples named in autonomous divisions ({@code 恩施土家族苗族自治州} → {@code 恩施}); Xinjiang omits the 族. */
    private static final List<String> ETHNIC = List.of(
            "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
            "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族",
            "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
            "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
            "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
            "珞巴族", "基诺族", "各族", "哈萨克", "蒙古", "柯尔克孜", "锡伯", "塔吉克");
    /** Last characters that make a name "suffixed" (a full name, not a bare short one). */
    private static final String SUFFIX_CHARS = "省市县区州盟旗";

    /**
     * One reading of a name. {@code tier} ranks readings of the same text: 0 province, 1 prefecture, 2 county,
     * 3 a district of Hong Kong, Macau or Taiwan; the lowest wins (SPEC §1). An {@code alias} may repeat the place
     * just named before it ({@code 武汉汉口}, {@code 香港九龙}).
     */
    record Entry(Region region, String label, int tier, boolean alias) {
    }

    private final Map<String, List<Entry>> names = new HashMap<>();
    private final Map<String, List<Entry>> variants = new HashMap<>();
    private int longest;

    /** A division under its official name, its short name and the informal variants of that short name. */
    void addDivision(Region r) {
        String full = TextNormalizer.foldNoSpaces(r.name());
        Entry entry = new Entry(r, r.fullName(), r.level().ordinal(), false);
        add(names, full, entry);
        if (isFunctionalZone(r)) {
            return; // development zones (NBS codes xxxx7x) are found by their full name only
        }
        String withoutSuffix = withoutSuffix(full);
        String shortName = shortName(full);
        if (shortName.equals(full)) {
            return;
        }
        add(names, withoutSuffix, entry); // 伊犁哈萨克, as well as 伊犁
        add(names, shortName, entry);
        if (full.contains("自治") || full.contains("族")) {
            add(variants, shortName + full.charAt(full.length() - 1), entry); // 恩施州, 长阳县, 管城区
        }
        if (full.endsWith("自治区")) {
            add(variants, shortName + "省", entry); // 广西省
        }
        if (r.level() != RegionLevel.COUNTY) {
            add(variants, shortName + "地区", entry); // 周口地区, 铜仁地区 (most prefectures were 地区 once)
        }
    }

    /** A district of Hong Kong, Macau or Taiwan: the catalog has no code for it, so it names its region. */
    void addDistrict(Region region, String district) {
        for (String part : district.split("[^\\p{L}\\p{N}]+")) {
            String name = TextNormalizer.foldNoSpaces(part);
            if (name.length() >= 2) {
                Entry entry = new Entry(region, region.fullName() + name, 3, true);
                add(names, name, entry);
                String shortName = shortName(name);
                if (!shortName.equals(name)) {
                    add(names, shortName, entry);
                }
            }
        }
    }

    /** A former or informal name of {@code aliases.csv}. */
    void addAlias(String alias, Region region) {
        Entry entry = new Entry(region, region.fullName(), region.level().ordinal(), true);
        add(names, TextNormalizer.foldNoSpaces(alias), entry);
    }

    /** Variants are used only where no real name is written the same way ({@code 朝阳县} stays the county). */
    NameIndex finish() {
        variants.forEach((name, entries) -> {
            if (!names.containsKey(name)) {
                entries.forEach(e -> add(names, name, e));
            }
        });
        variants.clear();
        return this;
    }

    List<Entry> get(String name) {
        return names.getOrDefault(name, List.of());
    }

    /** The length of the longest name: no reading of a text looks further than this per place. */
    int longest() {
        return longest;
    }

    /** True when a name ends with a division suffix ({@code 南阳市}), false for a bare one ({@code 南阳}). */
    static boolean suffixed(String name) {
        return SUFFIX_CHARS.indexOf(name.charAt(name.length() - 1)) >= 0;
    }

    /**
     * {@code 河南省} → {@code 河南}, {@code 恩施土家族苗族自治州} → {@code 恩施}, {@code 固始县} → {@code 固始}. A suffix
     * is dropped only when two characters remain, so {@code 碑林区} → {@code 碑林}, not {@code 碑} (the 林区 of
     * {@code 神农架林区}).
     */
    static String shortName(String name) {
        String s = withoutSuffix(name);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String ethnic : ETHNIC) {
                if (s.endsWith(ethnic) && s.length() > ethnic.length() + 1) {
                    s = s.substring(0, s.length() - ethnic.length());
                    stripped = true;
                }
            }
        }
        // A division named after its people alone (鄂温克族自治旗) is called by the people without 族: 鄂温克.
        return s.endsWith("族") && s.length() >= 4 ? s.substring(0, s.length() - 1) : s;
    }

    private static String withoutSuffix(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static boolean isFunctionalZone(Region r) {
        return r.code().length() == 6 && r.code().charAt(4) == '7';
    }

    private void add(Map<String, List<Entry>> map, String name, Entry entry) {
        List<Entry> entries = map.computeIfAbsent(name, k -> new ArrayList<>(1));
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
        longest = Math.max(longest, name.length());
    }
}
