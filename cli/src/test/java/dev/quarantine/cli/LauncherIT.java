package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

        assertThat(launch("--version")).contains("Quarantine Desk ");
        assertThat(old).doesNotExist();
        assertThat(recent).isDirectory();
        List<Path> current;
        try (Stream<Path> s = Files.list(caches)) {
            current = s.filter(p -> !p.equals(recent)).toList();
        }
        assertThat(current).hasSize(1);
        assertThat(current.get(0).resolve("classes.jsa")).as("archive written at the first run's exit").isRegularFile();
        // The second run starts from the archive and says nothing about it.
        assertThat(launch("--version")).startsWith("Quarantine Desk ");
    }

    private String launch(String... args) throws IOException, InterruptedException {
        Path launcher = Path.of("..", "quarantine").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList())
                .directory(dir.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        return Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    }
}
