package dev.quarantine.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the shaded jar as a separate process, as a user's shell would. */
final class ProcessRunner {
    record Run(int code, String out, String err) {
    }

    private ProcessRunner() {
    }

    static Process start(Path dir, String name, String... args) throws IOException {
        Path jar = Path.of("target", "quarantine.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LANG", "en_US.UTF-8");
        // As the launcher does: the JVM decodes Chinese arguments with the locale's character set.
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("QUARANTINE_OPERATOR", "tester");
        pb.redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        return pb.start();
    }

    static Run run(Path dir, String name, String... args) throws IOException, InterruptedException {
        Process p = start(dir, name, args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }
}
