package dev.quarantine.cli;

import dev.quarantine.cli.samples.RepositoryFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's walkthrough prints exactly what the README says: every command is run and its output compared. */
class ReadmeWalkthroughTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheWalkthroughPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(RepositoryFiles.top().resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Walkthrough"));
        String block = section.substring(section.indexOf("```text\n") + 8, section.indexOf("\n```", section.indexOf("```text")));
        CliHarness cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_OPERATOR", "李主任");
        assertThat(cli.at("2020-02-03T08:00", "init").code()).isZero();
        List<String> lines = List.of(block.split("\n"));
        int commands = 0;
        for (int i = 0; i < lines.size(); ) {
            assertThat(lines.get(i)).startsWith("$ ./quarantine ");
            List<String> args = split(lines.get(i).substring("$ ./quarantine ".length()));
            StringBuilder expected = new StringBuilder();
            int expectedCode = 0;
            for (i++; i < lines.size() && !lines.get(i).startsWith("$ "); i++) {
                if (lines.get(i).startsWith("# exit code ")) {
                    expectedCode = Integer.parseInt(lines.get(i).substring("# exit code ".length()));
                } else {
                    expected.append(lines.get(i)).append('\n');
                }
            }
            CliHarness.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(expectedCode);
            assertThat((r.out() + r.err()).replace(System.lineSeparator(), "\n")).as(String.join(" ", args))
                    .isEqualTo(expected.toString());
            commands++;
        }
        assertThat(commands).isEqualTo(9);
    }

    private static List<String> split(String command) {
        return new ArrayList<>(List.of(command.trim().split(" +")));
    }
}
