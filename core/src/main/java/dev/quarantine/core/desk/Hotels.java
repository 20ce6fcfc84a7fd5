package dev.quarantine.core.desk;

import dev.quarantine.core.internal.service.HotelService;
import dev.quarantine.core.money.Money;
import dev.quarantine.core.result.HotelRate;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.result.RoomView;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The hotels and their rooms and rates: {@code desk.hotels()}.
 */
public final class Hotels {
    private final HotelService hotels;

    Hotels(HotelService hotels) {
        this.hotels = hotels;
    }

    /** Adds a hotel with its rooms ({@code 101-130,201-230,0801}) and nightly rate. */
    public HotelView add(String name, String address, Money rate, String rooms) {
        return hotels.add(name, address, rate, rooms);
    }

    /** The hotels, by name, with their occupancy. */
    public List<HotelView> list() {
        return hotels.all();
    }

    /** The rooms of a hotel in natural order, with their block and occupant, and why a room is out of service. */
    public List<RoomView> rooms(String hotelName) {
        return hotels.rooms(hotelName);
    }

    /**
     * Adds rooms to a hotel ({@code 301-310}): the rooms it has keep their blocks and teams, the new ones form the next
     * blocks. A number the hotel has already is refused.
     */
    public HotelView addRooms(String hotel, String rooms) {
        return hotels.addRooms(hotel, rooms);
    }

    /** Takes a room out of service, with the reason; a room with a guest stays in service until the guest leaves. */
    public RoomView roomOutOfService(String hotel, String room, String reason) {
        return hotels.roomService(hotel, room, true, reason);
    }

    /**
     * Puts a room back in service: free, or awaiting disinfection when someone left it since it was last disinfected.
     *
     * @param reason what was done (may be null)
     */
    public RoomView roomBackInService(String hotel, String room, String reason) {
        return hotels.roomService(hotel, room, false, reason);
    }

    /**
     * Sets a hotel's nightly rate from {@code from} on (today when null): each night is billed at the rate in force that
     * night, in the estimates of the cases staying there too. A date that would change a final bill is refused.
     *
     * @return the hotel's rates, the opening one first
     */
    public List<HotelRate> setRate(String hotel, Money rate, LocalDate from) {
        return hotels.setRate(hotel, rate, from);
    }

    /** A hotel's opening rate and every change, oldest first, the one in force today marked. */
    public List<HotelRate> rates(String hotel) {
        return hotels.rates(hotel);
    }

    /**
     * Closes a hotel once its last guest has left and its rooms are disinfected: it takes no more guests and drops out
     * of the daily report's operations; its cases and bills stay.
     */
    public HotelView close(String hotel) {
        return hotels.close(hotel);
    }

    /** Streams every room of every hotel, hotels by name and rooms in natural order, from one snapshot (exports). */
    public void forEachRoom(Consumer<RoomView> consumer) {
        hotels.forEachRoom(consumer);
    }
}
