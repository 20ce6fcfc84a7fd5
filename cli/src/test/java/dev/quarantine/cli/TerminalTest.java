package dev.quarantine.cli;

import dev.quarantine.cli.render.CellWidth;
import dev.quarantine.core.desk.QuarantineDesk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a command-line tool is expected to do for the person at the terminal (issue 15): tables that fit $COLUMNS (120
 * when unknown) with CJK characters two cells wide and --wide for everything, --version with the schema and the policy
 * in force, a shell completion script.
 */
class TerminalTest {
    @TempDir
    Path dir;
    CliHarness cli;

    @BeforeEach
    void demo() {
        cli = new CliHarness(dir);
        cli.env.put("QUARANTINE_DB", dir.resolve("quarantine-demo.db").toString());
        CliHarness.Result demo = cli.run("--db", dir.resolve("quarantine-demo.db").toString(), "demo");
        assertThat(demo.code()).as(demo.toString()).isZero();
        cli.env.put("QUARANTINE_NOW", "2020-02-14T18:00");
    }

    private static void fits(String table, int width) {
        assertThat(table.lines()).isNotEmpty()
                .allSatisfy(l -> assertThat(CellWidth.of(l)).as(l).isLessThanOrEqualTo(width));
    }

    /** Where each column starts, in cells, read from the rule line under the headers. */
    private static List<Integer> columnStarts(String table) {
        String rule = table.lines().skip(1).findFirst().orElseThrow();
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        for (int i = 0; i < rule.length(); i++) {
            if (rule.charAt(i) == '-' && (i == 0 || rule.charAt(i - 1) == ' ')) {
                starts.add(i);
            }
        }
        return starts;
    }

    /**
     * Asserts that the column starting at {@code cells} starts there in {@code line}: no wide character straddles its
     * start, and a gap stands before it.
     */
    private static void startsAt(String line, int cells) {
        int used = 0;
        int i = 0;
        while (used < cells && i < line.length()) {
            used += CellWidth.of(line.substring(i, i + 1));
            i++;
        }
        if (used < cells) {
            return; // the line ends before the column: its cell is empty
        }
        assertThat(used).as(line).isEqualTo(cells);
        assertThat(line.charAt(i - 1)).as(line).isEqualTo(' ');
    }

    @Test
    void aListFitsEightyColumnsKeepingWhatMattersAndSaysWhatItHid() {
        cli.env.put("COLUMNS", "80");
        CliHarness.Result r = cli.run("list");
        assertThat(r.code()).as(r.toString()).isZero();
        fits(r.out(), 80);
        String header = r.out().lines().findFirst().orElseThrow();
        assertThat(header).contains("Case").contains("Name").contains("Eligible").contains("Status").contains("Room")
                .doesNotContain("ID number").doesNotContain("Phone");
        assertThat(r.err()).contains("hidden to fit 80 columns: ID number, Door tag, Phone").contains("--wide");
        // Chinese names take two cells: every row's columns start where the rule's do.
        List<Integer> starts = columnStarts(r.out());
        r.out().lines().skip(2).forEach(line -> {
            for (int column = 1; column < starts.size(); column++) {
                startsAt(line, starts.get(column));
            }
        });
        CliHarness.Result wide = cli.run("list", "--wide");
        assertThat(wide.out().lines().findFirst().orElseThrow()).contains("ID number").contains("Phone")
                .contains("Door tag");
        assertThat(wide.err()).doesNotContain("hidden");
        assertThat(wide.out().lines().mapToInt(CellWidth::of).max().orElseThrow()).isGreaterThan(120);
    }

    @Test
    void withoutColumnsTablesFitOneHundredAndTwentyAndJsonIsNeverCut() throws Exception {
        cli.env.remove("COLUMNS");
        CliHarness.Result r = cli.run("list");
        fits(r.out(), 120);
        // The demo's categories are long words ("in-province high risk"): at 120 the phone goes first, and says so.
        assertThat(r.out().lines().findFirst().orElseThrow()).contains("Origin").contains("Category").contains("Room");
        assertThat(r.err()).contains("hidden to fit 120 columns").contains("Phone").contains("--wide");
        cli.env.put("COLUMNS", "not a width");
        fits(cli.run("list").out(), 120);
        cli.env.put("COLUMNS", "80");
        String json = cli.run("--format", "json", "list").out();
        assertThat(json).contains("\"idNumber\"").contains("\"doorTag\"");
        CliHarness.Result zh = cli.run("--lang", "zh", "list");
        fits(zh.out(), 80);
        assertThat(zh.out().lines().findFirst().orElseThrow()).contains("案例编号").contains("姓名");
    }

    @Test
    void longFreeTextWrapsUnderItsColumnAndOtherTablesFitToo() {
        cli.env.put("COLUMNS", "80");
        CliHarness.Result history = cli.run("history", "Q000001");
        assertThat(history.code()).isZero();
        fits(history.out(), 80);
        assertThat(history.out()).contains("admit");
        CliHarness.Result due = cli.run("due");
        fits(due.out(), 80);
        fits(cli.run("hotel", "list").out(), 80);
        fits(cli.run("find", "王").out(), 80);
    }

    @Test
    void versionNamesTheProgramTheSchemaAndThePolicyInForce() {
        CliHarness.Result v = cli.run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).containsPattern("Quarantine Desk \\d+\\.\\d+\\.\\d+\\R")
                .contains("schema version " + QuarantineDesk.codeSchemaVersion())
                .contains("schema version 10").contains("policy in force: zhengzhou-2020-02, effective from 2020-01-25")
                .contains("quarantine-demo.db: schema version 10");
        CliHarness.Result none = cli.run("--db", dir.resolve("none.db").toString(), "--version");
        assertThat(none.code()).isZero();
        assertThat(none.out()).contains("none yet").contains("the built-in default");
        assertThat(dir.resolve("none.db")).doesNotExist();
        assertThat(cli.run("--lang", "zh", "--version").out()).contains("现行政策");
        assertThat(cli.run("-V").out()).isEqualTo(v.out());
        // Asked of a command, or among clustered short options, or from an argument file: the same lines.
        assertThat(cli.run("list", "--version").out()).isEqualTo(v.out());
        assertThat(cli.run("report", "daily", "-V").out()).isEqualTo(v.out());
        try {
            java.nio.file.Files.writeString(dir.resolve("args.txt"), "--version\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(cli.run("@" + dir.resolve("args.txt")).out()).isEqualTo(v.out());
    }

    @Test
    void completionPrintsABashScriptThatCompletesOpenCaseNumbers() {
        CliHarness.Result r = cli.run("completion", "bash");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("complete -F _complete_quarantine")
                .contains("amend").contains("refund").contains("'--out-of-service'").contains("--wide")
                .contains("_quarantine_case_numbers");
        assertThat(r.out().split("\\R")).filteredOn(l -> l.contains("local positionals=$(_quarantine_case_numbers"))
                .hasSizeGreaterThan(10);
        CliHarness.Result cases = cli.run("completion", "cases", "Q00000");
        assertThat(cases.code()).isZero();
        assertThat(cases.out().lines().toList()).isNotEmpty()
                .allSatisfy(n -> assertThat(n).matches("Q00000\\d"));
        // Only open cases: Q000002 was released in the demo.
        assertThat(cases.out()).doesNotContain("Q000002");
        assertThat(cli.run("completion", "fish").code()).isEqualTo(2);
    }
}
