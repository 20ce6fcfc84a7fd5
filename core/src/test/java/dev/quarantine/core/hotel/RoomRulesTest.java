package dev.quarantine.core.hotel;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoomRulesTest {

    @Test
    void naturalOrderComparesNumbersByValue() {
        List<String> rooms = new ArrayList<>(List.of("1001", "102", "101", "A2", "A10", "0801", "801"));
        rooms.sort(NaturalOrder.INSTANCE);
        assertThat(rooms).containsExactly("101", "102", "0801", "801", "1001", "A2", "A10");
    }

    @Test
    void roomSpecExpandsRangesKeepingZeroPadding() {
        assertThat(RoomSpec.parse("101-103,201-202,0801")).containsExactly("101", "102", "103", "201", "202", "0801");
        assertThat(RoomSpec.parse("0801-0803")).containsExactly("0801", "0802", "0803");
        assertThat(RoomSpec.parse("101-130,201-230")).hasSize(60);
        assertThat(RoomSpec.parse("１０１，１０２")).containsExactly("101", "102");
    }

    @ParameterizedTest(name = "room spec {0} is refused")
    @CsvSource({"'', rooms.empty", "130-101, rooms.range", "101-, rooms.part", "1-20000, rooms.tooMany",
            "'10 1-x', rooms.part"})
    void badRoomSpecsAreRefused(String spec, String key) {
        assertThatThrownBy(() -> RoomSpec.parse(spec))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static List<Room> rooms(RoomState... states) {
        List<String> numbers = List.of("101", "102", "103", "1001", "104");
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            rooms.add(new Room(numbers.get(i), states[i], i + 1));
        }
        return rooms;
    }

    @Test
    void autoAssignmentTakesTheLowestFreeRoomSkippingThoseAwaitingDisinfection() {
        List<Room> rooms = rooms(RoomState.OCCUPIED, RoomState.NEEDS_DISINFECTION, RoomState.FREE, RoomState.FREE);
        assertThat(RoomAssignment.pick("Jinjiang", rooms, null).number()).isEqualTo("103");
    }

    @Test
    void naturalOrderDecidesNotInsertionOrder() {
        List<Room> rooms = List.of(new Room("1001", RoomState.FREE, 2), new Room("102", RoomState.FREE, 1));
        assertThat(RoomAssignment.pick("H", rooms, null).number()).isEqualTo("102");
    }

    @Test
    void aChosenRoomMustBeFreeAndExist() {
        List<Room> rooms = rooms(RoomState.OCCUPIED, RoomState.FREE);
        assertThat(RoomAssignment.pick("H", rooms, "102").number()).isEqualTo("102");
        assertThatThrownBy(() -> RoomAssignment.pick("H", rooms, "101"))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED));
        assertThatThrownBy(() -> RoomAssignment.pick("H", rooms, "909"))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void aFullHotelRefusesWithItsOccupancy() {
        List<Room> rooms = rooms(RoomState.OCCUPIED, RoomState.OCCUPIED, RoomState.NEEDS_DISINFECTION);
        assertThatThrownBy(() -> RoomAssignment.pick("Jinjiang", rooms, null))
                .isInstanceOfSatisfying(QuarantineException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.REFUSED))
                .hasMessage("hotel Jinjiang is full: 2 of 3 rooms occupied, 1 awaiting disinfection");
    }

    @ParameterizedTest(name = "room at position {0} is in block {1}")
    @CsvSource({"1, 1", "5, 1", "6, 2", "10, 2", "11, 3"})
    void blockIsThePositionInNaturalOrderDividedByFive(int position, int block) {
        assertThat(Room.blockOf(position, 5)).isEqualTo(block);
    }
}
