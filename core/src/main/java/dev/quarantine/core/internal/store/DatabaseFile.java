package dev.quarantine.core.internal.store;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.file.FileProblems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Tells, before anything is written, whether a file is a Quarantine Desk database. Ours carry SQLite's
 * {@code application_id} {@link #APPLICATION_ID} in their header (set by {@code init}); databases made before it was
 * set are recognised by their tables. Everything else — an empty file, a text file, another program's SQLite
 * database — is refused with what it is, and left byte for byte as it was.
 */
final class DatabaseFile {
    /** "QDES" in ASCII: the application id of every database this program creates. */
    static final int APPLICATION_ID = 0x51444553;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFile() {
    }

    /** What the header says. */
    enum Kind { OURS, LEGACY_CANDIDATE }

    /**
     * Checks {@code file} without opening it as a database.
     *
     * @throws QuarantineException {@code DATA_FILE} saying what the file is when it is not ours
     */
    static Kind identify(Path file) {
        if (Files.isDirectory(file)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.isFolder", file);
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            FileProblems.checkFolderExists(file);
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.missing", file);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(100);
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
        if (head.length == 0) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.emptyFile", file);
        }
        if (head.length < 100 || !startsWith(head, MAGIC)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, looksLikeText(head) ? "db.notSqliteText" : "db.notSqlite",
                    file);
        }
        int appId = ((head[68] & 0xFF) << 24) | ((head[69] & 0xFF) << 16) | ((head[70] & 0xFF) << 8) | (head[71] & 0xFF);
        if (appId == APPLICATION_ID) {
            return Kind.OURS;
        }
        if (appId != 0) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.foreignApp", file, String.format("0x%08X", appId));
        }
        return Kind.LEGACY_CANDIDATE;
    }

    /**
     * For a SQLite file without our application id: looks at its tables through a read-only connection. A database
     * of ours from before the id (it has {@code schema_version} and {@code policy_version}) passes; another program's
     * is refused naming its tables.
     */
    static void checkLegacy(Path file) {
        Properties readOnly = new Properties();
        readOnly.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: nothing, not even the journal mode, is written
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(lookUrl(file), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 26) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.notSqlite", file);
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotOpen", file, e.getMessage());
        }
        if (tables.contains("schema_version") && tables.contains("policy_version")) {
            refuseNewer(file, readOnly);
            return;
        }
        if (tables.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.emptySqlite", file);
        }
        List<String> shown = tables.size() > 8 ? tables.subList(0, 8) : tables;
        throw new QuarantineException(ErrorKind.DATA_FILE, "db.foreign", file,
                String.join(", ", shown) + (tables.size() > 8 ? ", … (" + tables.size() + ")" : ""));
    }

    /** A database of ours from a newer version is refused before anything (even the journal mode) is written to it. */
    private static void refuseNewer(Path file, Properties readOnly) {
        try (Connection c = DriverManager.getConnection(lookUrl(file), readOnly);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            int version = rs.next() ? rs.getInt(1) : 0;
            if (version > Database.SCHEMA_VERSION) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "db.newer", file, version, Database.SCHEMA_VERSION);
            }
        } catch (SQLException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "db.cannotOpen", file, e.getMessage());
        }
    }

    /**
     * How a file that may not be ours is looked at. Even a read-only connection creates a {@code -wal} and a {@code -shm}
     * beside a write-ahead-log database, so without a log beside it the file is read as immutable (no lock, nothing
     * created); with one (another program has it open, or was killed) the log is part of its content and is read too.
     */
    private static String lookUrl(Path file) {
        Path abs = file.toAbsolutePath();
        if (Files.exists(Path.of(abs + "-wal"))) {
            return "jdbc:sqlite:" + abs;
        }
        String uriPath = abs.toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
        return "jdbc:sqlite:file:" + uriPath + "?immutable=1";
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
