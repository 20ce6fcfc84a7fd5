package dev.quarantine.cli;

import dev.quarantine.cli.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command answers --help, -h and help COMMAND, in English and in Chinese; picocli's own words are translated. */
class HelpTest {
    @TempDir
    Path dir;

    /** Every command of the tree as the words that name it: [], [hotel], [hotel, add] … */
    static List<List<String>> commandPaths() {
        Session session = new Session(new String[0], new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of());
        CommandLine root = Cli.commandLine(session, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
            List<String> next = new ArrayList<>(path);
            next.add(sub.getKey());
            collect(sub.getValue(), next, into);
        }
    }

    @Test
    void everyCommandAnswersHelpAndDashHAndHelpCommand() {
        CliHarness cli = new CliHarness(dir); // no database: help needs none
        List<List<String>> paths = commandPaths();
        assertThat(paths).hasSizeGreaterThan(40);
        for (List<String> path : paths) {
            String usage = "Usage: quarantine" + (path.isEmpty() ? "" : " " + String.join(" ", path));
            List<String> help = new ArrayList<>(List.of("help"));
            help.addAll(path);
            CliHarness.Result whole = cli.run(help.toArray(String[]::new)); // "help" builds every command
            assertThat(whole.code()).as(help + " " + whole).isZero();
            assertThat(whole.out()).as(help.toString()).startsWith(usage);
            for (String flag : List.of("--help", "-h")) {
                List<String> args = new ArrayList<>(path);
                args.add(flag);
                CliHarness.Result r = cli.run(args.toArray(String[]::new));
                assertThat(r.code()).as(args + " " + r).isZero();
                assertThat(r.out()).as(args.toString()).startsWith(usage);
                assertThat(r.err()).as(args.toString()).isEmpty();
                // A run that built only the commands it names prints the same help as the whole tree does.
                assertThat(r.out()).as(args.toString()).isEqualTo(whole.out());
            }
        }
    }

    @Test
    void helpWinsOverMissingRequiredOptions() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result admit = cli.run("admit", "--help");
        assertThat(admit.code()).isZero();
        assertThat(admit.out()).contains("--temp=VALUE").contains("Intake temperature");
        assertThat(cli.run("hotel", "add", "-h").code()).isZero();
        assertThat(cli.run("team", "set", "--block", "2", "--help").code()).isZero();
        assertThat(cli.run("help", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void everyDescriptionHasAChineseTranslation() {
        Session session = new Session(new String[] {"--lang", "zh"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), Map.of());
        CommandLine root = Cli.commandLine(session, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> untranslated = new ArrayList<>();
        check(root, untranslated);
        assertThat(untranslated).isEmpty();
    }

    private static void check(CommandLine cl, List<String> untranslated) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.qualifiedName(" ");
        if (!chinese(String.join(" ", spec.usageMessage().description()))) {
            untranslated.add(name + ": " + String.join(" ", spec.usageMessage().description()));
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (a.hidden()) {
                continue;
            }
            String text = String.join(" ", a.description());
            if (!chinese(text)) {
                untranslated.add(name + " " + a.paramLabel() + ": " + text);
            }
        }
        cl.getSubcommands().values().forEach(sub -> check(sub, untranslated));
    }

    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF);
    }

    @Test
    void chineseHelpAndChineseUsageErrors() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result help = cli.run("--lang", "zh", "admit", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("用法：").contains("入住体温").contains("显示本帮助后退出");
        CliHarness.Result missing = cli.run("--lang", "zh", "admit", "Q000001");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必需的选项").contains("--temp").doesNotContain("Missing");
        CliHarness.Result unknown = cli.run("list", "--bogus", "--lang", "zh");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("未知的选项").contains("--bogus");
        CliHarness.Result english = cli.run("admit", "Q000001");
        assertThat(english.err()).contains("missing required option").contains("--temp")
                .contains("see \"quarantine admit --help\"");
    }

    /**
     * A run builds the commands its arguments name (building all 36 is a third of a short command's start), and all of
     * them when it needs the whole tree: no command named, a mistyped one, {@code help} or {@code completion}.
     */
    @Test
    void aRunBuildsTheCommandsItNamesOrAllOfThem() {
        assertThat(QuarantineCommand.commandsFor(new String[] {"--db", "list.db", "list", "--status", "ADMITTED"}))
                .containsExactly(dev.quarantine.cli.command.ListCommand.class);
        assertThat(QuarantineCommand.commandsFor(new String[] {"register", "--name", "list"})).containsExactly(
                dev.quarantine.cli.command.RegisterCommand.class, dev.quarantine.cli.command.ListCommand.class);
        for (String[] whole : List.of(new String[0], new String[] {"regster"}, new String[] {"help", "list"},
                new String[] {"--lang", "zh"}, new String[] {"completion"})) {
            assertThat(QuarantineCommand.commandsFor(whole)).isEqualTo(QuarantineCommand.COMMANDS);
        }
        // The version builds none, and still answers with or without a database named.
        assertThat(QuarantineCommand.commandsFor(new String[] {"--db", "x.db", "--version"})).isEmpty();
        assertThat(QuarantineCommand.commandsFor(new String[] {"-V"})).isEmpty();
        assertThat(new CliHarness(dir).run("--version").out()).startsWith("Quarantine Desk ");
        // ... unless help is asked for too: the help lists the commands.
        assertThat(QuarantineCommand.commandsFor(new String[] {"--version", "--help"}))
                .isEqualTo(QuarantineCommand.COMMANDS);
        assertThat(new CliHarness(dir).run("-V", "-h").out()).contains("register").contains("export");
        // The names the run looks for are the commands' own: those in their annotations, each command once.
        QuarantineCommand.BY_NAME.forEach((name, command) ->
                assertThat(command.getAnnotation(CommandLine.Command.class).name()).as(command.getName()).isEqualTo(name));
        assertThat(QuarantineCommand.COMMANDS).doesNotHaveDuplicates().hasSize(36);
        // A command of a run that built only it still answers help and reports its own mistakes.
        CliHarness cli = new CliHarness(dir);
        assertThat(cli.run("hotel", "ad").err()).contains("did you mean").contains("add");
        assertThat(cli.run("list", "--help").out()).contains("Usage: quarantine list");
    }

    @Test
    void aMistypedCommandSuggestsTheNearestOne() {
        CliHarness cli = new CliHarness(dir);
        CliHarness.Result r = cli.run("regster");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("regster").contains("did you mean").contains("register");
        CliHarness.Result zh = cli.run("--lang", "zh", "regster");
        assertThat(zh.err()).contains("您是不是要输入").contains("register");
    }
}
