package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository's launcher ({@code ./quarantine}) and its cache: a class-data-sharing archive and sqlite-jdbc's native
 * library per build of the jar, in {@code $XDG_CACHE_HOME/quarantine-desk}; the caches of builds unused for 30 days are
 * removed, the others kept.
 */
class LauncherIT {
    @TempDir
    Path dir;

    @Test
    void keepsACachePerBuildAndRemovesThoseUnusedFor30Days() throws Exception {
        Path caches = Files.createDirectories(dir.resolve("cache").resolve("quarantine-desk"));
        Path old = Files.createDirectories(caches.resolve("1-1"));
        Path recent = Files.createDirectories(caches.resolve("2-2"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(20))));

        // The training's temporary folder, with what an interrupted training left two hours ago and one running now.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path interrupted = Files.createDirectories(tmp.resolve("quarantine-training1"));
        Files.writeString(interrupted.resolve("training.db"), "x");
        Files.setLastModifiedTime(interrupted, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = Files.createDirectories(tmp.resolve("quarantine-training2"));
        assertThat(launch(LAUNCHER, "-Djava.io.tmpdir=" + tmp, "--version")).contains("Quarantine Desk ");
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.toList()).as("its own folder removed, an interrupted one's too, a running one's kept")
                    .containsExactly(running);
        }
        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        List<Path> current;
        try (Stream<Path> s = Files.list(caches)) {
            current = s.filter(p -> !p.equals(recent)).toList();
        }
        assertThat(current).hasSize(1);
        assertThat(current.get(0).resolve("classes.jsa")).as("archive made at the first run").isRegularFile();
        try (Stream<Path> s = Files.list(current.get(0))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("classes.")).toList())
                    .as("the class list it was made from removed").containsExactly("classes.jsa");
        }
        // The second run starts from the archive (-Xshare:on makes the JVM fail if it cannot) and says nothing about it.
        assertThat(launch(LAUNCHER, "-Xshare:on", "--version")).startsWith("Quarantine Desk ");
        // The archive was recorded from the everyday commands on a throwaway register, not from that --version: a
        // report on a real one loads SQLite's driver and the report's classes from it, not from the jar.
        Path loaded = dir.resolve("classes-loaded.txt");
        launch(LAUNCHER, "", "--db", "demo.db", "demo");
        launch(LAUNCHER, "-Xshare:on -Xlog:class+load=info:file=" + loaded, "--db", "demo.db", "report", "daily");
        assertThat(Files.readString(loaded)).contains("org.sqlite.JDBC source: shared objects file")
                .contains("dev.quarantine.core.internal.service.ReportService source: shared objects file")
                .contains("dev.quarantine.cli.render.DailyReportText source: shared objects file")
                // picocli's classes too (compiled for Java 5: an archive made at a run's exit leaves them out), and
                // its built-in converters, left out when a lambda of ours implements picocli's converter interface.
                .contains("picocli.CommandLine$Model$CommandSpec source: shared objects file")
                .contains("picocli.CommandLine$BuiltIn$IntegerConverter source: shared objects file")
                .contains("dev.quarantine.cli.Cli$Handlers source: shared objects file");
        // A district's command on PostgreSQL too: the driver's classes come from the archive (a port nobody listens
        // on: the command fails, exit 5, after loading the driver's way in).
        Path loadedPg = dir.resolve("classes-loaded-pg.txt");
        launch(LAUNCHER, "-Xshare:on -Xlog:class+load=info:file=" + loadedPg, 5, "--db",
                "postgresql://nobody@127.0.0.1:" + closedPort() + "/none", "list");
        assertThat(Files.readString(loadedPg)).contains("org.postgresql.Driver source: shared objects file")
                .contains("org.postgresql.core.v3.ConnectionFactoryImpl source: shared objects file")
                .contains("dev.quarantine.postgres.PostgresDialect source: shared objects file");
    }

    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * A second checkout whose jar has the same size and time as this one's (a clone built from the same commit, a copy)
     * gets a cache of its own: the class-data archive records the jar's path, and one recorded for another path was
     * silently ignored by every later run (the JVM falls back to no archive), which cost each command about 0.15 s.
     */
    @Test
    void aCopyOfTheJarElsewhereGetsItsOwnArchive() throws Exception {
        Path jar = LAUNCHER.resolveSibling("cli").resolve("target").resolve("quarantine.jar");
        Path copy = Files.createDirectories(dir.resolve("copy").resolve("cli").resolve("target"));
        Files.copy(jar, copy.resolve("quarantine.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Path launcherCopy = Files.copy(LAUNCHER, dir.resolve("copy").resolve("quarantine"),
                StandardCopyOption.COPY_ATTRIBUTES);
        // Its sources are not copied: the copy's launcher finds nothing newer than the jar and runs it as it is.
        assertThat(launch(LAUNCHER, "", "--version")).contains("Quarantine Desk ");
        assertThat(launch(launcherCopy, "", "--version")).contains("Quarantine Desk ");
        assertThat(launch(launcherCopy, "-Xshare:on", "--version")).startsWith("Quarantine Desk ");
        assertThat(launch(LAUNCHER, "-Xshare:on", "--version")).startsWith("Quarantine Desk ");
    }

    /**
     * A JVM that makes no archive (here a {@code java} first on the PATH that refuses {@code -Xshare:dump}, as one
     * built without class-data sharing does) gets one try per build, not a training before every command; its
     * commands run all the same.
     */
    @Test
    void aJvmThatMakesNoArchiveIsTriedOncePerBuild() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + "for a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && { echo refused >> \"" + dir.resolve("dumps") + "\"; "
                + "echo 'Error: sharing is not supported' >&2; exit 1; }; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        path = bin + ":" + System.getenv("PATH");
        assertThat(launch(LAUNCHER, "", "--version")).startsWith("Quarantine Desk ");
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("Preparing");
        assertThat(launch(LAUNCHER, "", "--version")).startsWith("Quarantine Desk ");
        assertThat(Files.readString(dir.resolve("err.txt"))).doesNotContain("Preparing");
        assertThat(Files.readAllLines(dir.resolve("dumps"))).as("one try").containsExactly("refused");
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("classes.")).toList())
                    .as("no archive, no class list left behind").isEmpty();
        }
    }

    private static final Path LAUNCHER = Path.of("..", "quarantine").toAbsolutePath().normalize();

    /** The launcher's PATH when not null. */
    private String path;

    private String launch(String... args) throws IOException, InterruptedException {
        return launch(LAUNCHER, "", args);
    }

    private String launch(Path launcher, String javaOpts, String... args) throws IOException, InterruptedException {
        return launch(launcher, javaOpts, 0, args);
    }

    private String launch(Path launcher, String javaOpts, int exit, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList())
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("QUARANTINE_JAVA_OPTS", javaOpts);
        pb.environment().put("LC_ALL", "C.UTF-8");
        if (path != null) {
            pb.environment().put("PATH", path);
        }
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(exit);
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }
}
