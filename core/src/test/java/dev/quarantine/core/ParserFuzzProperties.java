package dev.quarantine.core;

import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.hotel.RoomSpec;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.PersonName;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.person.ResidentId;
import dev.quarantine.core.policy.PolicyJson;
import dev.quarantine.core.region.RegionCatalog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Random text into every parser: each one parses or throws a typed {@link QuarantineException}, nothing else. */
class ParserFuzzProperties {
    private static final LocalDate TODAY = LocalDate.of(2020, 2, 10);

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> likely = Arbitraries.strings().withChars("0123456789Xx-/.年月日 ¥元+,，０１２３４５６７８９省市县区南阳武汉").ofMaxLength(24);
        return Arbitraries.oneOf(any, likely);
    }

    private static void parsesOrRefuses(Function<String, ?> parser, String input) {
        try {
            assertThat(parser.apply(input)).isNotNull();
        } catch (QuarantineException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 3000)
    void identityNumbers(@ForAll("text") String s) {
        parsesOrRefuses(t -> ResidentId.parse(t, TODAY), s);
        parsesOrRefuses(t -> IdentityDocument.parse(IdType.PASSPORT, t, TODAY), s);
        parsesOrRefuses(IdType::parse, s);
    }

    @Property(tries = 3000)
    void phonesNamesAndMoney(@ForAll("text") String s) {
        parsesOrRefuses(Phone::parse, s);
        parsesOrRefuses(PersonName::parse, s);
        parsesOrRefuses(Money::parse, s);
        parsesOrRefuses(Temperature::parse, s);
    }

    @Property(tries = 3000)
    void datesAndTimestamps(@ForAll("text") String s) {
        parsesOrRefuses(Dates::parse, s);
        parsesOrRefuses(t -> Dates.parseTimestamp(t, ZoneId.of("Asia/Shanghai")), s);
    }

    @Property(tries = 3000)
    void originsRoomsAndPolicies(@ForAll("text") String s) {
        parsesOrRefuses(RegionCatalog.bundled()::resolve, s);
        parsesOrRefuses(RoomSpec::parse, s);
        parsesOrRefuses(PolicyJson::parse, s);
    }
}
