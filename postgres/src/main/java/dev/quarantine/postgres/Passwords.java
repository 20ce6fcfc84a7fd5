package dev.quarantine.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where psql finds a password, in its order: {@code PGPASSWORD}, then the password file ({@code PGPASSFILE}, else
 * {@code ~/.pgpass}; {@code %APPDATA%\postgresql\pgpass.conf} on Windows), whose lines are
 * {@code host:port:database:user:password} with {@code *} for any and {@code \:} for a colon. Like libpq, a password
 * file that others may read is ignored.
 */
final class Passwords {
    private final Map<String, String> env;
    private final Path home;

    Passwords(Map<String, String> env, Path home) {
        this.env = env;
        this.home = home;
    }

    static Passwords system() {
        return new Passwords(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    Optional<String> find(PostgresLocation l) {
        String pw = env.get("PGPASSWORD");
        if (pw != null && !pw.isEmpty()) {
            return Optional.of(pw);
        }
        Path file = file();
        if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f.get(0), l.host()) && matches(f.get(1), Integer.toString(l.port()))
                    && matches(f.get(2), l.database()) && matches(f.get(3), l.user())) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private Path file() {
        String named = env.get("PGPASSFILE");
        if (named != null && !named.isEmpty()) {
            return Path.of(named);
        }
        String appData = env.get("APPDATA");
        if (System.getProperty("os.name", "").startsWith("Windows") && appData != null) {
            return Path.of(appData, "postgresql", "pgpass.conf");
        }
        return home == null ? null : home.resolve(".pgpass");
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // not a POSIX file system: the folder's ACL protects it
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                f.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
