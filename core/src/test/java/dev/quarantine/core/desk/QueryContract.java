package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.roster.RegistrationInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.idOf;
import static dev.quarantine.core.desk.DeskFixture.phoneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Finding cases (SPEC §11 {@code show}, {@code list}, {@code find}): five cases of different origins, settings and
 * communities, found by what staff know of them.
 */
public interface QueryContract extends DeskFixture {

    private void fiveCases() {
        admit(1, "南阳", "2020-02-03");                 // Q000001 王伟
        register(2, "武汉", "2020-02-02");              // Q000002 李娜
        register(3, "郑州", "2020-02-03");              // Q000003 张强, roster only
        admit(4, "信阳市固始县", "2020-02-01");          // Q000004 刘洋
        desk().cases().register(new RegistrationInput("陈静", null, idOf(5), phoneOf(5), "110105", "2020-02-03", "商都路社区",
                null, null, null));                    // Q000005 陈静
    }

    static Stream<Arguments> filters() {
        CaseFilter all = CaseFilter.ALL;
        return Stream.of(
                arguments("everything", all, List.of(1, 2, 3, 4, 5)),
                arguments("admitted", all.withStatus(CaseStatus.ADMITTED), List.of(1, 4)),
                arguments("out of province", all.withCategory(Category.OUT_OF_PROVINCE), List.of(2, 5)),
                arguments("in the hotel", all.withHotel(HOTEL), List.of(1, 4)),
                arguments("name part", all.withName("李"), List.of(2)),
                arguments("last four of a phone", all.withPhone("0002"), List.of(2)),
                arguments("a phone as typed", all.withPhone("138-0370-0004"), List.of(4)),
                arguments("community part", all.withCommunity("商都"), List.of(5)),
                arguments("origin province", all.withOrigin("河南"), List.of(1, 3, 4)),
                arguments("origin prefecture", all.withOrigin("信阳"), List.of(4)),
                arguments("arrived on a day", all.withArrival(LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 2)),
                        List.of(2)),
                arguments("arrived from a day", all.withArrival(LocalDate.of(2020, 2, 3), null), List.of(1, 3, 5)),
                arguments("combined", all.withOrigin("河南").withStatus(CaseStatus.REGISTERED), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    default void listFiltersCases(String what, CaseFilter filter, List<Integer> expected) {
        fiveCases();
        List<String> numbers = expected.stream().map(n -> String.format("Q%06d", n)).toList();
        assertThat(desk().cases().list(filter)).extracting(CaseView::caseNumber).containsExactlyElementsOf(numbers);
        assertThat(desk().cases().list(filter, 1).total()).isEqualTo(expected.size());
    }

    /**
     * A part of a name or community is counted in the statement that lists the first cases (the names are read once):
     * a list cut short still counts every match, in its office and with the other conditions.
     */
    @Test
    default void aPartOfANameIsCountedWholeWhenTheListIsCut() {
        fiveCases();
        for (int n = 6; n <= 9; n++) {
            desk().cases().register(new RegistrationInput("王" + "芳敏磊军".charAt(n - 6), null, idOf(n), phoneOf(n), "武汉",
                    "2020-02-03", n % 2 == 0 ? "商都路社区" : null, null, null, null)); // Q000006..Q000009
        }
        Capped<CaseView> cut = desk().cases().list(CaseFilter.ALL.withName("王"), 2);
        assertThat(cut.items()).extracting(CaseView::caseNumber).containsExactly("Q000001", "Q000006");
        assertThat(cut.total()).isEqualTo(5);
        Capped<CaseView> registered = desk().cases().list(CaseFilter.ALL.withName("王").withStatus(CaseStatus.REGISTERED), 1);
        assertThat(registered.items()).extracting(CaseView::caseNumber).containsExactly("Q000006");
        assertThat(registered.total()).isEqualTo(4);
        Capped<CaseView> community = desk().cases().list(CaseFilter.ALL.withCommunity("商都"), 2);
        assertThat(community.items()).extracting(CaseView::caseNumber).containsExactly("Q000005", "Q000006");
        assertThat(community.total()).isEqualTo(3);
        Capped<CaseView> none = desk().cases().list(CaseFilter.ALL.withName("赵"), 2);
        assertThat(none.items()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(desk().cases().list(CaseFilter.ALL.withName("王"), 100).items()).extracting(CaseView::caseNumber)
                .containsExactly("Q000001", "Q000006", "Q000007", "Q000008", "Q000009");
    }

    static Stream<Arguments> findings() {
        return Stream.of(
                arguments("Q2", List.of(2)),
                arguments("李娜", List.of(2)),
                arguments("王", List.of(1)),
                arguments("13803700004", List.of(4)),
                arguments(idOf(5), List.of(5)),
                arguments(idOf(3).substring(14), List.of(3)));
    }

    /** What a caller on the phone says: a case number, a name or part of one, a phone, an identity number. */
    @ParameterizedTest(name = "find \"{0}\"")
    @MethodSource("findings")
    default void findTakesWhatACallerKnows(String text, List<Integer> expected) {
        fiveCases();
        List<String> numbers = expected.stream().map(n -> String.format("Q%06d", n)).toList();
        assertThat(desk().cases().find(text, 10).items()).extracting(CaseView::caseNumber).containsExactlyElementsOf(numbers);
    }

    /**
     * Each way a text can match reads its own index: a cancelled case (outside the identity indexes), a passport
     * (no resident key) and a case matched two ways at once are each found, once, and the cap counts them all.
     */
    @Test
    default void findReachesCancelledCasesPassportsAndCountsEachCaseOnce() {
        fiveCases();
        desk().cases().cancel("Q000003", "entered twice");
        desk().cases().register(new RegistrationInput("Anna Schmidt", "passport", "E1231234", "13803701234", "武汉",
                "2020-02-03", null, null, null, null));                                      // Q000006
        desk().cases().register(new RegistrationInput("Ben Li", "passport", "G7771234", "13803709999", "武汉", "2020-02-03",
                null, null, null, null));                                                   // Q000007
        desk().cases().cancel("Q000007", "left the city");
        assertThat(desk().cases().find(idOf(3), 10).items()).extracting(CaseView::caseNumber).containsExactly("Q000003");
        assertThat(desk().cases().find(idOf(3).substring(14), 10).items()).extracting(CaseView::caseNumber)
                .containsExactly("Q000003");
        assertThat(desk().cases().find("G7771234", 10).items()).extracting(CaseView::caseNumber).containsExactly("Q000007");
        // "1234": the last four of both passports, and of Q000006's phone too: each case once, in number order.
        assertThat(desk().cases().find("1234", 10).items()).extracting(CaseView::caseNumber)
                .containsExactly("Q000006", "Q000007");
        Capped<CaseView> first = desk().cases().find("1234", 1);
        assertThat(first.items()).extracting(CaseView::caseNumber).containsExactly("Q000006");
        assertThat(first.total()).isEqualTo(2);
        assertThat(desk().cases().find("9999", 10).items()).extracting(CaseView::caseNumber).containsExactly("Q000007");
    }

    static Stream<Arguments> references() {
        return Stream.of(
                arguments("Q000002", "Q000002"), arguments("q2", "Q000002"), arguments(" Q000004 ", "Q000004"),
                arguments(idOf(4), "Q000004"), arguments(idOf(5).toLowerCase(), "Q000005"));
    }

    /** SPEC §11: a case is named by its case number or by the person's identity number. */
    @ParameterizedTest(name = "show \"{0}\"")
    @MethodSource("references")
    default void aCaseIsNamedByNumberOrIdentityNumber(String ref, String expected) {
        fiveCases();
        assertThat(desk().cases().show(ref).caseNumber()).isEqualTo(expected);
    }

    @Test
    default void anUnknownOrMalformedReferenceIsReported() {
        fiveCases();
        failure(ErrorKind.NOT_FOUND, "case.notFound", () -> desk().cases().show("Q000099"));
        failure(ErrorKind.NOT_FOUND, "case.notFound", () -> desk().cases().show(idOf(9)));
        failure(ErrorKind.INVALID_INPUT, "case.refEmpty", () -> desk().cases().show(" "));
        failure(ErrorKind.INVALID_INPUT, "case.ref", () -> desk().cases().show("王伟!"));
    }
}
