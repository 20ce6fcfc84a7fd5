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
        return start(dir, name, List.of("-Xmx128m"), null, args);
    }

    /** Starts with these JVM options, and standard output sent to {@code stdout} (a file or a device) when not null. */
    static Process start(Path dir, String name, List<String> jvm, Path stdout, String... args) throws IOException {
        return start(dir, name, jvm, stdout, java.util.Map.of(), args);
    }

    /** {@link #start(Path, String, List, Path, String...)} with these variables set (or, for a null value, unset). */
    static Process start(Path dir, String name, List<String> jvm, Path stdout, java.util.Map<String, String> env,
                         String... args) throws IOException {
        return start(List.of(), dir, name, jvm, stdout, env, args);
    }

    /** Runs under {@code prefix} ({@code setpriv --reuid=65534 …}: as another user). */
    static Run runAs(List<String> prefix, Path dir, String name, String... args) throws IOException, InterruptedException {
        return finish(dir, name, start(prefix, dir, name, List.of("-Xmx128m"), null, java.util.Map.of(), args));
    }

    private static Process start(List<String> prefix, Path dir, String name, List<String> jvm, Path stdout,
                                 java.util.Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of("target", "quarantine.jar").toAbsolutePath();
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LANG", "en_US.UTF-8");
        // As the launcher does: the JVM decodes Chinese arguments with the locale's character set.
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("QUARANTINE_OPERATOR", "tester");
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.redirectOutput(stdout != null ? stdout.toFile() : dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        return pb.start();
    }

    static Run run(Path dir, String name, String... args) throws IOException, InterruptedException {
        return finish(dir, name, start(dir, name, args));
    }

    /** Runs with JVM options and standard output redirected (its captured text is then empty). */
    static Run run(Path dir, String name, List<String> jvm, Path stdout, String... args)
            throws IOException, InterruptedException {
        Files.deleteIfExists(dir.resolve(name + ".out"));
        Files.createFile(dir.resolve(name + ".out"));
        return finish(dir, name, start(dir, name, jvm, stdout, args));
    }

    /** Runs with these environment variables set (a null value unsets one). */
    static Run runWithEnv(Path dir, String name, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return runWithEnv(dir, name, List.of("-Xmx128m"), env, args);
    }

    /** {@link #runWithEnv(Path, String, java.util.Map, String...)} with these JVM options. */
    static Run runWithEnv(Path dir, String name, List<String> jvm, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return finish(dir, name, start(dir, name, jvm, null, env, args));
    }

    private static Run finish(Path dir, String name, Process p) throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + name);
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }
}
