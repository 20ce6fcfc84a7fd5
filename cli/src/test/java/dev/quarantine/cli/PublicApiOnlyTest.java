package dev.quarantine.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line is a client of the library like any other: it uses the core's public API only. */
class PublicApiOnlyTest {
    @Test
    void noCliSourceUsesCoreInternals() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("dev.quarantine.core.internal");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
        assertThat(Path.of("src/main/java/dev/quarantine/cli/Cli.java")).exists();
    }
}
