package dev.quarantine.cli;

import dev.quarantine.cli.samples.RepositoryFiles;

import java.nio.file.Path;

/** The sample rosters in the repository's {@code samples/} folder (made by {@code SampleRosters}). */
final class Samples {
    private Samples() {
    }

    static Path file(String name) {
        return RepositoryFiles.sample(name);
    }
}
