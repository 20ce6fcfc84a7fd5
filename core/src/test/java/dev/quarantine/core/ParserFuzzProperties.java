package dev.quarantine.core;

import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.PersonName;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;
import dev.quarantine.core.region.Region;
import dev.quarantine.core.region.RegionCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Random text into every parser. Each one either parses, to a value that is well formed and reads back (through its
 * {@code toString} or its stored form) as an equal value, or refuses with a {@link QuarantineException} of the kind its
 * contract names ({@code INVALID_INPUT}; a policy file's bad JSON is {@code DATA_FILE}) and a key of its own family;
 * never another exception. Besides plain noise, the inputs include near misses of valid values (typos, full-width
 * digits, spaces, edits of a real policy file), so that both outcomes are exercised.
 */
class ParserFuzzProperties {
    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String POLICY = PolicyJson.write(Policy.zhengzhou2020());
    private static final String OUTCOME = "outcome";

    // ------------------------------------------------------------------ inputs

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> likely = Arbitraries.strings().withChars("0123456789Xx-/.年月日 ¥元+,，０１２３４５６７８９省市县区南阳武汉").ofMaxLength(24);
        return Arbitraries.oneOf(any, likely);
    }

    /** Valid resident numbers, and the same with a typo, in full-width digits, spaced out, or in the 15-digit form. */
    @Provide
    Arbitrary<String> identityText() {
        Arbitrary<String> valid = Combinators.combine(Arbitraries.of("110101", "411525", "420106", "650102", "810000"),
                Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), TODAY.toEpochDay()),
                Arbitraries.strings().numeric().ofLength(3)).as((area, day, seq) -> {
                    String first17 = area + LocalDate.ofEpochDay(day).format(DateTimeFormatter.BASIC_ISO_DATE) + seq;
                    return first17 + ResidentId.checkCharacter(first17);
                });
        Arbitrary<String> typo = Combinators.combine(valid, Arbitraries.integers().between(0, 17),
                Arbitraries.chars().numeric()).as((id, i, c) -> id.substring(0, i) + c + id.substring(i + 1));
        Arbitrary<String> fullWidth = valid.map(ParserFuzzProperties::fullWidth);
        Arbitrary<String> spaced = valid.map(id -> " " + id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14));
        Arbitrary<String> legacy = valid.map(id -> id.substring(0, 6) + id.substring(8, 17));
        return Arbitraries.oneOf(text(), valid, typo, fullWidth, spaced, legacy);
    }

    /** Mobiles and landlines with the decorations people type: {@code +86}, dashes, brackets, spaces. */
    @Provide
    Arbitrary<String> phoneText() {
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.strings().numeric().ofLength(9)).as((second, rest) -> "1" + second + rest);
        Arbitrary<String> landline = Combinators.combine(Arbitraries.of("010", "021", "0371", "0755"),
                Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(9), Arbitraries.integers().between(0, 2))
                .as((area, local, style) -> switch (style) {
                    case 0 -> area + local;
                    case 1 -> area + "-" + local;
                    default -> "(" + area + ")" + local;
                });
        Arbitrary<String> prefix = Arbitraries.of("", "+86", "+86 ", "0086", "86");
        Arbitrary<String> decorated = Combinators.combine(prefix, Arbitraries.oneOf(mobile, landline))
                .as((p, n) -> p + n);
        return Arbitraries.oneOf(text(), decorated, decorated.map(ParserFuzzProperties::fullWidth));
    }

    /** The default policy file with one to three characters deleted, replaced or inserted. */
    @Provide
    Arbitrary<String> policyText() {
        Arbitrary<Character> c = Arbitraries.of('0', '1', '3', '5', '9', '.', '-', 'e', ',', ':', '"', '[', ']', '{', '}',
                ' ', 'X', '*');
        Arbitrary<Function<String, String>> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1), c).as((kind, where, ch) -> s -> {
                    int i = (int) (where * s.length());
                    return switch (kind) {
                        case 0 -> i < s.length() ? s.substring(0, i) + s.substring(i + 1) : s;
                        case 1 -> i < s.length() ? s.substring(0, i) + ch + s.substring(i + 1) : s;
                        default -> s.substring(0, i) + ch + s.substring(i);
                    };
                });
        Arbitrary<String> edited = edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> {
            String s = POLICY;
            for (Function<String, String> e : edits) {
                s = e.apply(s);
            }
            return s;
        });
        return Arbitraries.oneOf(text(), Arbitraries.just(POLICY), edited, edited, edited);
    }

    /** Dates in the forms people type, some impossible (month 13, day 0, a two-digit year, a year out of range). */
    @Provide
    Arbitrary<String> dateText() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(1880, 2120),
                Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 32),
                Arbitraries.integers().between(0, 5)).as((y, m, d, form) -> switch (form) {
                    case 0 -> String.format(Locale.ROOT, "%d-%02d-%02d", y, m, d);
                    case 1 -> y + "/" + m + "/" + d;
                    case 2 -> y + "." + m + "." + d;
                    case 3 -> y + "年" + m + "月" + d + "日";
                    case 4 -> String.format(Locale.ROOT, "%02d-%d-%d", y % 100, m, d);
                    default -> String.format(Locale.ROOT, "%d%02d%02d", y, m, d);
                });
        return Arbitraries.oneOf(text(), date, date.map(ParserFuzzProperties::fullWidth));
    }

    /** A date of {@link #dateText} with a time (some impossible), and sometimes an offset or a zone. */
    @Provide
    Arbitrary<String> timestampText() {
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61), Arbitraries.integers().between(-1, 60))
                .as((h, m, sec) -> String.format(Locale.ROOT, "%d:%02d", h, m)
                        + (sec < 0 ? "" : String.format(Locale.ROOT, ":%02d", sec)));
        Arbitrary<String> suffix = Arbitraries.of("", "", "+08:00", "Z", "-05:30", "+8", "[Asia/Shanghai]",
                "+08:00[Asia/Shanghai]");
        Arbitrary<String> stamp = Combinators.combine(dateText(), Arbitraries.of("T", " ", "  "), time, suffix)
                .as((d, sep, t, z) -> d + sep + t + z);
        return Arbitraries.frequencyOf(Tuple.of(1, text()), Tuple.of(3, stamp));
    }

    /** Room lists: numbers, ranges and codes joined by the separators people use. */
    @Provide
    Arbitrary<String> roomText() {
        Arbitrary<String> number = Arbitraries.integers().between(1, 1300).map(String::valueOf);
        Arbitrary<String> range = Combinators.combine(Arbitraries.integers().between(0, 1300),
                Arbitraries.integers().between(-3, 40), Arbitraries.of("", "0"))
                .as((from, length, pad) -> pad + from + "-" + pad + (from + length));
        Arbitrary<String> code = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> part = Arbitraries.oneOf(number, range, code);
        Arbitrary<String> list = part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(",", parts));
        return Arbitraries.oneOf(text(), list, list.map(s -> s.replace(",", "，")), list.map(s -> s.replace(",", "、")));
    }

    /** Codes and names of real divisions, and noise. */
    @Provide
    Arbitrary<String> originText() {
        List<Region> regions = List.copyOf(RegionCatalog.bundled().all());
        Arbitrary<Region> region = Arbitraries.of(regions);
        return Arbitraries.oneOf(text(), region.map(Region::code), region.map(Region::name),
                region.map(Region::fullName), region.map(r -> r.code() + "0".repeat(6 - r.code().length())));
    }

    // ------------------------------------------------------------------ the one rule for every parser

    /**
     * Runs {@code parser}: a value must satisfy {@code check}; a failure must be a {@link QuarantineException} of
     * {@code INVALID_INPUT} (or one of {@code kinds}) whose key starts with one of {@code keys}.
     */
    private static <T> void parsesOrRefuses(Function<String, T> parser, String input, Consumer<T> check,
                                            List<String> keys, ErrorKind... kinds) {
        T value;
        try {
            value = parser.apply(input);
        } catch (QuarantineException e) {
            Set<ErrorKind> allowed = kinds.length == 0 ? Set.of(ErrorKind.INVALID_INPUT) : Set.of(kinds);
            assertThat(allowed).as("kind of %s for %s", e.key(), show(input)).contains(e.kind());
            assertThat(keys).as("key of the refusal of %s", show(input)).anyMatch(k -> e.key().startsWith(k));
            // The key is in both catalogs (an unknown key reads as itself and its arguments).
            String unknown = e.key() + (e.args().length == 0 ? "" : " " + Arrays.toString(e.args()));
            assertThat(e.message(Locale.ROOT)).isNotBlank().isNotEqualTo(unknown);
            assertThat(e.message(Locale.CHINESE)).isNotBlank().isNotEqualTo(unknown);
            Statistics.label(OUTCOME).collect("refused");
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("not a QuarantineException for " + show(input), e);
        }
        assertThat(value).as("parse of %s", show(input)).isNotNull();
        check.accept(value);
        Statistics.label(OUTCOME).collect("parsed");
    }

    /** For a property whose inputs hold valid values as well as noise: both outcomes must have been seen. */
    private static void bothOutcomesSeen() {
        Statistics.label(OUTCOME).coverage(c -> {
            c.check("parsed").count(n -> n > 0);
            c.check("refused").count(n -> n > 0);
        });
    }

    private static String show(String input) {
        StringBuilder s = new StringBuilder("\"");
        input.codePoints().forEach(cp -> s.append(cp < 0x20 || cp > 0x7e && cp < 0xa0
                ? String.format("\\u%04x", cp) : new String(Character.toChars(cp))));
        return s.append('"').toString();
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ identity documents

    @Property(tries = 3000)
    void residentNumbers(@ForAll("identityText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(t -> ResidentId.parse(t, TODAY), s, id -> {
            String n = id.number();
            assertThat(n).matches("\\d{17}[\\dX]");
            assertThat(ResidentId.checkCharacter(n)).isEqualTo(n.charAt(17));
            assertThat(id.birthDate()).isEqualTo(LocalDate.parse(n.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE))
                    .isBeforeOrEqualTo(TODAY);
            assertThat(id.birthDate().getYear()).isGreaterThanOrEqualTo(1880);
            assertThat(id.sex()).isEqualTo((n.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
            assertThat(ResidentId.parse(id.toString(), TODAY)).isEqualTo(id);
        }, List.of("id.resident."));
    }

    @Property(tries = 3000)
    void otherDocuments(@ForAll("identityText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(t -> IdentityDocument.parse(IdType.PASSPORT, t, TODAY), s, doc -> {
            if (doc.type() == IdType.RESIDENT) {
                // A resident number typed as a passport stays the person's resident number.
                assertThat(doc.number()).isEqualTo(ResidentId.parse(s, TODAY).number());
                assertThat(doc.masked()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            } else {
                assertThat(doc.type()).isEqualTo(IdType.PASSPORT);
                assertThat(doc.number()).matches("[A-Z0-9]{5,20}");
                assertThat(doc.sex()).isNull();
                assertThat(doc.birthDate()).isNull();
                assertThat(doc.masked()).hasSameSizeAs(doc.number());
                assertThat(doc.masked().chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(4);
            }
            assertThat(IdentityDocument.parse(IdType.PASSPORT, doc.number(), TODAY)).isEqualTo(doc);
        }, List.of("id.document.format"));
    }

    @Property(tries = 1000)
    void identityTypes(@ForAll("text") String s) {
        parsesOrRefuses(IdType::parse, s, type -> {
            assertThat(IdType.parse(type.id())).isSameAs(type);
            assertThat(IdType.parse(type.chinese())).isSameAs(type);
            assertThat(IdType.parse(type.name())).isSameAs(type);
        }, List.of("id.type"));
    }

    // ------------------------------------------------------------------ phones and names

    @Property(tries = 3000)
    void phones(@ForAll("phoneText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(Phone::parse, s, phone -> {
            // A mobile, or a landline whose area code has 3 digits after 01 and 02, else 4.
            assertThat(phone.number()).matches("1[3-9]\\d{9}|0[12]\\d-\\d{7,8}|0[03-9]\\d{2}-\\d{7,8}");
            assertThat(Phone.parse(phone.toString())).isEqualTo(phone);
            String n = phone.number();
            assertThat(phone.masked()).contains("****").endsWith(n.substring(n.length() - 4));
            assertThat(phone.masked().chars().filter(Character::isDigit).count())
                    .as("digits %s shows of %s", phone.masked(), n)
                    .isLessThanOrEqualTo(n.chars().filter(Character::isDigit).count() - 3);
        }, List.of("phone."));
    }

    @Property(tries = 3000)
    void names(@ForAll("text") String s) {
        parsesOrRefuses(PersonName::parse, s, name -> {
            assertThat(name.codePointCount(0, name.length())).isBetween(1, 50);
            assertThat(name).isEqualTo(name.strip()).doesNotContain("  ").doesNotContain("\u3000");
            assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
            assertThat(name.codePoints()).allMatch(cp -> Character.isLetter(cp) || " ·•-'.\u30FB".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.NON_SPACING_MARK);
            assertThat(PersonName.parse(name)).isEqualTo(name);
        }, List.of("name."));
    }

    // ------------------------------------------------------------------ money and temperatures

    @Property(tries = 3000)
    void money(@ForAll("text") String s) {
        parsesOrRefuses(Money::parse, s, ParserFuzzProperties::checkMoney, List.of("money."));
    }

    /** Every amount up to the limit reads back from both its forms; one fen more is refused as too large. */
    @Property(tries = 1000)
    void amountsReadBack(@ForAll @LongRange(min = 0, max = 2 * Money.MAX_FEN) long fen) {
        String plain = String.format(Locale.ROOT, "%d.%02d", fen / 100, fen % 100);
        String display = String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
        for (String text : List.of(plain, display, plain + "元")) {
            if (fen <= Money.MAX_FEN) {
                assertThat(Money.parse(text)).isEqualTo(Money.ofFen(fen));
            } else {
                parsesOrRefuses(Money::parse, text, m -> fail("%s is over the limit, yet parsed as %s", text, m),
                        List.of("money.tooLarge"));
            }
        }
    }

    private static void checkMoney(Money m) {
        assertThat(m.fen()).isBetween(0L, Money.MAX_FEN);
        assertThat(m.toString()).matches("\\d+\\.\\d{2}");
        assertThat(Money.parse(m.toString())).isEqualTo(m);
        assertThat(Money.parse(m.display())).isEqualTo(m);
    }

    @Property(tries = 3000)
    void temperatures(@ForAll("text") String s) {
        parsesOrRefuses(Temperature::parse, s, t -> {
            assertThat(t.tenths()).isBetween(0, 9999);
            assertThat(Temperature.parse(t.toString())).isEqualTo(t);
        }, List.of("temperature.format"));
    }

    @Property(tries = 1000)
    void temperaturesReadBackWithTheirUnits(@ForAll @IntRange(min = 0, max = 9999) int tenths,
                                            @ForAll("units") String unit) {
        Temperature t = Temperature.ofTenths(tenths);
        assertThat(Temperature.parse(t + unit)).isEqualTo(t);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of("", "℃", "°C", "度", "C", " °C");
    }

    // ------------------------------------------------------------------ dates and timestamps

    @Property(tries = 3000)
    void dates(@ForAll("dateText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(Dates::parse, s, ParserFuzzProperties::checkDate, List.of("date."));
    }

    /** Each form of a date reads back to it inside the years allowed, and is refused as out of range outside them. */
    @Property(tries = 1000)
    void datesReadBackInEveryForm(@ForAll @LongRange(min = -40_000, max = 70_000) long epochDay) {
        LocalDate d = LocalDate.ofEpochDay(epochDay);
        boolean inRange = d.getYear() >= Dates.FIRST_YEAR && d.getYear() <= Dates.LAST_YEAR;
        for (String text : List.of(d.toString(), d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth(),
                d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日",
                d.format(DateTimeFormatter.BASIC_ISO_DATE))) {
            if (inRange) {
                assertThat(Dates.parse(text)).as(text).isEqualTo(d);
            } else {
                parsesOrRefuses(Dates::parse, text, x -> fail("%s is out of range, yet parsed as %s", text, x),
                        List.of("date.outOfRange"));
            }
        }
    }

    private static void checkDate(LocalDate d) {
        assertThat(d.getYear()).isBetween(Dates.FIRST_YEAR, Dates.LAST_YEAR);
        assertThat(Dates.parse(d.toString())).isEqualTo(d);
    }

    @Property(tries = 3000)
    void timestamps(@ForAll("timestampText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(t -> Dates.parseTimestamp(t, SHANGHAI), s, ParserFuzzProperties::checkTimestamp,
                List.of("timestamp.", "date."));
    }

    /** Local times people type, with and without seconds, and the ISO form with an offset. */
    @Property(tries = 1000)
    void timestampsReadBack(@ForAll @LongRange(min = -3_000_000_000L, max = 4_000_000_000L) long epochSecond) {
        ZonedDateTime z = java.time.Instant.ofEpochSecond(epochSecond).atZone(SHANGHAI);
        String local = z.toLocalDate() + "T" + String.format(Locale.ROOT, "%02d:%02d:%02d", z.getHour(), z.getMinute(), z.getSecond());
        parsesOrRefuses(t -> Dates.parseTimestamp(t, SHANGHAI), z.toOffsetDateTime().toString(), parsed -> {
            assertThat(parsed.toInstant()).isEqualTo(z.toInstant());
            checkTimestamp(parsed);
        }, List.of("date.outOfRange"));
        parsesOrRefuses(t -> Dates.parseTimestamp(t, SHANGHAI), local, parsed -> {
            assertThat(parsed.toLocalDateTime()).isEqualTo(z.toLocalDateTime());
            checkTimestamp(parsed);
        }, List.of("date.outOfRange"));
    }

    private static void checkTimestamp(ZonedDateTime t) {
        assertThat(t.getZone()).isEqualTo(SHANGHAI);
        assertThat(t.getYear()).isBetween(Dates.FIRST_YEAR, Dates.LAST_YEAR);
        assertThat(Dates.parseTimestamp(t.toOffsetDateTime().toString(), SHANGHAI)).isEqualTo(t);
    }

    // ------------------------------------------------------------------ origins, rooms, policies

    @Property(tries = 3000)
    void origins(@ForAll("originText") String s) {
        bothOutcomesSeen();
        RegionCatalog catalog = RegionCatalog.bundled();
        parsesOrRefuses(catalog::resolve, s, region -> {
            assertThat(region.code()).matches("\\d{2}|\\d{4}|\\d{6}");
            assertThat(region.fullName()).endsWith(region.name());
            assertThat(catalog.resolve(region.code())).isEqualTo(region);
            if (s.strip().matches("\\d{2}|\\d{4}|\\d{6}") && catalog.byCode(s.strip()).isPresent()) {
                assertThat(region.code()).isEqualTo(s.strip());
            }
        }, List.of("origin."));
    }

    @Property(tries = 3000)
    void rooms(@ForAll("roomText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(RoomSpec::parse, s, rooms -> {
            assertThat(rooms).isNotEmpty().hasSizeLessThanOrEqualTo(10_000);
            assertThat(new HashSet<>(rooms)).hasSameSizeAs(rooms);
            assertThat(rooms).allMatch(r -> r.matches("[A-Za-z0-9]{1,10}"));
            assertThat(RoomSpec.parse(String.join(",", rooms))).isEqualTo(rooms);
        }, List.of("rooms."));
    }

    @Property(tries = 3000)
    void policies(@ForAll("policyText") String s) {
        bothOutcomesSeen();
        parsesOrRefuses(PolicyJson::parse, s, p -> assertThat(PolicyJson.parse(PolicyJson.write(p))).isEqualTo(p),
                List.of("policy.", "temperature."), ErrorKind.INVALID_INPUT, ErrorKind.DATA_FILE);
    }
}
