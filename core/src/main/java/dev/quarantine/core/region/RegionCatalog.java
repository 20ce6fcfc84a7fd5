package dev.quarantine.core.region;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled GB/T 2260 divisions (SPEC §1) and the resolution of an origin as people write it:
 * {@code 411525}, {@code 4113}, {@code 42}, {@code 河南省南阳市}, {@code 南阳}, {@code 河南南阳}, {@code 信阳市固始县},
 * {@code 固始县}, {@code 湖北孝感}, {@code 武汉}. Loaded once, lazily, and immutable afterwards.
 */
public final class RegionCatalog {
    private static final String BASE = "/dev/quarantine/core/region/";
    /** Suffixes dropped to form a short name, longest first so {@code 自治区} wins over {@code 区}. */
    private static final List<String> SUFFIXES = List.of(
            "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
            "林区", "特区", "地区", "省", "市", "盟", "县", "区", "旗");
    /** Ethnic names in autonomous divisions ({@code 恩施土家族苗族自治州} → {@code 恩施}). */
    private static final List<String> ETHNIC = List.of(
            "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族",
            "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族",
            "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族",
            "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
            "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
            "珞巴族", "基诺族", "各族");
    /** Placeholder prefectures of the municipalities and province-administered counties: not real names. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static volatile RegionCatalog bundled;

    private final Map<String, Region> byCode;
    private final Map<String, Set<Region>> byName;

    private RegionCatalog(Map<String, Region> byCode, Map<String, Set<Region>> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    /** The catalog bundled in the core (NBS 2023 codes plus Hong Kong 81, Macau 82, Taiwan 71). */
    public static RegionCatalog bundled() {
        RegionCatalog catalog = bundled;
        if (catalog == null) {
            synchronized (RegionCatalog.class) {
                catalog = bundled;
                if (catalog == null) {
                    catalog = load();
                    bundled = catalog;
                }
            }
        }
        return catalog;
    }

    /** The division with this exact code, if any. */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All divisions, in code order. */
    public Collection<Region> all() {
        return byCode.values();
    }

    /**
     * Resolves an origin as written by a person (SPEC §1).
     *
     * @throws QuarantineException {@code INVALID_INPUT}: {@code origin.empty}, {@code origin.unknown} repeating the
     *                             input, or {@code origin.ambiguous} listing every candidate
     */
    public Region resolve(String origin) {
        String text = TextNormalizer.foldNoSpaces(origin);
        if (text.isEmpty()) {
            throw QuarantineException.invalid("origin.empty");
        }
        if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            Region region = (text.length() == 2 || text.length() == 4 || text.length() == 6) ? byCode.get(text) : null;
            if (region == null) {
                throw QuarantineException.invalid("origin.unknown", origin.strip());
            }
            return region;
        }
        Set<Region> found = match(text, null, 0);
        if (found.isEmpty()) {
            throw QuarantineException.invalid("origin.unknown", origin.strip());
        }
        if (found.size() > 1) {
            // A prefecture and its seat of the same name (恩施 → 恩施州, 恩施市) classify alike: take the larger one.
            for (Region candidate : found) {
                if (found.stream().allMatch(r -> r.within(candidate))) {
                    return candidate;
                }
            }
            List<Region> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(Region::code));
            StringBuilder names = new StringBuilder();
            for (Region r : sorted) {
                if (names.length() > 0) {
                    names.append(", ");
                }
                names.append(r.fullName()).append(' ').append(r.code());
            }
            throw QuarantineException.invalid("origin.ambiguous", origin.strip(), names.toString());
        }
        return found.iterator().next();
    }

    /**
     * The divisions named by {@code text}, inside {@code scope} when given. A name may be preceded by the names of
     * its ancestors ({@code 河南南阳}, {@code 信阳市固始县}): every split into an ancestor prefix and a rest is tried.
     */
    private Set<Region> match(String text, Region scope, int depth) {
        Set<Region> result = new LinkedHashSet<>();
        for (Region r : byName.getOrDefault(text, Set.of())) {
            // A district alias of Hong Kong, Macau or Taiwan names the province itself (香港九龙 → 81).
            if (scope == null || (r.within(scope) && (!r.equals(scope) || r.code().length() == 2))) {
                result.add(r);
            }
        }
        if (depth >= 2) {
            return result;
        }
        for (int split = 2; split <= text.length() - 2; split++) {
            Set<Region> heads = byName.get(text.substring(0, split));
            if (heads == null) {
                continue;
            }
            String rest = text.substring(split);
            for (Region head : heads) {
                if (head.level() == RegionLevel.COUNTY || (scope != null && !head.within(scope))) {
                    continue;
                }
                result.addAll(match(rest, head, depth + 1));
            }
        }
        return result;
    }

    private static RegionCatalog load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, Set<Region>> byName = new HashMap<>();
        Map<String, String> provinceNames = new HashMap<>();
        for (String[] row : read("provinces.csv")) {
            Region r = new Region(row[0], row[1], RegionLevel.PROVINCE, row[1]);
            byCode.put(r.code(), r);
            provinceNames.put(r.code(), r.name());
            index(byName, r.name(), r);
        }
        for (String[] row : read("hk-mo-tw.csv")) {
            Region r = new Region(row[0], row[1], RegionLevel.PROVINCE, row[1]);
            byCode.put(r.code(), r);
            provinceNames.put(r.code(), r.name());
            index(byName, r.name(), r);
            for (String alias : row[2].split("\\|")) {
                index(byName, alias, r);
            }
        }
        Map<String, String> prefectureNames = new HashMap<>();
        for (String[] row : read("cities.csv")) {
            String province = provinceNames.get(row[2]);
            if (PLACEHOLDERS.contains(row[1])) {
                // Municipalities (北京 11 → 1101 市辖区): the prefecture carries the province's name.
                Region r = new Region(row[0], province, RegionLevel.PREFECTURE, province);
                byCode.put(r.code(), r);
                prefectureNames.put(r.code(), "");
                continue;
            }
            Region r = new Region(row[0], row[1], RegionLevel.PREFECTURE, province + row[1]);
            byCode.put(r.code(), r);
            prefectureNames.put(r.code(), row[1]);
            index(byName, r.name(), r);
        }
        for (String[] row : read("areas.csv")) {
            if (PLACEHOLDERS.contains(row[1])) {
                continue;
            }
            String province = provinceNames.get(row[3]);
            String prefecture = prefectureNames.getOrDefault(row[2], "");
            Region r = new Region(row[0], row[1], RegionLevel.COUNTY, province + prefecture + row[1]);
            byCode.put(r.code(), r);
            index(byName, r.name(), r);
        }
        return new RegionCatalog(byCode, byName);
    }

    private static void index(Map<String, Set<Region>> byName, String name, Region region) {
        String full = TextNormalizer.foldNoSpaces(name);
        byName.computeIfAbsent(full, k -> new LinkedHashSet<>()).add(region);
        String shortName = shortName(full);
        if (!shortName.equals(full) && shortName.length() >= 2) {
            byName.computeIfAbsent(shortName, k -> new LinkedHashSet<>()).add(region);
        }
    }

    /** {@code 河南省} → {@code 河南}, {@code 恩施土家族苗族自治州} → {@code 恩施}, {@code 固始县} → {@code 固始}. */
    static String shortName(String name) {
        String s = name;
        for (String suffix : SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
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
        return s;
    }

    private static List<String[]> read(String file) {
        InputStream in = RegionCatalog.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("bundled region file missing: " + file);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.replace("\"", "").split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
