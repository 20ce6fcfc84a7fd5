package dev.quarantine.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The sample rosters in {@code ../shared/data/samples/}, found by walking up from the module folder. */
final class Samples {
    private Samples() {
    }

    static Path file(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("data").resolve("samples").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("sample roster not found: shared/data/samples/" + name);
    }
}
