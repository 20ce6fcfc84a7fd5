package dev.quarantine.cli.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository that tests read: the folder holding the parent {@code pom.xml} and {@code samples/}. */
public final class RepositoryFiles {
    private RepositoryFiles() {
    }

    /** The repository's top folder, found by walking up from the module being tested. */
    public static Path top() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("samples"))) {
                return p;
            }
        }
        throw new IllegalStateException("the repository's samples/ folder was not found above " + Path.of("").toAbsolutePath());
    }

    public static Path samples() {
        return top().resolve("samples");
    }

    /** A sample roster of {@code samples/}. */
    public static Path sample(String name) {
        return samples().resolve(name);
    }
}
