package dev.quarantine.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SQLite database is its file and, while open, side files beside it ({@code -wal}, {@code -shm}; {@code -journal}
 * during a rollback). Whoever replaces or removes a database file goes through here, so that no stale log is left to
 * be replayed into a new file of the same name.
 */
public final class SqliteFiles {
    private static final List<String> SIDES = List.of("-wal", "-shm", "-journal");

    private SqliteFiles() {
    }

    /** The side files a database at {@code file} may have. */
    public static List<Path> sides(Path file) {
        return SIDES.stream().map(s -> Path.of(file + s)).toList();
    }

    /** Deletes a database file of one's own (a temporary one) with its side files; what cannot go stays. */
    public static void deleteWithSides(Path file) {
        for (Path p : Stream.concat(Stream.of(file), sides(file).stream()).toList()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover temporary file is harmless; the next run removes it
            }
        }
    }
}
