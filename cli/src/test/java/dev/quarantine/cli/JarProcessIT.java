package dev.quarantine.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded jar as a separate process, as a user would: demo, then a few commands on its database. */
class JarProcessIT {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    private Run runWith(List<String> jvm, String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarantine.jar").toAbsolutePath();
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LANG", "en_US.UTF-8");
        pb.environment().remove("QUARANTINE_DB");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    /**
     * sqlite-jdbc clears the native libraries that killed processes left in the temporary folder. When two commands
     * start at once, both try to delete the same one and the slower one failed, printing "SEVERE: Failed to delete old
     * native lib" with a stack trace under the user's output (a process test caught it). A leftover it cannot delete
     * (here a folder of that name, not empty) makes it log the same failure every time: the user sees nothing of it.
     */
    @Test
    void sqliteDriverHousekeepingPrintsNothing() throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path leftover = Files.createDirectories(tmp.resolve("sqlite-" + org.sqlite.SQLiteJDBCLoader.getVersion()
                + "-0-libsqlitejdbc.so"));
        Files.writeString(leftover.resolve("keep"), "x");
        Run init = runWith(List.of("-Djava.io.tmpdir=" + tmp), "--db", "q.db", "init");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.err()).doesNotContain("SEVERE").doesNotContain("Exception").doesNotContain("native lib");
        assertThat(leftover).as("the leftover the driver tried to delete").isDirectory();
    }

    @Test
    void demoThenCommandsOnItsDatabase() throws Exception {
        Run demo = run("demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("Try:");
        // The demo has a file of its own: the default database of real work is never made or touched by it.
        assertThat(dir.resolve("quarantine-demo.db")).exists();
        assertThat(dir.resolve("quarantine.db")).doesNotExist();
        Run list = run("--db", "quarantine-demo.db", "--format", "json", "list", "--status", "ADMITTED");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("\"status\" : \"ADMITTED\"").contains("锦江之星郑东店");
        Run zh = run("--db", "quarantine-demo.db", "--lang", "zh", "show", "Q000001");
        assertThat(zh.out()).contains("案例编号").contains("王");
        Run missing = run("--db", "nothing.db", "due");
        assertThat(missing.code()).isEqualTo(5);
        assertThat(missing.err()).contains("quarantine init").doesNotContain("at dev.");
        Run again = run("demo");
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("replaced");
    }
}
