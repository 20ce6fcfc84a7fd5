package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.request.CaseCorrection;
import dev.quarantine.core.result.Amendment;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.FieldChange;
import dev.quarantine.core.result.HistoryEntry;
import dev.quarantine.core.roster.InvalidRegistrationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.idOf;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections of a case as entered ({@code amend}): checked as a registration, audited with the values before and after
 * and the reason, category, days, eligible date and door tag recomputed, uniqueness kept, an ended case's outcome kept.
 */
public interface CorrectionContract extends DeskFixture {

    static CaseCorrection name(String name) {
        return new CaseCorrection(name, null, null, null, null, null, null, null);
    }

    static CaseCorrection origin(String origin) {
        return new CaseCorrection(null, null, null, null, origin, null, null, null);
    }

    static CaseCorrection arrival(String date) {
        return new CaseCorrection(null, null, null, null, null, date, null, null);
    }

    static CaseCorrection id(String number) {
        return new CaseCorrection(null, null, number, null, null, null, null, null);
    }

    @Test
    default void aCorrectionKeepsEachValueBeforeAndAfterWithTheReason() {
        register(1, "南阳", "2020-02-03");
        now("2020-02-03T11:00");
        Amendment a = desk().cases().amend("Q000001", new CaseCorrection("王玮", null, null, "139 3715 5678", null, null, "",
                "郑东新区祭城路 8 号"), "登记时姓名、电话写错");
        assertThat(a.before().name()).isEqualTo("王伟");
        assertThat(a.after().name()).isEqualTo("王玮");
        assertThat(a.after().phone()).isEqualTo("13937155678");
        assertThat(a.after().community()).isNull();
        assertThat(a.after().address()).isEqualTo("郑东新区祭城路 8 号");
        assertThat(a.changes()).containsExactly(
                new FieldChange("name", "王伟", "王玮", false),
                new FieldChange("phone", DeskFixture.phoneOf(1), "13937155678", false),
                new FieldChange("community", "祭城路社区", null, false),
                new FieldChange("address", null, "郑东新区祭城路 8 号", false));
        assertThat(a.reason()).isEqualTo("登记时姓名、电话写错");
        assertThat(desk().cases().show("Q000001")).isEqualTo(a.after());
        HistoryEntry last = desk().cases().history("Q000001").get(desk().cases().history("Q000001").size() - 1);
        assertThat(last.action()).isEqualTo("amend");
        assertThat(last.details()).contains("name 王伟 → 王玮").contains("phone 138****0001 → 139****5678")
                .contains("community 祭城路社区 → -").contains("reason: 登记时姓名、电话写错")
                .doesNotContain("13937155678");
        // The case is found under its new phone and name, no longer under the old ones.
        assertThat(desk().cases().find("王玮", 10).items()).extracting(CaseView::caseNumber).containsExactly("Q000001");
        assertThat(desk().cases().find("5678", 10).items()).extracting(CaseView::caseNumber).containsExactly("Q000001");
    }

    @Test
    default void aNewOriginRecomputesCategoryDaysEligibleDateAndDoorTag() {
        admit(1, "南阳", "2020-02-03");
        Amendment a = desk().cases().amend("Q000001", origin("武汉"), "来源地填错");
        CaseView c = a.after();
        assertThat(c.category()).isEqualTo(Category.OUT_OF_PROVINCE);
        assertThat(c.periodDays()).isEqualTo(14);
        assertThat(c.eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 17));
        assertThat(c.doorTag()).isEqualTo(DoorTag.RED);
        assertThat(c.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(a.changes()).filteredOn(FieldChange::derived).extracting(FieldChange::field)
                .containsExactly("category", "periodDays", "eligibleDate", "doorTag");
        assertThat(a.changes()).contains(new FieldChange("eligibleDate", "2020-02-10", "2020-02-17", true),
                new FieldChange("doorTag", "YELLOW", "RED", true));
        assertThat(a.notes()).extracting(m -> m.key()).contains("amend.note.doorTag");
        // The estimate follows the new eligible date.
        assertThat(desk().billing().bill("Q000001").nights()).isEqualTo(14);
        assertThat(desk().billing().bill("Q000001").total()).isEqualTo(yuan("2520"));
        now("2020-02-10T09:00");
        assertThat(desk().reports().due(null).today().items()).isEmpty();
    }

    /**
     * Issue 18: a new origin brings its own text as typed (none when it is only the place); a correction of anything
     * else keeps the text the case was registered with.
     */
    @Test
    default void aNewOriginKeepsItsTextAsTypedAndOtherCorrectionsKeepTheOldText() {
        register(1, "湖北省武汉市汉口火车站", "2020-02-03");
        Amendment renamed = desk().cases().amend("Q000001", name("王玮"), "姓名录错");
        assertThat(renamed.after().originText()).isEqualTo("湖北省武汉市汉口火车站");
        assertThat(renamed.changes()).extracting(FieldChange::field).containsExactly("name");

        Amendment moved = desk().cases().amend("Q000001", origin("衡水市武邑县务工返乡"), "来源地填错");
        assertThat(moved.after().originCode()).isEqualTo("131122");
        assertThat(moved.after().originText()).isEqualTo("衡水市武邑县务工返乡");
        assertThat(moved.changes()).containsExactly(
                new FieldChange("origin", "湖北省武汉市", "河北省衡水市武邑县", false),
                new FieldChange("originText", "湖北省武汉市汉口火车站", "衡水市武邑县务工返乡", false));

        // The same place typed as only the place: the text goes, nothing is reclassified.
        Amendment plain = desk().cases().amend("Q000001", origin("131122"), "按代码");
        assertThat(plain.after().originText()).isEqualTo("河北省衡水市武邑县");
        assertThat(plain.changes()).containsExactly(
                new FieldChange("originText", "衡水市武邑县务工返乡", "河北省衡水市武邑县", false));
        assertThat(desk().cases().show("Q000001")).isEqualTo(plain.after());

        // A new origin with no text after a case with none: one change, the origin's.
        Amendment other = desk().cases().amend("Q000001", origin("武汉"), "核实后为武汉");
        assertThat(other.changes()).extracting(FieldChange::field).containsExactly("origin");
        assertThat(other.after().originText()).isEqualTo("湖北省武汉市");
    }

    @Test
    default void aNewArrivalMovesTheEligibleDateAndMayMakeTheCaseDue() {
        register(1, "南阳", "2020-02-03");
        now("2020-02-09T09:00");
        Amendment a = desk().cases().amend("Q000001", arrival("2020-02-01"), "返郑日期按车票更正");
        assertThat(a.after().arrivalDate()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(a.after().eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 8));
        assertThat(a.notes()).extracting(m -> m.key()).contains("amend.note.nowDue");
        assertThat(desk().reports().due(null).overdue().items()).extracting(CaseView::caseNumber).containsExactly("Q000001");
        QuarantineException future = failure(ErrorKind.INVALID_INPUT, "register.invalid",
                () -> desk().cases().amend("Q000001", arrival("2020-02-12"), "typo"));
        assertThat(((InvalidRegistrationException) future).problems()).singleElement()
                .satisfies(p -> assertThat(p.message().key()).isEqualTo("arrival.future"));
    }

    @Test
    default void anOriginThatNeedsNoQuarantineMakesARegisteredCaseARosterRecordAndBack() {
        register(1, "南阳", "2020-02-03");
        Amendment a = desk().cases().amend("Q000001", origin("开封"), "实为开封返郑");
        assertThat(a.after().status()).isEqualTo(CaseStatus.NOT_REQUIRED);
        assertThat(a.after().category()).isEqualTo(Category.NOT_REQUIRED);
        assertThat(a.after().doorTag()).isNull();
        assertThat(a.changes()).contains(new FieldChange("status", "REGISTERED", "NOT_REQUIRED", true));
        Amendment back = desk().cases().amend("Q000001", origin("信阳"), "核实后仍为信阳");
        assertThat(back.after().status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(back.after().periodDays()).isEqualTo(7);
        assertThat(back.notes()).extracting(m -> m.key()).contains("amend.note.nowRequired");
    }

    @Test
    default void anAdmittedCaseThatTurnsOutNotToNeedQuarantineIsDueAtOnce() {
        admit(1, "南阳", "2020-02-03");
        Amendment a = desk().cases().amend("Q000001", origin("开封"), "实为开封返郑");
        assertThat(a.after().status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(a.after().eligibleDate()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(a.notes()).extracting(m -> m.key()).contains("amend.note.admittedNotRequired");
        assertThat(desk().reports().due(null).today().items()).extracting(CaseView::caseNumber).containsExactly("Q000001");
    }

    @Test
    default void anArrivalAfterTheAdmissionIsRefused() {
        now("2020-02-05T09:00");
        admit(1, "南阳", "2020-02-03");
        now("2020-02-07T09:00");
        State before = state();
        QuarantineException e = failure(ErrorKind.REFUSED, "amend.arrivalAfterAdmission",
                () -> desk().cases().amend("Q000001", arrival("2020-02-06"), "typo"));
        assertThat(e.field()).isEqualTo("arrival_date");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void aNewIdentityNumberIsCheckedLikeARegistration() {
        register(1, "南阳", "2020-02-03");
        String wrongCheck = idOf(7).substring(0, 17) + (idOf(7).endsWith("1") ? "2" : "1");
        State before = state();
        QuarantineException e = failure(ErrorKind.INVALID_INPUT, "register.invalid",
                () -> desk().cases().amend("Q000001", new CaseCorrection(null, null, wrongCheck, "123", null, null, null, null),
                        "证件号录错"));
        assertThat(((InvalidRegistrationException) e).problems()).extracting(p -> p.field())
                .containsExactly("id_number", "phone");
        assertThat(state()).isEqualTo(before);
        Amendment a = desk().cases().amend("Q000001", id(idOf(8)), "证件号录错");
        assertThat(a.after().idNumber()).isEqualTo(idOf(8));
        assertThat(a.changes()).extracting(FieldChange::field).containsExactly("idNumber", "sex");
        assertThat(desk().cases().show(idOf(8)).caseNumber()).isEqualTo("Q000001");
        failure(ErrorKind.NOT_FOUND, "case.notFound", () -> desk().cases().show(idOf(1)));
    }

    @Test
    default void aCorrectionNeverMakesASecondCaseOfOnePerson() {
        register(1, "南阳", "2020-02-03");
        register(2, "武汉", "2020-02-03");
        register(3, "武汉", "2020-02-01");
        desk().cases().cancel("Q000003", "录入错误");
        register(3, "信阳", "2020-02-02");
        State before = state();
        // Person 2 already has a case of this arrival, and an open one.
        QuarantineException same = failure(ErrorKind.REFUSED, "amend.duplicate",
                () -> desk().cases().amend("Q000001", id(idOf(2)), "证件号录错"));
        assertThat(same.getMessage()).contains("Q000002");
        QuarantineException open = failure(ErrorKind.REFUSED, "case.openExists",
                () -> desk().cases().amend("Q000001", new CaseCorrection(null, null, idOf(3), null, null, "2020-02-03", null,
                        null), "证件号录错"));
        assertThat(open.getMessage()).contains("Q000004");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    default void anEndedCaseIsCorrectedOnlyInWhatDidNotDecideItsOutcome() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-10T10:00");
        desk().cases().release("Q000001", "张医生", "36.5", null);
        State before = state();
        failure(ErrorKind.REFUSED, "amend.ended", () -> desk().cases().amend("Q000001", origin("武汉"), "来源地填错"));
        failure(ErrorKind.REFUSED, "amend.ended", () -> desk().cases().amend("Q000001", id(idOf(9)), "证件号录错"));
        failure(ErrorKind.REFUSED, "amend.ended", () -> desk().cases().amend("Q000001", arrival("2020-02-02"), "日期"));
        assertThat(state()).isEqualTo(before);
        Amendment a = desk().cases().amend("Q000001", new CaseCorrection("王玮", null, null, "13937155678", null, null,
                "祭城路社区二组", "祭城路 8 号"), "结案后补正联系方式");
        assertThat(a.after().status()).isEqualTo(CaseStatus.RELEASED);
        assertThat(a.changes()).extracting(FieldChange::field).containsExactly("name", "phone", "community", "address");
        // The same value as on record is no change at all; no value given is a mistake; a reason is required.
        failure(ErrorKind.REFUSED, "amend.noChange", () -> desk().cases().amend("Q000001", origin("南阳"), "同上"));
        failure(ErrorKind.INVALID_INPUT, "amend.nothingGiven",
                () -> desk().cases().amend("Q000001", new CaseCorrection(null, null, null, null, null, null, null, null), "x"));
        QuarantineException noReason = failure(ErrorKind.INVALID_INPUT, "field.required",
                () -> desk().cases().amend("Q000001", name("王伟"), " "));
        assertThat(noReason.field()).isEqualTo("reason");
        assertThat(desk().cases().history("Q000001")).extracting(HistoryEntry::action).containsSubsequence("release", "amend");
        assertThat(List.copyOf(desk().cases().history("Q000001"))).filteredOn(h -> h.action().equals("amend")).hasSize(1);
    }
}
