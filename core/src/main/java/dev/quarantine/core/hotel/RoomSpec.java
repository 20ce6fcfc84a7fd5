package dev.quarantine.core.hotel;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hotel's rooms as written on the command line (SPEC §6): numbers and ranges separated by commas,
 * {@code 101-130,201-230,0801}. A range keeps its zero padding ({@code 0801-0803} → {@code 0801}, {@code 0802}, {@code 0803}).
 */
public final class RoomSpec {
    private static final int MAX_ROOMS = 10_000;

    private RoomSpec() {
    }

    /** The rooms in natural order, each once. */
    public static List<String> parse(String spec) {
        String s = TextNormalizer.foldNoSpaces(spec).replace('，', ',').replace('、', ',');
        if (s.isEmpty()) {
            throw QuarantineException.invalid("rooms.empty");
        }
        Set<String> rooms = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] ends = part.split("-", -1);
            if (ends.length == 1 && ends[0].matches("[A-Za-z0-9]{1,10}")) {
                add(rooms, ends[0], spec);
            } else if (ends.length == 2 && ends[0].matches("\\d{1,9}") && ends[1].matches("\\d{1,9}")) {
                long from = Long.parseLong(ends[0]);
                long to = Long.parseLong(ends[1]);
                if (from > to) {
                    throw QuarantineException.invalid("rooms.range", part);
                }
                if (to - from >= MAX_ROOMS) {
                    throw QuarantineException.invalid("rooms.tooMany", spec.strip(), MAX_ROOMS);
                }
                int width = ends[0].length();
                for (long n = from; n <= to; n++) {
                    String text = Long.toString(n);
                    add(rooms, text.length() < width ? "0".repeat(width - text.length()) + text : text, spec);
                }
            } else {
                throw QuarantineException.invalid("rooms.part", part);
            }
        }
        if (rooms.isEmpty()) {
            throw QuarantineException.invalid("rooms.empty");
        }
        List<String> sorted = new ArrayList<>(rooms);
        sorted.sort(NaturalOrder.INSTANCE);
        return sorted;
    }

    private static void add(Set<String> rooms, String room, String spec) {
        if (!rooms.add(room)) {
            throw QuarantineException.invalid("rooms.repeated", room, spec.strip());
        }
        if (rooms.size() > MAX_ROOMS) {
            throw QuarantineException.invalid("rooms.tooMany", spec.strip(), MAX_ROOMS);
        }
    }
}
