package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.request.CaseFilter;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.roster.ImportOptions;
import dev.quarantine.core.roster.ImportSummary;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterHeader;
import dev.quarantine.core.roster.RosterRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.idOf;
import static dev.quarantine.core.desk.DeskFixture.phoneOf;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Importing a community roster (SPEC §8) through {@link Cases#importRoster}. */
public interface RosterImportContract extends DeskFixture {
    /** A roster as a community sends it: Chinese headers, an extra column that is ignored. */
    RosterHeader HEADER = RosterHeader.of(List.of("序号", "姓名", "身份证号", "联系电话", "来源地", "返郑日期", "是否群租户"));

    /** The rows the rejects file would get, each with its error text. */
    final class Rejects implements RejectSink {
        final List<RosterRow> rows = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        boolean closed;

        @Override
        public void reject(RosterRow row, String error) {
            rows.add(row);
            errors.add(error);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static RosterRow row(long line, String... cells) {
        return new RosterRow(line, List.of(cells));
    }

    static ImportOptions options(boolean dryRun, boolean atomic) {
        return new ImportOptions(dryRun, atomic, false, null, 2, Locale.ROOT);
    }

    /**
     * Four valid rows (one needs no quarantine), a duplicate of the first, a blank line, and a row wrong in five
     * fields. Read on 2020-02-05.
     */
    static List<RosterRow> mixedRoster() {
        String badId = idOf(5).substring(0, 17) + (idOf(5).endsWith("0") ? "1" : "0");
        return List.of(
                row(2, "1", "王伟", idOf(1), phoneOf(1), "南阳", "2020-02-03", "否"),
                row(3, "2", "李娜", idOf(2), phoneOf(2), "武汉", "2020/2/4", "是"),
                row(4, "3", "张强", idOf(3), phoneOf(3), "郑州", "20200204", ""),
                row(5, "4", "王伟", idOf(1), phoneOf(1), "南阳市", "2020.2.3", "否"),
                row(6, "", "", "", "", "", "", ""),
                row(7, "5", "刘洋3", badId, "123", "火星", "2020-02-30", "否"),
                row(8, "6", "陈静", idOf(6), phoneOf(6), "信阳市固始县", "2020年2月4日", ""));
    }

    default ImportSummary importRoster(List<RosterRow> rows, ImportOptions options, Rejects rejects) {
        return desk().cases().importRoster(HEADER, rows.iterator(), options, rejects, n -> { });
    }

    @Test
    default void anImportRegistersEveryValidRowAndItsAccountingBalances() {
        now("2020-02-05T09:00");
        Rejects rejects = new Rejects();
        ImportSummary s = importRoster(mixedRoster(), options(false, false), rejects);
        assertThat(s.rowsRead()).isEqualTo(6);
        assertThat(s.registered()).isEqualTo(4);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(s.blankLines()).isEqualTo(1);
        assertThat(s.registered() + s.duplicates() + s.rejected()).isEqualTo(s.rowsRead());
        assertThat(s.balanced()).isTrue();
        assertThat(s.written()).isTrue();
        assertThat(s.byCategory()).isEqualTo(Map.of(Category.IN_PROVINCE_HIGH_RISK, 2L, Category.OUT_OF_PROVINCE, 1L,
                Category.NOT_REQUIRED, 1L));
        assertThat(s.ignoredColumns()).containsExactly("序号");
        List<CaseView> cases = desk().cases().list(CaseFilter.ALL);
        assertThat(cases).extracting(CaseView::caseNumber, CaseView::name, CaseView::category, CaseView::status)
                .containsExactly(
                        tuple("Q000001", "王伟", Category.IN_PROVINCE_HIGH_RISK, CaseStatus.REGISTERED),
                        tuple("Q000002", "李娜", Category.OUT_OF_PROVINCE, CaseStatus.REGISTERED),
                        tuple("Q000003", "张强", Category.NOT_REQUIRED, CaseStatus.NOT_REQUIRED),
                        tuple("Q000004", "陈静", Category.IN_PROVINCE_HIGH_RISK, CaseStatus.REGISTERED));
        assertThat(cases.get(1).groupRenter()).isTrue();
        assertThat(cases.get(1).arrivalDate()).isEqualTo(LocalDate.of(2020, 2, 4));
        assertThat(desk().cases().history("Q000002")).extracting(HistoryEntry::action).contains("import");
        assertThat(rejects.closed).isTrue();
    }

    /** SPEC §8: a rejected row reaches the rejects file as read, with every problem of the row under its header. */
    @Test
    default void aRejectedRowReachesTheSinkWithEveryProblem() {
        now("2020-02-05T09:00");
        Rejects rejects = new Rejects();
        importRoster(mixedRoster(), options(false, false), rejects);
        assertThat(rejects.rows).singleElement().isEqualTo(mixedRoster().get(5));
        assertThat(rejects.errors).singleElement().asString()
                .contains("姓名", "身份证号", "联系电话", "来源地", "返郑日期").doesNotContain("是否群租户");
    }

    @Test
    default void aRejectedRowListsATooCoarseOriginWithItsOtherProblems() {
        now("2020-02-05T09:00");
        Rejects rejects = new Rejects();
        importRoster(List.of(row(2, "1", "王伟", idOf(1), "12", "河南", "2020-02-03", "否")), options(false, false),
                rejects);
        assertThat(rejects.errors).singleElement().asString().contains("联系电话", "来源地");
    }

    /** Issue 18: a row whose origin has text after the place is registered by the place and keeps the text. */
    @Test
    default void aRowWithTextAfterThePlaceKeepsTheTextAsTyped() {
        now("2020-02-05T09:00");
        Rejects rejects = new Rejects();
        ImportSummary s = importRoster(List.of(
                row(2, "1", "王伟", idOf(1), phoneOf(1), "湖北省武汉市汉口火车站", "2020-02-03", "否"),
                row(3, "2", "李娜", idOf(2), phoneOf(2), " 衡水市武邑县务工返乡 ", "2020-02-03", "否"),
                row(4, "3", "张强", idOf(3), phoneOf(3), "武汉", "2020-02-03", "否")), options(false, false), rejects);
        assertThat(rejects.rows).isEmpty();
        assertThat(s.registered()).isEqualTo(3);
        assertThat(desk().cases().list(CaseFilter.ALL)).extracting(CaseView::originCode, CaseView::origin, CaseView::originText)
                .containsExactly(
                        tuple("4201", "湖北省武汉市", "湖北省武汉市汉口火车站"),
                        tuple("131122", "河北省衡水市武邑县", "衡水市武邑县务工返乡"),
                        tuple("4201", "湖北省武汉市", "湖北省武汉市"));
    }

    /**
     * An export of cases imported back: {@code origin} holds the code, {@code origin_text} what the clerk typed. The
     * text comes back with the case when it names the same place; a text naming another place rejects the row.
     */
    @Test
    default void anOriginTextColumnBringsTheTextBackWhenItNamesTheSamePlace() {
        now("2020-02-05T09:00");
        RosterHeader exported = RosterHeader.of(List.of("name", "id_number", "phone", "origin", "origin_name",
                "origin_text", "arrival_date"));
        Rejects rejects = new Rejects();
        ImportSummary s = desk().cases().importRoster(exported, List.of(
                row(2, "王伟", idOf(1), phoneOf(1), "4201", "湖北省武汉市", "湖北省武汉市汉口火车站", "2020-02-03"),
                row(3, "李娜", idOf(2), phoneOf(2), "4201", "湖北省武汉市", "", "2020-02-03"),
                row(4, "张强", idOf(3), phoneOf(3), "4113", "河南省南阳市", "湖北省武汉市汉口火车站", "2020-02-03"))
                .iterator(), options(false, false), rejects, n -> { });
        assertThat(s.registered()).isEqualTo(2);
        assertThat(s.ignoredColumns()).containsExactly("origin_name");
        assertThat(desk().cases().list(CaseFilter.ALL)).extracting(CaseView::originCode, CaseView::originText)
                .containsExactly(tuple("4201", "湖北省武汉市汉口火车站"), tuple("4201", "湖北省武汉市"));
        assertThat(rejects.rows).extracting(RosterRow::line).containsExactly(4L);
        assertThat(rejects.errors).singleElement().asString().startsWith("origin_text: ").contains("4201", "4113");
    }

    /** SPEC §8: a dry run and a refused atomic import count as a real import would, and write nothing. */
    @ParameterizedTest(name = "dry run {0}, atomic {1} → written {2}")
    @CsvSource({"false, false, true", "true, false, false", "false, true, false", "true, true, false"})
    default void onlyARealImportWritesAndTheCountsAreTheSame(boolean dryRun, boolean atomic, boolean written) {
        now("2020-02-05T09:00");
        State before = state();
        Rejects rejects = new Rejects();
        ImportSummary s = importRoster(mixedRoster(), options(dryRun, atomic), rejects);
        assertThat(List.of(s.rowsRead(), s.registered(), s.duplicates(), s.rejected())).containsExactly(6L, 4L, 1L, 1L);
        assertThat(s.written()).isEqualTo(written);
        assertThat(s.atomicRefused()).isEqualTo(atomic && !dryRun);
        assertThat(rejects.rows).hasSize(1);
        if (written) {
            assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(4);
        } else {
            assertThat(state()).isEqualTo(before);
        }
    }

    @Test
    default void anAtomicImportWithoutARejectedRowWritesEveryRow() {
        now("2020-02-05T09:00");
        ImportSummary s = importRoster(mixedRoster().subList(0, 4), options(false, true), new Rejects());
        assertThat(s.atomicRefused()).isFalse();
        assertThat(s.written()).isTrue();
        assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(3);
    }

    /** SPEC §8: importing the same file twice registers nothing new the second time. */
    @Test
    default void importingTheSameRosterTwiceRegistersNothingNew() {
        now("2020-02-05T09:00");
        importRoster(mixedRoster(), options(false, false), new Rejects());
        State before = state();
        ImportSummary again = importRoster(mixedRoster(), options(false, false), new Rejects());
        assertThat(again.registered()).isZero();
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(again.rejected()).isEqualTo(1);
        assertThat(again.balanced()).isTrue();
        assertThat(desk().cases().list(CaseFilter.ALL)).isEqualTo(before.cases());
    }

    /** Test person {@code n} of a large roster (1–9,999): born on the first of January of a year of its own thousand. */
    static String manyId(int n) {
        return DeskFixture.id("410105", String.format("%04d0101", 1960 + n / 1000), String.format("%03d", n % 1000));
    }

    /** A name of its own for each {@code n} below 4,000. */
    static String manyName(int n) {
        String surnames = "王李张刘陈杨黄赵吴周";
        String given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英霞";
        return "" + surnames.charAt(n % 10) + given.charAt(n / 10 % 20) + given.charAt(n / 200 % 20);
    }

    static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    /**
     * Issue 17: 3,000 rows of one name and one office landline, each a different person. Every row registers; each
     * warns of the people before it (the first three named, more counted as one warning), every warning is counted
     * by kind, and the summary lists the first 20 of each kind with the count of the rest, not 11,990 lines.
     */
    @Test
    default void aRosterOfOneNameAndPhoneCountsEveryWarningAndListsTheFirstOfEachKind() {
        now("2020-02-05T09:00");
        List<RosterRow> rows = new ArrayList<>();
        for (int n = 1; n <= 3000; n++) {
            rows.add(row(n + 1, Integer.toString(n), "王伟", manyId(n), "0371-67180000", "南阳", "2020-02-03", "否"));
        }
        Rejects rejects = new Rejects();
        ImportSummary s = importRoster(rows, new ImportOptions(false, false, false, null, 1000, Locale.ROOT), rejects);
        assertThat(List.of(s.rowsRead(), s.registered(), s.duplicates(), s.rejected())).containsExactly(3000L, 3000L,
                0L, 0L);
        assertThat(rejects.rows).isEmpty();
        // Row k has k - 1 people before it: rows 2, 3, 4 name 1, 2, 3 of them; rows 5 to 3,000 name 3 and add one.
        assertThat(s.warningCount()).isEqualTo(1 + 2 + 3 + 4 * 2996);
        assertThat(s.warningKinds()).containsExactly(Map.entry("register.possibleDuplicate", 1 + 2 + 3 + 3 * 2996L),
                Map.entry("register.possibleDuplicateMore", 2996L));
        assertThat(s.warnings()).hasSize(2 * (ImportSummary.MAX_WARNINGS_PER_KIND + 1));
        assertThat(s.warnings().get(0)).isEqualTo("line 3: possible duplicate: 王伟 with the same phone is registered "
                + "under identity number " + masked(manyId(1)));
        // Line 6 (person 5) names the first three people, in the order they were registered.
        assertThat(s.warnings().subList(6, 9)).allSatisfy(w -> assertThat(w).startsWith("line 6: "))
                .satisfiesExactly(w -> assertThat(w).endsWith(masked(manyId(1))),
                        w -> assertThat(w).endsWith(masked(manyId(2))), w -> assertThat(w).endsWith(masked(manyId(3))));
        assertThat(s.warnings().get(20)).isEqualTo("… and 8,974 more warnings of this kind");
        assertThat(s.warnings().get(21)).isEqualTo("line 6: possible duplicate: 王伟 with the same phone is also "
                + "registered under more than 3 other identity numbers");
        assertThat(s.warnings().get(41)).isEqualTo("… and 2,976 more warnings of this kind");
        assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(3000);
    }

    /** Issue 17: a phone shared by 3,000 people of different names warns only where a name repeats. */
    @Test
    default void aRosterSharingOnePhoneWarnsOnlyWhereANameRepeats() {
        now("2020-02-05T09:00");
        List<RosterRow> rows = new ArrayList<>();
        for (int n = 1; n <= 3000; n++) {
            String name = n == 1000 || n == 2000 ? manyName(1) : manyName(n);
            rows.add(row(n + 1, Integer.toString(n), name, manyId(n), "0371-67180000", "南阳", "2020-02-03", "否"));
        }
        ImportSummary s = importRoster(rows, new ImportOptions(false, false, false, null, 1000, Locale.ROOT),
                new Rejects());
        assertThat(s.registered()).isEqualTo(3000);
        assertThat(s.warningCount()).isEqualTo(3);
        assertThat(s.warningKinds()).containsExactly(Map.entry("register.possibleDuplicate", 3L));
        assertThat(s.warnings()).containsExactly(
                "line 1001: possible duplicate: " + manyName(1) + " with the same phone is registered under identity "
                        + "number " + masked(manyId(1)),
                "line 2001: possible duplicate: " + manyName(1) + " with the same phone is registered under identity "
                        + "number " + masked(manyId(1)),
                "line 2001: possible duplicate: " + manyName(1) + " with the same phone is registered under identity "
                        + "number " + masked(manyId(1000)));
    }

    /** SPEC §4 in a roster: a person who has another open case is a rejected row, naming that case. */
    @Test
    default void aRowOfAPersonWithAnotherOpenCaseIsRejected() {
        register(1, "南阳", "2020-02-01");
        now("2020-02-05T09:00");
        Rejects rejects = new Rejects();
        ImportSummary s = importRoster(mixedRoster().subList(0, 2), options(false, false), rejects);
        assertThat(s.registered()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects.rows).extracting(RosterRow::line).containsExactly(2L);
        assertThat(rejects.errors).singleElement().asString().contains("Q000001");
        assertThat(desk().cases().list(CaseFilter.ALL)).hasSize(2);
    }

    /**
     * People with a passport or another document are told apart by their document, as residents by their number: in one
     * batch, the second row of a passport holder's arrival is a duplicate, another arrival of someone with an open
     * case a rejected row naming it, and the same number under another type of document a person of their own.
     */
    @Test
    default void documentHoldersDuplicatesAndOpenCasesAreFoundByTheirDocument() {
        now("2020-02-05T09:00");
        RosterHeader header = RosterHeader.of(List.of("姓名", "证件类型", "证件号码", "联系电话", "来源地", "返郑日期"));
        Rejects rejects = new Rejects();
        ImportSummary s = desk().cases().importRoster(header, List.of(
                row(2, "John Smith", "护照", "E12345678", phoneOf(1), "武汉", "2020-02-03"),
                row(3, "Anna Lee", "其他", "H1234567801", phoneOf(2), "武汉", "2020-02-03"),
                row(4, "John Smith", "护照", "E12345678", phoneOf(1), "武汉市", "2020-02-03"),
                row(5, "Anna Lee", "其他", "H1234567801", phoneOf(2), "武汉", "2020-02-04"),
                row(6, "Ken Wu", "其他", "E12345678", phoneOf(3), "武汉", "2020-02-03")).iterator(),
                new ImportOptions(false, false, false, null, 100, Locale.ROOT), rejects, n -> { });
        assertThat(s.registered()).isEqualTo(3);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1);
        assertThat(rejects.rows).extracting(RosterRow::line).containsExactly(5L);
        assertThat(rejects.errors).singleElement().asString().contains("Q000002");
        assertThat(desk().cases().list(CaseFilter.ALL)).extracting(CaseView::name)
                .containsExactly("John Smith", "Anna Lee", "Ken Wu");
    }

    /**
     * SPEC §8 {@code --admit}: the import's own cases that need quarantine go into free rooms, group renters first,
     * then by arrival; a case whose period is over is not admitted; those left for lack of rooms are reported.
     */
    @Test
    default void anImportThatAdmitsFillsRoomsGroupRentersFirstThenByArrival() {
        now("2020-02-20T09:00");
        desk().hotels().add("小旅馆", null, yuan("100"), "1-2");
        List<RosterRow> rows = List.of(
                row(2, "1", "王伟", idOf(1), phoneOf(1), "南阳", "2020-02-19", "否"),
                row(3, "2", "李娜", idOf(2), phoneOf(2), "武汉", "2020-02-18", "是"),
                row(4, "3", "张强", idOf(3), phoneOf(3), "武汉", "2020-02-17", "否"),
                row(5, "4", "刘洋", idOf(4), phoneOf(4), "南阳", "2020-02-10", "否"),
                row(6, "5", "陈静", idOf(5), phoneOf(5), "郑州", "2020-02-10", "否"),
                row(7, "6", "杨磊", idOf(6), phoneOf(6), "南阳", "2020-02-13", "否")); // eligible today
        ImportSummary s = desk().cases().importRoster(HEADER, rows.iterator(),
                new ImportOptions(false, false, true, "小旅馆", 100, Locale.ROOT), new Rejects(), n -> { });
        assertThat(s.registered()).isEqualTo(6);
        assertThat(s.admitted()).isEqualTo(2);
        assertThat(s.notAdmittedNoRoom()).isEqualTo(1);
        assertThat(s.notAdmittedCases()).containsExactly("Q000001");
        assertThat(s.notAdmittedPeriodOver()).isEqualTo(2);
        assertThat(s.periodOverCases()).containsExactly("Q000004", "Q000006");
        assertThat(desk().cases().show("Q000002").room()).isEqualTo("1");
        assertThat(desk().cases().show("Q000003").room()).isEqualTo("2");
        assertThat(desk().cases().list(new CaseFilter(CaseStatus.REGISTERED, null, null))).extracting(CaseView::caseNumber)
                .containsExactly("Q000001", "Q000004", "Q000006");
    }

    @Test
    default void anImportThatAdmitsIntoAnUnknownHotelFailsBeforeReadingAnyRow() {
        now("2020-02-05T09:00");
        State before = state();
        Rejects rejects = new Rejects();
        failure(ErrorKind.NOT_FOUND, "hotel.notFound", () -> desk().cases().importRoster(HEADER, mixedRoster().iterator(),
                new ImportOptions(false, false, true, "希尔顿", 100, Locale.ROOT), rejects, n -> { }));
        assertThat(rejects.rows).isEmpty();
        assertThat(state()).isEqualTo(before);
    }
}
