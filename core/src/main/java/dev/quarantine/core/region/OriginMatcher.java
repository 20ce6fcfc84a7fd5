package dev.quarantine.core.region;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the place an origin starts with (SPEC §1): a chain of names, each inside the one before
 * ({@code 河南省信阳市固始县}, {@code 湖北（武汉）}), the longest chain winning, and text after it kept but not read
 * ({@code 湖北省武汉市汉口火车站}). Only a bounded prefix of the text is ever looked at: at most {@link #MAX_LINKS}
 * names of at most {@link NameIndex#longest()} characters each.
 */
final class OriginMatcher {
    /** What every run of punctuation between the parts becomes. */
    static final char SEP = '|';
    /** Province, prefecture, county, and one alias inside the county or prefecture ({@code 武汉市汉口}). */
    private static final int MAX_LINKS = 4;
    /** After a bare short name these start another place or a street, not a separate word (南阳镇, 南京路). */
    private static final String PLACE_CHARS = "省市县区州盟旗镇乡村路街道巷";
    /** Words that may follow a bare short name directly ({@code 武汉返乡}, {@code 南阳人}); any other text may not. */
    private static final List<String> TRAILING_WORDS = List.of("返乡", "返回", "返", "回", "来", "务工", "打工",
            "火车站", "高铁站", "东站", "西站", "南站", "北站", "站", "机场", "人", "籍");
    private static final List<String> COUNTRY = List.of("中华人民共和国", "中国");

    /** One name read: the reading, where it ends, how many names the chain has, and whether the name was bare. */
    private record Step(NameIndex.Entry entry, int end, int links, boolean bare) {
    }

    /**
     * What {@link #match} found: the readings of the place, and whether the place is all the text says (nothing but
     * punctuation after it) or text follows it ({@code 湖北省武汉市汉口火车站}).
     */
    record Match(List<NameIndex.Entry> entries, boolean whole) {
        static final Match NONE = new Match(List.of(), true);
    }

    private final NameIndex index;
    /** Provinces with two or more prefectures: naming only such a province before other text is too vague. */
    private final Set<String> dividedProvinces;

    OriginMatcher(NameIndex index, Set<String> dividedProvinces) {
        this.index = index;
        this.dividedProvinces = Set.copyOf(dividedProvinces);
    }

    /**
     * The readings of the place {@code text} starts with: one region, several (ambiguous, each with its own label),
     * or none (unknown, or a place followed by text that might change what it means).
     *
     * @param text the origin folded by {@code TextNormalizer.foldNoSpaces}
     */
    Match match(String text) {
        String s = withoutCountry(separate(text));
        List<Step> steps = new ArrayList<>();
        collect(s, 0, null, 0, steps);
        // The longest reading wins; of its readings, the largest kind of place (a province's or prefecture's own
        // name before a county's, a mainland name before a Hong Kong or Taiwan district). Ties stay ambiguous.
        int end = steps.stream().mapToInt(Step::end).max().orElse(-1);
        int tier = steps.stream().filter(st -> st.end() == end).mapToInt(st -> st.entry().tier()).min().orElse(0);
        Map<Region, List<Step>> best = new LinkedHashMap<>();
        for (Step st : steps) {
            if (st.end() == end && st.entry().tier() == tier) {
                best.computeIfAbsent(st.entry().region(), r -> new ArrayList<>()).add(st);
            }
        }
        if (best.size() > 1) {
            return new Match(best.values().stream().flatMap(List::stream).map(Step::entry).distinct().toList(), true);
        }
        if (best.isEmpty() || !trailingAllowed(s, end, best.values().iterator().next())) {
            return Match.NONE;
        }
        return new Match(List.of(best.values().iterator().next().get(0).entry()), rest(s, end).isEmpty());
    }

    /** The text after the place, without the separators. */
    private static String rest(String s, int end) {
        return s.substring(end).replace(String.valueOf(SEP), "");
    }

    /** Reads every name at {@code from} inside {@code scope}, and the chains that continue after it. */
    private void collect(String s, int from, Region scope, int links, List<Step> out) {
        int start = from < s.length() && s.charAt(from) == SEP ? from + 1 : from;
        int last = Math.min(s.length(), start + index.longest());
        for (int end = start + 1; end <= last && s.charAt(end - 1) != SEP; end++) {
            String name = s.substring(start, end);
            for (NameIndex.Entry e : index.get(name)) {
                Region r = e.region();
                if (scope != null && !(r.within(scope) && (e.alias() || !r.equals(scope)))) {
                    continue;
                }
                boolean bare = !NameIndex.suffixed(name);
                if (!bare || end == s.length() || PLACE_CHARS.indexOf(s.charAt(end)) < 0) {
                    out.add(new Step(e, end, links + 1, bare));
                }
                if (r.level() != RegionLevel.COUNTY && links + 1 < MAX_LINKS) {
                    collect(s, end, r, links + 1, out);
                }
            }
        }
    }

    /**
     * Text after the place is kept as typed and not read, unless it might change the place: after a province that
     * has several prefectures ({@code 河南省南洋市} is not Henan at large), after a single bare name run on into
     * other text ({@code 中山大学} is in Guangzhou), making a market of a city ({@code 南阳市场}), or starting with
     * another place that is neither inside nor around it ({@code 吉林吉林松原}: 吉林市 or 松原?).
     */
    private boolean trailingAllowed(String s, int end, List<Step> steps) {
        String rest = rest(s, end);
        if (rest.isEmpty()) {
            return true;
        }
        Region region = steps.get(0).entry().region();
        if (region.level() == RegionLevel.PROVINCE && dividedProvinces.contains(region.code())) {
            return false;
        }
        if (s.charAt(end - 1) == '市' && rest.startsWith("场")) {
            return false;
        }
        boolean loose = steps.stream().allMatch(st -> st.links() == 1 && st.bare());
        if (loose && s.charAt(end) != SEP && TRAILING_WORDS.stream().noneMatch(rest::startsWith)) {
            return false;
        }
        List<Step> next = new ArrayList<>();
        collect(s, end, null, MAX_LINKS - 1, next); // names only, no chains
        return next.stream().map(st -> st.entry().region()).allMatch(r -> r.within(region) || region.within(r));
    }

    /** Every run of characters that are neither letters nor digits becomes one {@link #SEP}; leading ones go. */
    static String separate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) { // surrogates: rare ideographs
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != SEP) {
                out.append(SEP);
            }
        }
        return out.toString();
    }

    /** {@code 中国香港}, {@code 中国台湾}: the country is not part of the place. */
    private static String withoutCountry(String s) {
        for (String country : COUNTRY) {
            if (s.startsWith(country) && s.length() > country.length()) {
                String rest = s.substring(country.length());
                return rest.charAt(0) == SEP ? rest.substring(1) : rest;
            }
        }
        return s;
    }
}
