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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled GB/T 2260 divisions (SPEC §1) and the resolution of an origin as people write it:
 * {@code 411525}, {@code 4113}, {@code 42}, {@code 河南省南阳市}, {@code 南阳}, {@code 河南南阳}, {@code 信阳市固始县},
 * {@code 固始县}, {@code 湖北孝感}, {@code 武汉}, {@code 湖北（武汉）}, {@code 湖北省武汉市汉口火车站}, {@code 襄樊}.
 * Loaded once, lazily, and immutable afterwards.
 */
public final class RegionCatalog {
    /** Longer origins are refused before any work: a place and a note fit easily, and the work stays bounded. */
    public static final int MAX_ORIGIN_LENGTH = 200;
    private static final String BASE = "/dev/quarantine/core/region/";
    /** Placeholder prefectures of the municipalities and province-administered counties: not real names. */
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    /** Identity numbers of Hong Kong, Macau and Taiwan residents' residence permits (810000, 820000, 830000). */
    private static final Set<String> PERMIT_PREFIXES = Set.of("81", "82", "83");

    private static volatile RegionCatalog bundled;

    private final Map<String, Region> byCode;
    private final OriginMatcher matcher;

    private RegionCatalog(Map<String, Region> byCode, OriginMatcher matcher) {
        this.byCode = byCode;
        this.matcher = matcher;
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
     * Whether the 6-digit address code of an identity number names a division in force in the bundled catalog: a
     * county, or a prefecture or province written {@code 420100}, {@code 420000}. Residence permits of Hong Kong,
     * Macau and Taiwan residents (81, 82, 83) count as current; Taiwan's 71 does not (no number carries it). An
     * abolished code ({@code 110103}, 崇文区 until 2010) is real but not current: worth a warning, never a refusal.
     */
    public boolean isCurrentAreaCode(String code6) {
        if (code6 == null || code6.length() != 6 || !digits(code6)) {
            return false;
        }
        String province = code6.substring(0, 2);
        return PERMIT_PREFIXES.contains(province) || (!province.equals("71") && byDigits(code6) != null);
    }

    /**
     * Resolves an origin as written by a person (SPEC §1): a code, or names read from the start of the text; text
     * after the place is allowed and not read.
     *
     * @throws QuarantineException {@code INVALID_INPUT}: {@code origin.empty}, {@code origin.tooLong} (over
     *                             {@link #MAX_ORIGIN_LENGTH} characters), {@code origin.unknown} repeating the input,
     *                             or {@code origin.ambiguous} listing every candidate with its own name and code
     */
    public Region resolve(String origin) {
        return resolveAsTyped(origin).region();
    }

    /**
     * Resolves an origin as {@link #resolve} does, and keeps the text as typed (stripped) when the place is not all it
     * says: {@code 湖北省武汉市汉口火车站} is 4201 with its text; {@code 武汉}, {@code 湖北（武汉）}, {@code 4201} are 4201
     * with none.
     *
     * @throws QuarantineException as {@link #resolve} does
     */
    public ResolvedOrigin resolveAsTyped(String origin) {
        String typed = origin == null ? "" : origin.strip();
        if (typed.length() > MAX_ORIGIN_LENGTH) {
            throw QuarantineException.invalid("origin.tooLong", typed.length(), MAX_ORIGIN_LENGTH);
        }
        String text = TextNormalizer.foldNoSpaces(typed);
        if (text.isEmpty()) {
            throw QuarantineException.invalid("origin.empty");
        }
        if (digits(text)) {
            Region region = byDigits(text);
            if (region == null) {
                throw QuarantineException.invalid("origin.unknown", typed);
            }
            return new ResolvedOrigin(region, null);
        }
        OriginMatcher.Match match = matcher.match(text);
        List<NameIndex.Entry> found = match.entries();
        if (found.isEmpty()) {
            throw QuarantineException.invalid("origin.unknown", typed);
        }
        if (found.stream().map(NameIndex.Entry::region).distinct().count() > 1) {
            List<String> names = found.stream()
                    .sorted(Comparator.comparing((NameIndex.Entry e) -> e.region().code())
                            .thenComparing(NameIndex.Entry::label))
                    .map(e -> e.label() + ' ' + e.region().code()).distinct().toList();
            throw QuarantineException.invalid("origin.ambiguous", typed, String.join(", ", names));
        }
        return new ResolvedOrigin(found.get(0).region(), match.whole() ? null : typed);
    }

    /** The reading of names, for the tests of its bounds (it reads any length; {@link #resolve} limits it). */
    OriginMatcher matcher() {
        return matcher;
    }

    /** A 2-, 4- or 6-digit code; 6 digits may also write a prefecture ({@code 420100}) or province ({@code 420000}). */
    private Region byDigits(String code) {
        Region region = code.length() == 2 || code.length() == 4 || code.length() == 6 ? byCode.get(code) : null;
        if (region == null && code.length() == 6 && code.endsWith("00")) {
            region = byCode.get(code.substring(0, code.endsWith("0000") ? 2 : 4));
        }
        return region;
    }

    private static boolean digits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static RegionCatalog load() {
        Map<String, Region> byCode = new LinkedHashMap<>();
        NameIndex index = new NameIndex();
        Map<String, String> provinceNames = new HashMap<>();
        for (String[] row : read("provinces.csv")) {
            Region r = new Region(row[0], row[1], RegionLevel.PROVINCE, row[1]);
            byCode.put(r.code(), r);
            provinceNames.put(r.code(), r.name());
            index.addDivision(r);
        }
        for (String[] row : read("hk-mo-tw.csv")) {
            Region r = new Region(row[0], row[1], RegionLevel.PROVINCE, row[1]);
            byCode.put(r.code(), r);
            provinceNames.put(r.code(), r.name());
            index.addDivision(r);
            for (String district : row[2].split("\\|")) {
                index.addDistrict(r, district);
            }
        }
        Map<String, String> prefectureNames = new HashMap<>();
        Map<String, Integer> prefectures = new HashMap<>();
        for (String[] row : read("cities.csv")) {
            String province = provinceNames.get(row[2]);
            prefectures.merge(row[2], 1, Integer::sum);
            if (PLACEHOLDERS.contains(row[1])) {
                // Municipalities (北京 11 → 1101 市辖区): the prefecture carries the province's name.
                byCode.put(row[0], new Region(row[0], province, RegionLevel.PREFECTURE, province));
                prefectureNames.put(row[0], "");
                continue;
            }
            Region r = new Region(row[0], row[1], RegionLevel.PREFECTURE, province + row[1]);
            byCode.put(r.code(), r);
            prefectureNames.put(r.code(), row[1]);
            index.addDivision(r);
        }
        for (String[] row : read("areas.csv")) {
            if (PLACEHOLDERS.contains(row[1])) {
                continue;
            }
            String province = provinceNames.get(row[3]);
            String prefecture = prefectureNames.getOrDefault(row[2], "");
            Region r = new Region(row[0], row[1], RegionLevel.COUNTY, province + prefecture + row[1]);
            byCode.put(r.code(), r);
            index.addDivision(r);
        }
        for (String[] row : read("aliases.csv")) {
            Region r = byCode.get(row[1]);
            if (r == null) {
                throw new IllegalStateException("aliases.csv names an unknown code: " + String.join(",", row));
            }
            index.addAlias(row[0], r);
        }
        Set<String> divided = new HashSet<>();
        prefectures.forEach((province, count) -> {
            if (count >= 2) {
                divided.add(province);
            }
        });
        return new RegionCatalog(byCode, new OriginMatcher(index.finish(), divided));
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
