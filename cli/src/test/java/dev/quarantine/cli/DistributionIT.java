package dev.quarantine.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The distribution archive as an office receives it: {@code mvn package} made {@code target/quarantine-VERSION.zip};
 * unzipped in a temporary folder, far from the repository, {@code bin/quarantine demo} runs with Java alone on the PATH
 * (no Maven, no sources, no home folder of a developer). The Windows launcher cannot run here (no Windows machine): its
 * text is checked for what it must do.
 */
class DistributionIT {
    @TempDir
    static Path dir;

    static String version;
    static Path zip;
    static Path home;
    static Path tools;

    @BeforeAll
    static void unzip() throws Exception {
        // The archive of this build's version (a checkout may keep an older version's archive in target/).
        Properties built = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("target", "maven-archiver", "pom.properties"))) {
            built.load(r);
        }
        version = built.getProperty("version");
        zip = Path.of("target", "quarantine-" + version + ".zip").toAbsolutePath();
        assertThat(zip).as("the archive mvn package makes").isRegularFile();
        // Only what a bare office PC has: a shell and its basic tools, and Java (through JAVA_HOME). No mvn.
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("sh", "dirname", "sed", "head", "cut", "grep", "locale", "stty", "unzip")) {
            for (String folder : List.of("/usr/bin", "/bin")) {
                Path p = Path.of(folder, tool);
                if (Files.isExecutable(p) && !Files.exists(tools.resolve(tool))) {
                    Files.createSymbolicLink(tools.resolve(tool), p);
                }
            }
        }
        Path unpacked = Files.createDirectories(dir.resolve("office"));
        Process p = new ProcessBuilder("unzip", "-q", zip.toString(), "-d", unpacked.toString()).inheritIO().start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        String name = zip.getFileName().toString().replaceAll("\\.zip$", "");
        home = unpacked.resolve(name);
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/quarantine").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", tools.toString());
        pb.environment().put("HOME", cwd.toString());
        pb.environment().put("LANG", "en_US.UTF-8");
        pb.environment().put("QUARANTINE_OPERATOR", "tester");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Map<String, String> java() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"));
    }

    @Test
    void theArchiveHoldsTheJarBothLaunchersTheReadmeAndTheLicence() throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> e = z.entries();
            while (e.hasMoreElements()) {
                names.add(e.nextElement().getName());
            }
        }
        String base = home.getFileName() + "/";
        assertThat(names).contains(base + "lib/quarantine.jar", base + "bin/quarantine", base + "bin/quarantine.cmd",
                base + "README.md", base + "LICENSE", base + "docs/rules.md", base + "docs/rules.zh.md");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/quarantine")))
                .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(home.resolve("README.md")).hasSameBinaryContentAs(Path.of("..", "README.md"));
        assertThat(home.resolve("LICENSE")).hasSameBinaryContentAs(Path.of("..", "LICENSE"));
    }

    @Test
    void theDemoRunsFromTheUnzippedArchiveWithJavaAlone() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        assertThat(tools.resolve("mvn")).doesNotExist();
        Run demo = run(work, java(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.err()).contains("Try:");
        assertThat(work.resolve("quarantine-demo.db")).exists();
        Run list = run(work, Map.of("JAVA_HOME", System.getProperty("java.home"), "COLUMNS", "80"),
                "--db", "quarantine-demo.db", "--now", "2020-02-14T18:00", "list", "--status", "admitted");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Q000006");
        assertThat(list.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
        Run version = run(work, java(), "--db", "quarantine-demo.db", "--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("Quarantine Desk " + DistributionIT.version + "\n")
                .contains("schema version 10")
                .contains("policy in force: zhengzhou-2020-02");
    }

    @Test
    void withoutJavaTheLauncherSaysSoPlainly() throws Exception {
        Path work = Files.createDirectories(dir.resolve("nojava"));
        Run r = run(work, Map.of(), "demo");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("needs Java 17 or newer").contains("JAVA_HOME").contains("需要 Java 17");
        assertThat(r.out()).isEmpty();
        assertThat(work.resolve("quarantine-demo.db")).doesNotExist();
    }

    /**
     * What the Windows launcher must do, read from its text (there is no Windows machine here to run it): ASCII only and
     * CRLF line endings, so that cmd.exe reads it under any code page; Java from JAVA_HOME, else the PATH, version 17 or
     * newer, a plain message when there is none; the UTF-8 code page while the tool runs, the old one restored; the
     * arguments passed on and the tool's exit code returned.
     */
    @Test
    void theWindowsLauncherIsAsciiWithCrlfAndDoesWhatItMust() throws Exception {
        byte[] bytes = Files.readAllBytes(home.resolve("bin/quarantine.cmd"));
        for (byte b : bytes) {
            assertThat(b & 0xFF).as("ASCII only").isLessThan(0x80);
        }
        String text = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(text.split("\n", -1)).allSatisfy(line -> assertThat(line.isEmpty() || line.endsWith("\r")).isTrue());
        assertThat(text).startsWith("@echo off\r\n")
                .contains("setlocal")
                .contains("if defined JAVA_HOME if exist \"%JAVA_HOME%\\bin\\java.exe\"")
                .contains("where java")
                .contains("needs Java 17 or newer")
                .contains("findstr /r /c:\"version \\\"1[7-9]\" /c:\"version \\\"[2-9][0-9]\"")
                .contains("chcp 65001 >nul")
                .contains("if defined QD_CODEPAGE chcp %QD_CODEPAGE% >nul")
                .contains("-jar \"%QD_HOME%\\lib\\quarantine.jar\" %*")
                .contains("if /i \"%%~a\"==\"import\" set \"QD_HEAP=-Xmx96m\"") // an import's small heap
                .contains("set \"QD_EXIT=%ERRORLEVEL%\"")
                .contains("endlocal & exit /b %QD_EXIT%");
        // The code page is switched only once Java is found, and restored on the one way out that ran the tool.
        assertThat(text.indexOf("chcp 65001")).isGreaterThan(text.indexOf("needs Java 17 or newer"));
    }
}
