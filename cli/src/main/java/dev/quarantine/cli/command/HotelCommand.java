package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.result.HotelView;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.result.RoomView;
import dev.quarantine.core.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code hotel add|list|rooms}. */
@Command(name = "hotel", description = "Hotels and their rooms.",
        subcommands = {HotelCommand.Add.class, HotelCommand.ListHotels.class, HotelCommand.Rooms.class})
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
            HotelView h = desk.addHotel(name, address, r, rooms);
            output().object(docs().hotelDoc(h));
            return CliExitCode.OK;
        }
    }

    @Command(name = "list", description = "List hotels with their occupancy.")
    public static final class ListHotels extends DeskCommand {
        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<HotelView> hotels = desk.hotels();
            output().list(hotels.stream().map(h -> docs().hotelDoc(h)).toList(),
                    List.of("name", "nightlyRate", "rooms", "free", "occupied", "needsDisinfection", "address"));
            return CliExitCode.OK;
        }
    }

    @Command(name = "rooms", description = "List the rooms of a hotel with their state, block and occupant.")
    public static final class Rooms extends DeskCommand {
        @Parameters(paramLabel = "HOTEL", arity = "0..1", description = "Hotel name (optional when there is one).")
        String hotel;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            List<RoomView> rooms = desk.rooms(hotel);
            List<Map<String, Object>> rows = rooms.stream().map(r -> docs().roomDoc(r)).toList();
            output().list(rows, List.of("room", "state", "block", "caseNumber", "name"));
            return CliExitCode.OK;
        }
    }
}
