package dev.quarantine.core.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house plan's size rule: no source file of the core is over about 400 lines. A class that grows past it holds more
 * than one concern (the facade did, at 1,061 lines, before its areas became views of their own).
 */
class SourceSizeTest {
    private static final int MAX_LINES = 420;

    @Test
    void noCoreSourceFileIsOverAbout400Lines() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + ": " + lines(f) + " lines").collect(Collectors.toList());
        }
        assertThat(tooLong).as("core source files over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
