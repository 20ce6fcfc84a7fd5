package dev.quarantine.examples;

import dev.quarantine.core.roster.ImportSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs examples 2 and 3 as written, and checks that the README's library sample is example 2's code. */
class ExamplesTest {
    @TempDir
    Path dir;

    @Test
    void embedDeskRunsFromAdmissionToReport() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbedDesk.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        assertThat(bytes.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly(
                "Q000001 admitted to room 101, eligible 2020-02-10, estimate ¥1,260.00",
                "released Q000001: 7 nights, person pays ¥378.00 of ¥1,260.00",
                "report 2020-02-10: 1 released, 1 room(s) to disinfect");
    }

    @Test
    void importRosterReadsTheGbkSample() throws Exception {
        Path roster = dir.resolve("roster-zh-gbk.csv");
        Files.copy(sample("roster-zh-gbk.csv"), roster);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportSummary s = ImportRoster.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), roster,
                dir.resolve("desk.db"), Clock.fixed(Instant.parse("2020-02-10T02:00:00Z"), ZoneOffset.UTC));
        assertThat(s.registered()).isEqualTo(10);
        assertThat(s.rejected()).isEqualTo(4);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("roster-zh-gbk.csv (GB18030): 14 rows read = 10 registered + 0 duplicates + 4 rejected")
                .contains("roster-zh-gbk.rejects.csv");
    }

    @Test
    void readmeLibrarySampleIsExampleTwosCode() throws Exception {
        List<String> code = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(Path.of("src/main/java/dev/quarantine/examples/EmbedDesk.java"))) {
            if (line.contains("README-END")) {
                in = false;
            }
            if (in) {
                code.add(line.substring(8));
            }
            if (line.contains("README-START")) {
                in = true;
            }
        }
        assertThat(code).hasSizeGreaterThan(10);
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(String.join("\n", code));
    }

    @Test
    void importRosterRunsWithoutArgumentsOnItsBundledSample() throws Exception {
        Path roster = ImportRoster.bundledSample(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportSummary s = ImportRoster.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), roster,
                dir.resolve("bundled.db"), Clock.fixed(Instant.parse("2020-02-10T02:00:00Z"), ZoneOffset.UTC));
        assertThat(s.rowsRead()).isEqualTo(14);
        assertThat(s.registered()).isEqualTo(10);
    }

    @Test
    void importRosterMainRunsWithNoArguments() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            ImportRoster.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("roster-zh-gbk.csv (GB18030): 14 rows read = 10 registered + 0 duplicates + 4 rejected")
                .contains("roster-zh-gbk.rejects.csv");
        // main works in a temporary folder of its own: the rejects file names it; remove it.
        Path rejects = Path.of(out.substring(out.indexOf("problems: ") + "problems: ".length()).strip());
        Path work = rejects.getParent();
        assertThat(work.getFileName().toString()).startsWith("quarantine-example");
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A sample roster of the repository's own {@code samples/} folder. */
    static Path sample(String name) {
        return Path.of("..", "samples", name);
    }
}
