package dev.quarantine.core.desk;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.hotel.RoomState;
import dev.quarantine.core.money.RateSpan;
import dev.quarantine.core.report.DailyReport;
import dev.quarantine.core.request.AdmitRequest;
import dev.quarantine.core.result.Bill;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.quarantine.core.desk.DeskFixture.failure;
import static dev.quarantine.core.desk.DeskFixture.person;
import static dev.quarantine.core.desk.DeskFixture.yuan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hotels as they really are (issue 15): a rate that changes from a date on, each night billed at the rate in force that
 * night; rooms added later; rooms out of service and back, with the reason; a hotel closed when its last guest has
 * left.
 */
public interface HotelContract extends DeskFixture {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    default void eachNightIsBilledAtTheRateInForceThatNight() {
        admit(1, "南阳", "2020-02-03"); // nights 02-03 … 02-09 at 180 so far
        List<HotelRate> rates = desk().hotels().setRate(HOTEL, yuan("200"), d("2020-02-06"));
        assertThat(rates).extracting(HotelRate::from).containsExactly(null, d("2020-02-06"));
        assertThat(rates).extracting(HotelRate::rate).containsExactly(yuan("180"), yuan("200"));
        assertThat(rates).extracting(HotelRate::inForce).containsExactly(true, false);
        Bill b = desk().billing().bill("Q000001");
        assertThat(b.rates()).containsExactly(
                new RateSpan(d("2020-02-03"), d("2020-02-05"), 3, yuan("180"), yuan("540")),
                new RateSpan(d("2020-02-06"), d("2020-02-09"), 4, yuan("200"), yuan("800")));
        assertThat(b.total()).isEqualTo(yuan("1340"));
        assertThat(b.nightlyRate()).isEqualTo(yuan("180"));
        assertThat(b.person()).isEqualTo(yuan("402"));
        // The hotel shows the rate in force today; a case admitted after the change pays the new rate from its first night.
        assertThat(desk().hotels().list().get(0).nightlyRate()).isEqualTo(yuan("180"));
        now("2020-02-07T09:00");
        assertThat(desk().hotels().list().get(0).nightlyRate()).isEqualTo(yuan("200"));
        assertThat(admit(2, "信阳", "2020-02-07").estimate().total()).isEqualTo(yuan("1400"));
        // A correction of the same date supersedes the earlier setting.
        desk().hotels().setRate(HOTEL, yuan("190"), d("2020-02-06"));
        assertThat(desk().hotels().rates(HOTEL)).extracting(HotelRate::rate).containsExactly(yuan("180"), yuan("190"));
        assertThat(desk().billing().bill("Q000001").total()).isEqualTo(yuan("1300"));
        assertThat(events().get(events().size() - 1).details()).contains("190.00 a night from 2020-02-06 (was 200.00)");
    }

    @Test
    default void aRateThatWouldChangeAFinalBillIsRefused() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-10T10:00");
        Bill fin = desk().cases().release("Q000001", "张医生", "36.5", null).bill();
        State before = state();
        QuarantineException e = failure(ErrorKind.REFUSED, "hotel.rateFinalBills",
                () -> desk().hotels().setRate(HOTEL, yuan("200"), d("2020-02-09")));
        assertThat(e.getMessage()).contains("Q000001").contains("2020-02-10");
        assertThat(state()).isEqualTo(before);
        desk().hotels().setRate(HOTEL, yuan("200"), d("2020-02-10"));
        assertThat(desk().billing().bill("Q000001")).isEqualTo(fin);
        failure(ErrorKind.INVALID_INPUT, "hotel.rateTooHigh", () -> desk().hotels().setRate(HOTEL, yuan("100001"), null));
    }

    @Test
    default void roomsAddedLaterFormTheNextBlocksAndKeepTheOthersWhereTheyAre() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-04T09:00");
        HotelView h = desk().hotels().addRooms(HOTEL, "111-115,0116");
        assertThat(h.rooms()).isEqualTo(16);
        List<RoomView> rooms = desk().hotels().rooms(HOTEL);
        assertThat(rooms.get(0)).extracting(RoomView::number, RoomView::block).containsExactly("101", 1);
        assertThat(rooms).filteredOn(r -> r.number().equals("111")).singleElement()
                .extracting(RoomView::block).isEqualTo(3);
        State before = state();
        QuarantineException e = failure(ErrorKind.REFUSED, "rooms.exist", () -> desk().hotels().addRooms(HOTEL, "110-112"));
        assertThat(e.getMessage()).contains("110, 111, 112");
        failure(ErrorKind.INVALID_INPUT, "rooms.range", () -> desk().hotels().addRooms(HOTEL, "120-118"));
        failure(ErrorKind.NOT_FOUND, "hotel.notFound", () -> desk().hotels().addRooms("如家", "1-5"));
        assertThat(state()).isEqualTo(before);
        // A past day's report counts only the rooms the hotel had then.
        assertThat(desk().reports().daily(d("2020-02-03"), 10).census().hotels().get(0).rooms()).isEqualTo(10);
        assertThat(desk().reports().daily(null, 10).census().hotels().get(0).rooms()).isEqualTo(16);
    }

    @Test
    default void aRoomGoesOutOfServiceWithItsReasonAndComesBack() {
        RoomView out = desk().hotels().roomOutOfService(HOTEL, "101", "空调故障");
        assertThat(out.state()).isEqualTo(RoomState.OUT_OF_SERVICE);
        assertThat(out.note()).isEqualTo("空调故障");
        assertThat(desk().hotels().list().get(0).outOfService()).isEqualTo(1);
        // An admission passes it by.
        assertThat(admit(1, "南阳", "2020-02-03").caseView().room()).isEqualTo("102");
        State before = state();
        failure(ErrorKind.REFUSED, "room.occupiedOut", () -> desk().hotels().roomOutOfService(HOTEL, "102", "漏水"));
        failure(ErrorKind.REFUSED, "room.alreadyOut", () -> desk().hotels().roomOutOfService(HOTEL, "101", "again"));
        failure(ErrorKind.REFUSED, "room.notOut", () -> desk().hotels().roomBackInService(HOTEL, "103", null));
        failure(ErrorKind.REFUSED, "room.notFree", () -> desk().cases().admit(new AdmitRequest(null, person(2, "南阳",
                "2020-02-03"), "36.5", HOTEL, "101", true)));
        QuarantineException noReason = failure(ErrorKind.INVALID_INPUT, "field.required",
                () -> desk().hotels().roomOutOfService(HOTEL, "103", ""));
        assertThat(noReason.field()).isEqualTo("reason");
        failure(ErrorKind.NOT_FOUND, "room.unknown", () -> desk().hotels().roomOutOfService(HOTEL, "999", "x"));
        assertThat(state()).isEqualTo(before);
        now("2020-02-05T09:00");
        RoomView back = desk().hotels().roomBackInService(HOTEL, "101", "已修好");
        assertThat(back.state()).isEqualTo(RoomState.FREE);
        assertThat(back.note()).isNull();
        assertThat(events()).extracting(h -> h.action()).contains("room-out", "room-in");
        // Past days' reports know when it was out.
        assertThat(desk().reports().daily(d("2020-02-04"), 10).census().hotels().get(0).outOfService()).isEqualTo(1);
        assertThat(desk().reports().daily(null, 10).census().hotels().get(0).outOfService()).isZero();
    }

    @Test
    default void aRoomLeftByAGuestComesBackAwaitingDisinfection() {
        admit(1, "南阳", "2020-02-03");
        now("2020-02-10T10:00");
        desk().cases().release("Q000001", "张医生", "36.5", null);
        desk().hotels().roomOutOfService(HOTEL, "101", "墙面渗水");
        RoomView back = desk().hotels().roomBackInService(HOTEL, "101", "已修好");
        assertThat(back.state()).isEqualTo(RoomState.NEEDS_DISINFECTION);
    }

    @Test
    default void aHotelClosesWhenItsLastGuestHasLeftAndItsRoomsAreClean() {
        desk().hotels().add("如家", null, yuan("150"), "1-3");
        admit(1, "南阳", "2020-02-03");
        State before = state();
        QuarantineException guests = failure(ErrorKind.REFUSED, "hotel.closeGuests", () -> desk().hotels().close(HOTEL));
        assertThat(guests.getMessage()).contains("Q000001 (101)");
        assertThat(state()).isEqualTo(before);
        now("2020-02-10T10:00");
        desk().cases().release("Q000001", "张医生", "36.5", null);
        failure(ErrorKind.REFUSED, "hotel.closeDirty", () -> desk().hotels().close(HOTEL));
        desk().operations().disinfect(HOTEL, "101", null, "保洁");
        HotelView closed = desk().hotels().close(HOTEL);
        assertThat(closed.closed()).isTrue();
        assertThat(desk().cases().show("Q000001").status()).isEqualTo(CaseStatus.RELEASED);
        failure(ErrorKind.REFUSED, "hotel.closed", () -> desk().hotels().close(HOTEL));
        failure(ErrorKind.REFUSED, "hotel.closed", () -> desk().cases().admit(new AdmitRequest(null, person(2, "南阳",
                "2020-02-10"), "36.5", HOTEL, null, true)));
        failure(ErrorKind.REFUSED, "hotel.closed", () -> desk().hotels().addRooms(HOTEL, "201"));
        failure(ErrorKind.REFUSED, "hotel.closed", () -> desk().hotels().setRate(HOTEL, yuan("100"), null));
        // The open hotel is now the only one guests can go to, and the only one the report asks about.
        assertThat(desk().cases().admit(new AdmitRequest(null, person(3, "南阳", "2020-02-10"), "36.5", null, null, true))
                .caseView().hotel()).isEqualTo("如家");
        DailyReport r = desk().reports().daily(null, 10);
        assertThat(r.operations().hotelsNotInspected()).containsExactly("如家");
        assertThat(r.census().hotels()).extracting(HotelView::name).containsExactly("如家");
        assertThat(desk().hotels().list()).extracting(HotelView::name).contains(HOTEL);
        assertThat(desk().billing().bill("Q000001").total()).isEqualTo(yuan("1260"));
        // The day before it closed, it was still reported.
        assertThat(desk().reports().daily(d("2020-02-09"), 10).census().hotels()).extracting(HotelView::name)
                .contains(HOTEL);
    }
}
