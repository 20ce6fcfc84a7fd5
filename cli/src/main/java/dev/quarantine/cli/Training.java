package dev.quarantine.cli;

import dev.quarantine.core.cases.CaseNumber;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The everyday commands run once, in one JVM, on a throwaway demo register: the repository's launcher runs this at a
 * build's first use ({@code -Dquarantine.cds-training=true}), with the JVM recording every class loaded into the
 * class-data archive that later commands start from. An archive recorded from the user's first command (often
 * {@code --version} or {@code init}) held neither SQLite's driver nor the report's classes, and each command loaded
 * and verified them again: 0.06–0.1 s of a report. It prints nothing, reads no environment (never the user's
 * database) and removes its folder.
 */
final class Training {
    /** The demo's fortnight is 2020-02-01 … 2020-02-14: the day after it, and a day in it. */
    private static final String NOW = "2020-02-15T10:00";
    private static final String PAST = "2020-02-10";

    private Training() {
    }

    static void run() throws IOException {
        removeStale(Path.of(System.getProperty("java.io.tmpdir")));
        Path dir = Files.createTempDirectory("quarantine-training");
        try {
            String db = dir.resolve("training.db").toString();
            run("--db", db, "demo");
            for (List<String> command : List.of(List.of("report", "daily"), List.of("report", "daily", "--date", PAST),
                    List.of("due"), List.of("due", "--on", PAST), List.of("list", "--status", "ADMITTED"),
                    List.of("list", "--name", "王"), List.of("list", "--phone", "1234"), List.of("find", "王"),
                    List.of("find", "1234"), List.of("show", "Q000001"), List.of("bill", "Q000001"),
                    List.of("history", "Q000001"), List.of("hotel", "list"), List.of("fever", "list"),
                    List.of("--format", "json", "list", "--limit", "5"),
                    List.of("--format", "csv", "list", "--limit", "5"), List.of("--lang", "zh", "due"))) {
                run(Stream.concat(Stream.of("--db", db, "--now", NOW), command.stream()).toArray(String[]::new));
            }
            String hotel = firstColumn(capture("--db", db, "--format", "csv", "hotel", "list"));
            for (int id = 1; id <= 20 && hotel != null; id++) {
                if (run("--db", db, "--now", NOW, "admit", CaseNumber.of(id).toString(), "--temp", "36.5", "--hotel",
                        hotel) == 0) {
                    break;
                }
            }
            Path roster = dir.resolve("roster.csv");
            Files.writeString(roster, "name,id_number,phone,origin,arrival_date,community,address\n"
                    + "王伟,410105198503121008,13803711234,河南省南阳市,2020-02-13,祭城路社区,郑东新区祭城路88号\n"
                    + "李娜,420106199001011012,13937155678,湖北省武汉市,2020-02-14,龙湖社区,郑东新区龙湖南路12号\n",
                    StandardCharsets.UTF_8);
            run("--db", db, "--now", NOW, "import", roster.toString());
            run("--help");
            postgres();
        } finally {
            remove(dir);
        }
    }

    /**
     * A district's commands on PostgreSQL: the driver's way in is walked up to a refused connection (a port nobody
     * listens on; a made-up password given, so that no password is looked up in the environment or a password file),
     * and the driver's other classes (its queries, results, authentication) and ours are loaded without being run.
     * Without them each command on PostgreSQL loaded about 150 of the driver's classes from the jar (0.06 s of a 0.7 s
     * {@code list}).
     */
    private static void postgres() {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again at once: nobody listens there
        } catch (IOException e) {
            return;
        }
        java.util.Properties login = new java.util.Properties();
        login.setProperty("user", "training");
        login.setProperty("password", "training");
        login.setProperty("sslmode", "disable");
        login.setProperty("gssEncMode", "disable");
        login.setProperty("connectTimeout", "2");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/training", login)) {
            // not reached: nobody listens there
        } catch (java.sql.SQLException e) {
            // the refusal expected
        }
        ClassLoader loader = Training.class.getClassLoader();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(
                Path.of(Training.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile())) {
            for (String name : jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && !n.contains("-") && (n.startsWith("org/postgresql/")
                            || n.startsWith("dev/quarantine/postgres/"))).toList()) {
                try {
                    Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // a part of the driver for what is not here (OSGi, Windows' SSPI): never loaded by a command
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // not run from a jar (the tests): nothing to load this way
        }
    }

    /** The folders of trainings interrupted over an hour ago (Ctrl-C skips the cleanup); a running one is younger. */
    private static void removeStale(Path tmp) throws IOException {
        java.time.Instant hourAgo = java.time.Instant.now().minusSeconds(3600);
        try (Stream<Path> folders = Files.list(tmp)) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("quarantine-training")).toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(hourAgo)) {
                    remove(folder);
                }
            }
        } catch (IOException e) {
            // an unreadable temporary folder: nothing to clean
        }
    }

    private static void remove(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int run(String... args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        return Cli.mainWithoutExit(args, sink, sink, Map.of());
    }

    private static String capture(String... args) {
        StringWriter out = new StringWriter();
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Cli.mainWithoutExit(args, new PrintWriter(out), sink, Map.of());
        return out.toString();
    }

    /** The first column of the first row after the header of CSV {@code text}, or null. */
    private static String firstColumn(String text) {
        List<String> lines = text.lines().toList();
        return lines.size() < 2 ? null : lines.get(1).split(",", -1)[0].replace("\"", "");
    }
}
