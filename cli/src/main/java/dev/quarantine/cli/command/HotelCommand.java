package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.money.Money;
import picocli.CommandLine.Command;
import dev.quarantine.core.result.HotelRate;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code hotel add|list|rooms|rooms add|room|rate|close}. */
@Command(name = "hotel", description = "Hotels and their rooms.",
        subcommands = {HotelCommand.Add.class, HotelCommand.ListHotels.class, HotelCommand.Rooms.class,
                HotelCommand.RoomCommand.class, HotelCommand.Rate.class, HotelCommand.Close.class})
public final class HotelCommand extends GroupCommand {

    @Command(name = "add", description = "Add a hotel with its rooms and nightly rate.")
    public static final class Add extends DeskCommand {
        @Parameters(paramLabel = "NAME", description = "Hotel name.")
        String name;

        @Option(names = "--rooms", required = true, paramLabel = "SPEC", description = "Rooms: 101-130,201-230,0801.")
        String rooms;

        @Option(names = "--rate", required = true, paramLabel = "AMOUNT", description = "Nightly rate in yuan: 180, ¥180.00.")
        String rate;

        @Option(names = "--address", paramLabel = "TEXT", description = "Address.")
        String address;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            Money r = option("--rate", () -> Money.parse(rate));
            HotelView h = desk.hotels().add(name, address, r, rooms);
            output().object(docs().hotelDoc(h));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List hotels with their occupancy.")
    public static final class ListHotels extends DeskCommand {
        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<HotelView> hotels = desk.hotels().list();
            output().list(hotels.stream().map(h -> docs().hotelDoc(h)).toList(),
                    List.of("name", "nightlyRate", "rooms", "free", "occupied", "needsDisinfection", "outOfService",
                            "closedAt", "address"), new dev.quarantine.cli.render.Output.Fitting(
                            List.of("address", "closedAt", "outOfService"), Map.of("name", 16, "address", 24)));
            return CliExitCode.OK;
        }
    }

    @Command(name = "rooms", description = "List the rooms of a hotel with their state, block and occupant.",
            subcommands = Rooms.AddRooms.class)
    public static final class Rooms extends DeskCommand {
        @Parameters(paramLabel = "HOTEL", arity = "0..1", description = "Hotel name (optional when there is one).")
        String hotel;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<RoomView> rooms = desk.hotels().rooms(hotel);
            List<Map<String, Object>> rows = rooms.stream().map(r -> docs().roomDoc(r)).toList();
            output().list(rows, List.of("room", "state", "block", "caseNumber", "name", "note"));
            return CliExitCode.OK;
        }

        @Command(name = "add", description = "Add rooms to a hotel: they form the next blocks, the others keep theirs.")
        public static final class AddRooms extends DeskCommand {
            @Parameters(index = "0", paramLabel = "HOTEL", description = "Hotel name.")
            String hotel;

            @Parameters(index = "1", paramLabel = "ROOMS", description = "Rooms to add: 301-310,0401.")
            String rooms;

            @Override
            protected CliExitCode run(QuarantineDesk desk) {
                HotelView h = desk.hotels().addRooms(hotel, rooms);
                output().object(docs().hotelDoc(h));
                return CliExitCode.OK;
            }
        }
    }

    @Command(name = "room", description = "Take a room out of service, with the reason, or put it back in service.")
    public static final class RoomCommand extends DeskCommand {
        @Parameters(index = "0", paramLabel = "HOTEL", description = "Hotel name.")
        String hotel;

        @Parameters(index = "1", paramLabel = "ROOM", description = "Room number.")
        String room;

        @Option(names = "--out-of-service", description = "Take the room out of service (needs --reason).")
        boolean out;

        @Option(names = "--in-service", description = "Put the room back in service.")
        boolean in;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why: 空调故障, 已修好.")
        String reason;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            if (out == in) {
                throw new ParameterException(spec.commandLine(), i18n().text("hotel.room.oneOf"));
            }
            RoomView r = out ? desk.hotels().roomOutOfService(hotel, room, reason)
                    : desk.hotels().roomBackInService(hotel, room, reason);
            output().object(docs().roomDoc(r));
            return CliExitCode.OK;
        }
    }

    @Command(name = "rate", description = "Set a hotel's nightly rate from a date on, or show its rates.")
    public static final class Rate extends DeskCommand {
        @Parameters(index = "0", paramLabel = "HOTEL", description = "Hotel name.")
        String hotel;

        @Parameters(index = "1", arity = "0..1", paramLabel = "AMOUNT",
                description = "The new nightly rate in yuan: 200, ¥200.00 (leave out to show the rates).")
        String amount;

        @Option(names = "--from", paramLabel = "DATE",
                description = "First night billed at the new rate (default today).")
        String from;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<HotelRate> rates;
            if (amount == null) {
                if (from != null) {
                    throw new ParameterException(spec.commandLine(), i18n().text("hotel.rate.fromWithout"));
                }
                rates = desk.hotels().rates(hotel);
            } else {
                Money r = option("AMOUNT", () -> Money.parse(amount));
                rates = desk.hotels().setRate(hotel, r, date("--from", from));
            }
            List<Map<String, Object>> rows = rates.stream().map(x -> {
                Map<String, Object> d = docs().rateDoc(x);
                if (x.from() == null && output().format() == dev.quarantine.cli.render.Format.TABLE) {
                    d.put("from", i18n().text("hotel.rate.opening"));
                }
                return d;
            }).toList();
            output().list(rows, List.of("from", "nightlyRate", "inForce", "setAt", "setBy"));
            return CliExitCode.OK;
        }
    }

    @Command(name = "close", description = "Close a hotel once its last guest has left and its rooms are disinfected.")
    public static final class Close extends DeskCommand {
        @Parameters(paramLabel = "HOTEL", description = "Hotel name.")
        String hotel;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            HotelView h = desk.hotels().close(hotel);
            output().object(docs().hotelDoc(h));
            output().info(i18n().text("hotel.closed", h.name()));
            return CliExitCode.OK;
        }
    }
}
