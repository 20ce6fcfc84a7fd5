package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.Message;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.result.RegisterResult;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.roster.Problem;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.idOf;
import static dev.quarantine.core.desk.DeskFixture.person;
import static dev.quarantine.core.desk.DeskFixture.phoneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Registration (SPEC §1–§4): a new case, its classification and period, duplicates, one open case, bad input. */
public interface RegistrationContract extends DeskFixture {

    @Test
    default void aRegistrationOpensACaseHoldingWhatWasTypedNormalized() {
        RegisterResult r = desk().cases().register(new RegistrationInput("\u3000王伟 ", "身份证", idOf(1), "+86 138-0370-0001",
                "南阳", "2020年2月3日", "祭城路社区", "金水路 1 号", "是", "由社区送来"));
        assertThat(r.duplicate()).isFalse();
        assertThat(r.warnings()).isEmpty();
        CaseView c = r.caseView();
        assertThat(c.caseNumber()).isEqualTo("Q000001");
        assertThat(c.name()).isEqualTo("王伟");
        assertThat(c.idType()).isEqualTo(IdType.RESIDENT);
        assertThat(c.idNumber()).isEqualTo(idOf(1));
        assertThat(c.sex()).isEqualTo(Sex.MALE);
        assertThat(c.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(c.phone()).isEqualTo(phoneOf(1));
        assertThat(c.origin()).isEqualTo("河南省南阳市");
        assertThat(c.originCode()).isEqualTo("4113");
        assertThat(c.category()).isEqualTo(Category.IN_PROVINCE_HIGH_RISK);
        assertThat(c.periodDays()).isEqualTo(7);
        assertThat(c.arrivalDate()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(c.eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 10));
        assertThat(c.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(c.setting()).isEqualTo(Setting.HOME);
        assertThat(c.hotel()).isNull();
        assertThat(c.room()).isNull();
        assertThat(c.block()).isZero();
        assertThat(c.doorTag()).isEqualTo(DoorTag.YELLOW);
        assertThat(c.policyId()).isEqualTo("zhengzhou-2020-02");
        assertThat(c.community()).isEqualTo("祭城路社区");
        assertThat(c.address()).isEqualTo("金水路 1 号");
        assertThat(c.groupRenter()).isTrue();
        assertThat(c.notes()).isEqualTo("由社区送来");
        assertThat(c.registeredAt()).isEqualTo(clock().instant());
        assertThat(c.admittedAt()).isNull();
        assertThat(desk().cases().show("Q000001")).isEqualTo(c);
        assertThat(desk().cases().show(idOf(1))).isEqualTo(c);
        assertThat(desk().cases().list(CaseFilter.ALL)).containsExactly(c);
    }

    static Stream<Arguments> origins() {
        return Stream.of(
                arguments("南阳", "4113", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                arguments("商丘市", "4114", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                arguments("信阳市固始县", "411525", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                arguments("周口", "4116", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                arguments("4117", "4117", Category.IN_PROVINCE_HIGH_RISK, 7, DoorTag.YELLOW),
                arguments("武汉", "4201", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("42", "42", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("110105", "110105", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("香港", "81", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("澳门", "82", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("台湾", "71", Category.OUT_OF_PROVINCE, 14, DoorTag.RED),
                arguments("郑州", "4101", Category.NOT_REQUIRED, 0, null),
                arguments("开封市", "4102", Category.NOT_REQUIRED, 0, null));
    }

    /** SPEC §2: the default policy's categories, periods and door tags; a case needing none is a roster record only. */
    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("origins")
    default void theDefaultPolicyClassifiesByOrigin(String origin, String code, Category category, int days,
                                                     DoorTag tag) {
        CaseView c = register(1, origin, "2020-02-01");
        assertThat(c.originCode()).isEqualTo(code);
        assertThat(c.category()).isEqualTo(category);
        assertThat(c.periodDays()).isEqualTo(days);
        assertThat(c.doorTag()).isEqualTo(tag);
        assertThat(c.eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 1).plusDays(days));
        assertThat(c.status()).isEqualTo(days == 0 ? CaseStatus.NOT_REQUIRED : CaseStatus.REGISTERED);
        Classification check = desk().checkOrigin(origin, LocalDate.of(2020, 2, 1));
        assertThat(check.category()).isEqualTo(category);
        assertThat(check.days()).isEqualTo(days);
        assertThat(desk().cases().show(c.caseNumber())).isEqualTo(c);
    }

    static Stream<Arguments> originsAsTyped() {
        return Stream.of(
                arguments("湖北省武汉市汉口火车站", "4201", "湖北省武汉市", "湖北省武汉市汉口火车站"),
                arguments(" 衡水市武邑县务工返乡\u3000", "131122", "河北省衡水市武邑县", "衡水市武邑县务工返乡"),
                arguments("武汉返乡", "4201", "湖北省武汉市", "武汉返乡"),
                // The resolver read all of it: nothing more was typed than the place.
                arguments("武汉", "4201", "湖北省武汉市", "湖北省武汉市"),
                arguments("湖北（武汉）", "4201", "湖北省武汉市", "湖北省武汉市"),
                arguments("湖北省武汉市", "4201", "湖北省武汉市", "湖北省武汉市"),
                arguments("4201", "4201", "湖北省武汉市", "湖北省武汉市"));
    }

    /**
     * Issue 18: text after the place ({@code 湖北省武汉市汉口火车站}) leaves the leading place to decide and is kept whole,
     * as typed (trimmed); an origin that is only the place keeps nothing more, and its text is the origin itself.
     */
    @ParameterizedTest(name = "{0} → {1}, as typed {3}")
    @MethodSource("originsAsTyped")
    default void anOriginWithTextAfterThePlaceIsResolvedAndKeptAsTyped(String typed, String code, String origin,
                                                                       String originText) {
        CaseView c = register(1, typed, "2020-02-03");
        assertThat(c.originCode()).isEqualTo(code);
        assertThat(c.origin()).isEqualTo(origin);
        assertThat(c.originText()).isEqualTo(originText);
        assertThat(c.category()).isEqualTo(Category.OUT_OF_PROVINCE);
        assertThat(desk().cases().show("Q000001")).isEqualTo(c);
        assertThat(desk().cases().list(CaseFilter.ALL)).containsExactly(c);
    }

    /** Text kept beyond the place is a one-line field like any other: an escape sequence in it is refused. */
    @Test
    default void anOriginWhoseKeptTextHoldsAControlCharacterIsRefused() {
        State before = state();
        InvalidRegistrationException e = (InvalidRegistrationException) failure(ErrorKind.INVALID_INPUT,
                "register.invalid", () -> desk().cases().register(person(1, "武汉火车站\u001b[2J", "2020-02-03")));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("origin");
        assertThat(e.problems().get(0).message().key()).isEqualTo("text.control");
        assertThat(state()).isEqualTo(before);
    }

    /**
     * Issue 18: a resident number whose area code is no current division (110103, 崇文区 of Beijing, merged into 东城区
     * in 2010) is real: the person is registered, with one warning naming the number masked and the area code.
     */
    @Test
    default void anIdentityNumberOfAnAbolishedAreaIsRegisteredWithAWarning() {
        String abolished = DeskFixture.id("110103", "19900101", "001");
        RegisterResult r = desk().cases().register(new RegistrationInput("王伟", null, abolished, phoneOf(1), "南阳",
                "2020-02-03", null, null, null, null));
        assertThat(r.duplicate()).isFalse();
        assertThat(r.caseView().idNumber()).isEqualTo(abolished);
        assertThat(r.caseView().status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.key()).isEqualTo("register.areaNotCurrent");
            assertThat(w.args()).containsExactly("110103********" + abolished.substring(14), "110103");
        });
        // A current area (110101, 东城区) gives none.
        RegisterResult current = desk().cases().register(new RegistrationInput("李娜", null,
                DeskFixture.id("110101", "19900101", "002"), phoneOf(2), "南阳", "2020-02-03", null, null, null, null));
        assertThat(current.warnings()).isEmpty();
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                arguments("2020-02-01", "南阳", "2020-02-08"),
                arguments("2020-02-01", "武汉", "2020-02-15"),
                arguments("2020-02-28", "南阳", "2020-03-06"),
                arguments("2020-02-28", "武汉", "2020-03-13"));
    }

    /** SPEC §3: the arrival is day 1; a period of N days makes the person eligible on D+N. */
    @ParameterizedTest(name = "arrived {0} from {1} → eligible {2}")
    @MethodSource("periods")
    default void theEligibleDateIsTheArrivalPlusThePeriod(String arrived, String origin, String eligible) {
        now("2020-03-01T09:00");
        CaseView c = register(1, origin, arrived);
        assertThat(c.eligibleDate()).isEqualTo(LocalDate.parse(eligible));
        assertThat(c.lastDay()).isEqualTo(LocalDate.parse(eligible).minusDays(1));
    }

    static Stream<Arguments> duplicates() {
        return Stream.of(
                arguments("王伟", phoneOf(1), List.of()),
                arguments("王伟", "13912345678", List.of("register.duplicatePhone")),
                arguments("王炜", phoneOf(1), List.of("register.duplicateName")),
                arguments("王炜", "13912345678", List.of("register.duplicateName", "register.duplicatePhone")));
    }

    /** SPEC §4: the same person with the same arrival again is a duplicate: reported, never a second case. */
    @ParameterizedTest(name = "again as {0} {1}")
    @MethodSource("duplicates")
    default void theSamePersonAndArrivalAgainIsADuplicateNotASecondCase(String name, String phone, List<String> keys) {
        CaseView first = register(1, "南阳", "2020-02-03");
        RegisterResult again = desk().cases().register(new RegistrationInput(name, null, idOf(1), phone, "南阳市", "2020/2/3",
                null, null, null, null));
        assertThat(again.duplicate()).isTrue();
        assertThat(again.caseView()).isEqualTo(first);
        assertThat(again.warnings()).extracting(Message::key).containsExactlyElementsOf(keys);
        assertThat(desk().cases().list(CaseFilter.ALL)).containsExactly(first);
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).containsExactly("register");
    }

    static Stream<Arguments> documents() {
        return Stream.of(arguments("身份证", idOf(7)), arguments("护照", "E12345678"), arguments("其他", "H0123456789"));
    }

    /** SPEC §4: at most one open case per person, whatever the document; the refusal names the open case. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("documents")
    default void aPersonWithAnOpenCaseCannotOpenASecond(String type, String number) {
        RegistrationInput first = new RegistrationInput("王伟", type, number, phoneOf(1), "南阳", "2020-02-01", null,
                null, null, null);
        CaseView open = desk().cases().register(first).caseView();
        assertThat(desk().cases().register(first).duplicate()).isTrue();
        State before = state();
        QuarantineException e = failure(ErrorKind.REFUSED, "case.openExists", () -> desk().cases().register(
                new RegistrationInput("王伟", type, number, phoneOf(1), "武汉", "2020-02-03", null, null, null, null)));
        assertThat(e.args()).contains(open.caseNumber(), CaseStatus.REGISTERED);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void aCaseThatNeedsNoQuarantineIsNotOpenAndDoesNotBlockALaterArrival() {
        CaseView record = register(1, "郑州", "2020-02-01");
        CaseView later = register(1, "南阳", "2020-02-03");
        assertThat(later.caseNumber()).isEqualTo("Q000002");
        assertThat(desk().cases().show(record.caseNumber()).status()).isEqualTo(CaseStatus.NOT_REQUIRED);
        assertThat(desk().cases().show(idOf(1))).isEqualTo(later);
    }

    /** SPEC §4: a new arrival after a closed case opens a new case; the identity number then names the new one. */
    @ParameterizedTest(name = "after {0}")
    @CsvSource({"RELEASED", "TRANSFERRED", "CANCELLED"})
    default void aNewArrivalAfterAClosedCaseOpensANewCase(CaseStatus closed) {
        register(1, "南阳", "2020-02-01");
        now("2020-02-08T10:00");
        switch (closed) {
            case RELEASED -> desk().cases().release("Q000001", "张医生", null, null);
            case TRANSFERRED -> desk().cases().transfer("Q000001", "郑州市第六人民医院");
            default -> desk().cases().cancel("Q000001", null);
        }
        RegisterResult again = desk().cases().register(person(1, "武汉", "2020-02-08"));
        assertThat(again.duplicate()).isFalse();
        assertThat(again.caseView().caseNumber()).isEqualTo("Q000002");
        assertThat(desk().cases().show("Q000001").status()).isEqualTo(closed);
        assertThat(desk().cases().show(idOf(1))).isEqualTo(again.caseView());
    }

    @Test
    default void theSameNameAndPhoneUnderAnotherIdentityNumberIsAWarning() {
        register(1, "南阳", "2020-02-03");
        RegisterResult r = desk().cases().register(new RegistrationInput(DeskFixture.nameOf(1), null, idOf(3), phoneOf(1),
                "南阳", "2020-02-03", null, null, null, null));
        assertThat(r.duplicate()).isFalse();
        assertThat(r.caseView().caseNumber()).isEqualTo("Q000002");
        assertThat(r.warnings()).extracting(Message::key).containsExactly("register.possibleDuplicate");
    }

    /** Many people of one name and phone: the first three are named, the rest counted as one warning more. */
    @Test
    default void theSameNameAndPhoneUnderManyIdentityNumbersNamesTheFirstThree() {
        for (int n = 1; n <= 5; n++) {
            desk().cases().register(new RegistrationInput("王伟", null, idOf(n), phoneOf(1), "南阳", "2020-02-03", null, null,
                    null, null));
        }
        RegisterResult r = desk().cases().register(new RegistrationInput("王伟", null, idOf(6), phoneOf(1), "南阳",
                "2020-02-03", null, null, null, null));
        assertThat(r.caseView().caseNumber()).isEqualTo("Q000006");
        assertThat(r.warnings()).extracting(Message::key).containsExactly("register.possibleDuplicate",
                "register.possibleDuplicate", "register.possibleDuplicate", "register.possibleDuplicateMore");
        assertThat(r.warnings().subList(0, 3)).extracting(w -> w.args()[1]).containsExactly(
                idOf(1).substring(0, 6) + "********" + idOf(1).substring(14),
                idOf(2).substring(0, 6) + "********" + idOf(2).substring(14),
                idOf(3).substring(0, 6) + "********" + idOf(3).substring(14));
        assertThat(r.warnings().get(3).toString()).contains("王伟").contains("more than 3 other identity numbers");
    }

    /** Every way SPEC §4 lets a resident number be typed is stored as the one canonical number. */
    @Test
    default void identityNumbersAreStoredInTheirCanonicalForm() {
        String legacy = "410105900101001"; // 15 digits: the same person as idOf(1)
        assertThat(desk().cases().register(new RegistrationInput("王伟", null, legacy, phoneOf(1), "南阳", "2020-02-03", null,
                null, null, null)).caseView().idNumber()).isEqualTo(idOf(1));
        String withX = xChecked();
        String typed = " " + withX.substring(0, 6) + " " + withX.substring(6, 17).replace('1', '１')
                + withX.substring(17).toLowerCase() + " ";
        CaseView c = desk().cases().register(new RegistrationInput("李娜", null, typed, phoneOf(2), "南阳", "2020-02-03", null,
                null, null, null)).caseView();
        assertThat(c.idNumber()).isEqualTo(withX);
        assertThat(desk().cases().register(person(1, "南阳", "2020-02-03")).duplicate()).isTrue();
        assertThat(desk().cases().show(withX.toLowerCase())).isEqualTo(c);
    }

    /** A resident number of a woman born 1990-01-01 whose check character is X. */
    static String xChecked() {
        for (int seq = 2; seq < 1000; seq += 2) {
            String n = DeskFixture.id("410105", "19900101", String.format("%03d", seq));
            if (n.endsWith("X")) {
                return n;
            }
        }
        throw new AssertionError("no X");
    }

    @Test
    default void anInvalidRegistrationListsEveryProblemWithItsFieldAndWritesNothing() {
        State before = state();
        InvalidRegistrationException e = (InvalidRegistrationException) failure(ErrorKind.INVALID_INPUT,
                "register.invalid", () -> desk().cases().register(new RegistrationInput("王伟3", "驾照", "123", "12", "火星",
                        "2020-02-09", null, null, "maybe", null)));
        assertThat(e.problems()).extracting(Problem::field)
                .containsExactly("name", "id_type", "phone", "origin", "arrival_date", "group_renter");
        assertThat(e.problems()).extracting(p -> p.message().key()).containsExactly("name.character", "id.type",
                "phone.format", "origin.unknown", "arrival.future", "yesNo.format");
        assertThat(state()).isEqualTo(before);
    }

    /**
     * SPEC §1, §8: an origin the policy cannot classify (a whole province it splits: 河南, 41) is a problem of the
     * origin field like any other, listed with the rest and found by {@code validate} too.
     */
    @Test
    default void aTooCoarseOriginIsListedWithTheOtherProblems() {
        InvalidRegistrationException e = (InvalidRegistrationException) failure(ErrorKind.INVALID_INPUT,
                "register.invalid", () -> desk().cases().register(new RegistrationInput("王伟", null, idOf(1), "12", "河南",
                        "2020-02-03", null, null, null, null)));
        assertThat(e.problems()).extracting(Problem::field).containsExactly("phone", "origin");
        assertThat(e.problems().get(1).message().key()).isEqualTo("origin.tooCoarse");
        failure(ErrorKind.INVALID_INPUT, "register.invalid", () -> desk().cases().validate(person(1, "41", "2020-02-03")));
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                arguments("name", "", "name.empty"),
                arguments("name", "王伟3", "name.character"),
                arguments("id_number", idOf(1).substring(0, 17) + (idOf(1).endsWith("0") ? "1" : "0"), "id.resident.check"),
                arguments("id_number", "12345", "id.resident.format"),
                arguments("phone", "12345", "phone.format"),
                arguments("origin", "火星", "origin.unknown"),
                arguments("origin", "朝阳区", "origin.ambiguous"),
                arguments("arrival_date", "2020-02-04", "arrival.future"),
                arguments("arrival_date", "20-2-3", "date.twoDigitYear"),
                arguments("arrival_date", "2020-02-30", "date.invalid"),
                arguments("arrival_date", "2019-12-31", "arrival.beforePolicy"),
                arguments("group_renter", "maybe", "yesNo.format"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @MethodSource("badFields")
    default void aBadFieldIsReportedUnderItsName(String field, String value, String key) {
        RegistrationInput in = person(1, "南阳", "2020-02-03");
        RegistrationInput bad = new RegistrationInput(field.equals("name") ? value : in.name(), null,
                field.equals("id_number") ? value : in.idNumber(), field.equals("phone") ? value : in.phone(),
                field.equals("origin") ? value : in.origin(), field.equals("arrival_date") ? value : in.arrivalDate(),
                null, null, field.equals("group_renter") ? value : null, null);
        State before = state();
        InvalidRegistrationException e = (InvalidRegistrationException) failure(ErrorKind.INVALID_INPUT,
                "register.invalid", () -> desk().cases().register(bad));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message().key()).isEqualTo(key);
        });
        assertThat(state()).isEqualTo(before);
    }
}
