package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.ops.PublicArea;
import dev.quarantine.core.ops.ServiceRequest;
import dev.quarantine.core.ops.ServiceType;
import dev.quarantine.core.ops.TeamMember;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.report.DailyReport.CensusLine;
import dev.quarantine.core.result.Capped;
import dev.quarantine.core.result.CaseView;
import dev.quarantine.core.result.DueList;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily report (SPEC §10) and the due lists. */
public interface ReportContract extends DeskFixture {

    static List<String> numbers(Capped<CaseView> cases) {
        return cases.items().stream().map(CaseView::caseNumber).toList();
    }

    /** SPEC §10.1: open cases by setting and category (closed and roster-only cases are not open); hotel occupancy. */
    @Test
    default void theCensusCountsOpenCasesBySettingAndCategory() {
        admit(1, "南阳", "2020-02-03");
        admit(2, "商丘", "2020-02-03");
        register(3, "武汉", "2020-02-03");
        register(4, "郑州", "2020-02-03");
        register(5, "南阳", "2020-02-01");
        desk().cases().cancel("Q000005", "录入错误");
        admit(6, "武汉", "2020-02-01");
        desk().cases().transfer("Q000006", "郑州市第六人民医院");
        DailyReport.Census census = desk().reports().daily(null, 10).census();
        assertThat(census.openCases()).containsExactlyInAnyOrder(
                new CensusLine(Setting.HOTEL, Category.IN_PROVINCE_HIGH_RISK, 2),
                new CensusLine(Setting.HOME, Category.OUT_OF_PROVINCE, 1));
        assertThat(census.openTotal()).isEqualTo(3);
        assertThat(census.hotels()).containsExactly(new HotelView(HOTEL, "郑东新区祭城路 1 号", HOTEL_RATE, 10, 7, 2, 1,
                0, null));
    }

    /** SPEC §10.2: what happened on the day; a past day's report shows that day as it ended. */
    @Test
    default void movementsAreThoseOfTheDayAndAPastDayIsShownAsItEnded() {
        register(1, "南阳", "2020-02-03");
        register(2, "武汉", "2020-02-02");
        now("2020-02-03T09:00");
        admitCase("Q000001");
        now("2020-02-04T10:00");
        admitCase("Q000002");
        register(3, "南阳", "2020-02-04");
        desk().cases().transfer("Q000001", "郑州市第六人民医院");
        DailyReport.Movements today = desk().reports().daily(null, 10).movements();
        assertThat(numbers(today.registered())).containsExactly("Q000003");
        assertThat(numbers(today.admitted())).containsExactly("Q000002");
        assertThat(numbers(today.released())).isEmpty();
        assertThat(numbers(today.transferred())).containsExactly("Q000001");
        DailyReport yesterday = desk().reports().daily(LocalDate.of(2020, 2, 3), 10);
        assertThat(numbers(yesterday.movements().registered())).containsExactly("Q000001", "Q000002");
        assertThat(numbers(yesterday.movements().admitted())).containsExactly("Q000001");
        assertThat(numbers(yesterday.movements().transferred())).isEmpty();
        assertThat(yesterday.census().openCases()).containsExactlyInAnyOrder(
                new CensusLine(Setting.HOTEL, Category.IN_PROVINCE_HIGH_RISK, 1),
                new CensusLine(Setting.HOME, Category.OUT_OF_PROVINCE, 1));
    }

    /**
     * SPEC §10.3: eligible on the day, overdue (eligible earlier and not released: also a person registered after the
     * period ran out), eligible tomorrow; a past day as it ended.
     */
    @Test
    default void theDueListsNameCasesEligibleTodayOverdueAndTomorrow() {
        now("2020-02-04T09:00");
        register(1, "南阳", "2020-02-03"); // eligible 02-10
        register(2, "南阳", "2020-02-01"); // 02-08
        register(3, "南阳", "2020-02-04"); // 02-11
        register(4, "武汉", "2020-02-03"); // 02-17
        register(5, "南阳", "2020-02-02"); // 02-09, released that day
        register(6, "南阳", "2020-02-01"); // 02-08
        now("2020-02-09T10:00");
        desk().cases().release("Q000005", "张医生", null, null);
        now("2020-02-10T09:00");
        DueList due = desk().reports().due(null);
        assertThat(due.date()).isEqualTo(LocalDate.of(2020, 2, 10));
        assertThat(numbers(due.today())).containsExactly("Q000001");
        assertThat(numbers(due.overdue())).containsExactly("Q000002", "Q000006");
        assertThat(numbers(due.tomorrow())).containsExactly("Q000003");
        DailyReport.Due inReport = desk().reports().daily(null, 10).due();
        assertThat(inReport.today()).isEqualTo(due.today());
        assertThat(inReport.overdue()).isEqualTo(due.overdue());
        assertThat(inReport.tomorrow()).isEqualTo(due.tomorrow());
        DueList ninth = desk().reports().due(LocalDate.of(2020, 2, 9));
        assertThat(numbers(ninth.today())).isEmpty();
        assertThat(numbers(ninth.overdue())).containsExactly("Q000002", "Q000006");
        assertThat(numbers(ninth.tomorrow())).containsExactly("Q000001");
        Capped<CaseView> cut = desk().reports().due(null, 1).overdue();
        assertThat(numbers(cut)).containsExactly("Q000002");
        assertThat(cut.total()).isEqualTo(2);
        assertThat(cut.cut()).isTrue();
        register(7, "南阳", "2020-02-01"); // registered after the period ran out
        assertThat(numbers(desk().reports().due(null).overdue())).containsExactly("Q000002", "Q000006", "Q000007");
        desk().cases().release("Q000007", "张医生", null, null);
        assertThat(numbers(desk().reports().due(null).overdue())).containsExactly("Q000002", "Q000006");
        // A past day counts the cases closed since (Q000002, released now) and not those registered since (Q000007).
        desk().cases().release("Q000002", "张医生", null, null);
        DueList ninthNow = desk().reports().due(LocalDate.of(2020, 2, 9));
        assertThat(numbers(ninthNow.overdue())).containsExactly("Q000002", "Q000006");
        assertThat(numbers(ninthNow.tomorrow())).containsExactly("Q000001");
        Capped<CaseView> ninthCut = desk().reports().due(LocalDate.of(2020, 2, 9), 1).overdue();
        assertThat(numbers(ninthCut)).containsExactly("Q000002");
        assertThat(ninthCut.total()).isEqualTo(2);
    }

    @Test
    default void thereIsNoReportOfAFutureDay() {
        failure(ErrorKind.INVALID_INPUT, "report.future", () -> desk().reports().daily(LocalDate.of(2020, 2, 4), 10));
    }

    /** SPEC §10.5: what the hotel teams still have to do today. */
    @Test
    default void theOperationsSectionNamesWhatIsLeftToDo() {
        admit(1, "南阳", "2020-02-03");
        desk().cases().admit(new dev.quarantine.core.request.AdmitRequest(null, DeskFixture.person(2, "南阳", "2020-02-03"),
                "36.5", HOTEL, null, false));
        admit(3, "武汉", "2020-02-03");
        desk().cases().transfer("Q000003", "郑州市第六人民医院");
        desk().operations().setTeamMember(HOTEL, 1, "medical", "张医生", "13900000001");
        desk().operations().disinfect(HOTEL, null, PublicArea.BINS, "消毒员");
        ServiceRequest meal = desk().operations().addService("Q000001", ServiceType.MEAL, "清真");
        now("2020-02-03T10:00");
        desk().operations().addService("Q000002", ServiceType.WATER, null);
        desk().cases().violation("Q000001", "擅自离开房间", "警告");
        now("2020-02-03T10:30");
        DailyReport.Operations ops = desk().reports().daily(null, 10).operations();
        assertThat(ops.awaitingDisinfection().items()).containsExactly(new RoomView(HOTEL, "103",
                RoomState.NEEDS_DISINFECTION, 1, null, null, null));
        assertThat(ops.areasNotDisinfected()).extracting(DailyReport.AreaGap::area)
                .containsExactly(PublicArea.ELEVATORS, PublicArea.CORRIDORS, PublicArea.SEWAGE);
        assertThat(ops.hotelsNotInspected()).containsExactly(HOTEL);
        assertThat(ops.blocksWithEmptyRole()).containsExactly(new DailyReport.BlockGap(HOTEL, 1,
                List.of("party-member", "volunteer", "police", "hotel-staff")));
        assertThat(ops.requestsOpenOverTwoHours().items()).containsExactly(meal);
        assertThat(numbers(ops.pendingCommitments())).containsExactly("Q000002");
        assertThat(ops.violations().items()).singleElement().satisfies(v -> {
            assertThat(v.caseNumber()).isEqualTo("Q000001");
            assertThat(v.note()).isEqualTo("擅自离开房间");
            assertThat(v.penalty()).isEqualTo("警告");
            assertThat(v.recordedBy()).isEqualTo(OPERATOR);
        });
        desk().operations().inspect(HOTEL, "王主任", "无");
        desk().operations().serviceDone(meal.id(), "送餐员");
        DailyReport.Operations later = desk().reports().daily(null, 10).operations();
        assertThat(later.hotelsNotInspected()).isEmpty();
        assertThat(later.requestsOpenOverTwoHours().total()).isZero();
        failure(ErrorKind.REFUSED, "service.done", () -> desk().operations().serviceDone(meal.id(), "送餐员"));
    }

    /** SPEC §6: each block has five role slots; setting a slot replaces whoever held it. */
    @Test
    default void aTeamSlotHoldsOneMember() {
        desk().operations().setTeamMember(HOTEL, 2, "volunteer", "李志愿", "13900000001");
        TeamMember now = desk().operations().setTeamMember(HOTEL, 2, "volunteer", "王志愿", "0371-6555 1234");
        assertThat(now).isEqualTo(new TeamMember(HOTEL, 2, "volunteer", "王志愿", "0371-65551234"));
        assertThat(desk().operations().team(HOTEL)).containsExactly(now);
        State before = state();
        failure(ErrorKind.INVALID_INPUT, "team.block", () -> desk().operations().setTeamMember(HOTEL, 3, "police", "赵警官",
                "13900000002"));
        failure(ErrorKind.INVALID_INPUT, "team.role", () -> desk().operations().setTeamMember(HOTEL, 1, "cook", "钱师傅",
                "13900000003"));
        assertThat(state()).isEqualTo(before);
        assertThat(desk().operations().team(null)).containsExactly(now);
    }
}
