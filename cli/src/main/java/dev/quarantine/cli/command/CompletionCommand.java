package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code completion bash}: prints a completion script for bash (zsh reads it too, through {@code bashcompinit}), made
 * by picocli from the command tree: commands, subcommands, options and the values of enumerated options; a command's
 * CASE is completed with the numbers of open cases, asked of the database ({@code completion cases PREFIX}).
 */
@Command(name = "completion", description = "Print a shell completion script: source <(quarantine completion bash).",
        subcommands = CompletionCommand.Cases.class)
public final class CompletionCommand extends BaseCommand {
    /** The most case numbers offered at once. */
    static final int CASES_OFFERED = 50;

    @Parameters(paramLabel = "SHELL", arity = "0..1", defaultValue = "bash",
            description = "bash (zsh: after \"autoload -U bashcompinit && bashcompinit\").")
    String shell;

    @Override
    protected CliExitCode execute() {
        String s = shell.strip().toLowerCase(Locale.ROOT);
        if (!s.equals("bash") && !s.equals("zsh")) {
            throw new CommandLine.ParameterException(spec.commandLine(), i18n().text("completion.shell", shell));
        }
        output().text(script(spec.root().commandLine()));
        output().finish();
        return CliExitCode.OK;
    }

    /** picocli's script, with the CASE of every command that takes one completed from the database. */
    static String script(CommandLine root) {
        String script = AutoComplete.bash("quarantine", root);
        List<String> functions = new ArrayList<>();
        caseFunctions(root, functions);
        for (String f : functions) {
            int at = script.indexOf("function " + f + "() {");
            if (at < 0) {
                continue;
            }
            int positionals = script.indexOf("local positionals=\"\"", at);
            int next = script.indexOf("\nfunction ", at + 1);
            if (positionals > 0 && (next < 0 || positionals < next)) {
                script = script.substring(0, positionals)
                        + "local positionals=$(_quarantine_case_numbers \"${curr_word}\")"
                        + script.substring(positionals + "local positionals=\"\"".length());
            }
        }
        return script + """

                # Case numbers of open cases, newest first, from the database this command line names (--db, else
                # $QUARANTINE_DB, else quarantine.db here); nothing when there is none.
                function _quarantine_case_numbers() {
                  local db=() i
                  for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
                    case ${COMP_WORDS[i]} in
                      --db) db=(--db "${COMP_WORDS[i+1]}") ;;
                      --db=*) db=("${COMP_WORDS[i]}") ;;
                    esac
                  done
                  "${COMP_WORDS[0]}" "${db[@]}" completion cases -- "$1" 2>/dev/null
                }
                """;
    }

    private static void caseFunctions(CommandLine cl, List<String> into) {
        List<PositionalParamSpec> params = cl.getCommandSpec().positionalParameters();
        if (!params.isEmpty() && "CASE".equals(params.get(0).paramLabel())) {
            into.add("_picocli_" + cl.getCommandSpec().qualifiedName("_").replace('-', '_'));
        }
        cl.getSubcommands().values().forEach(sub -> caseFunctions(sub, into));
    }

    /** {@code completion cases [PREFIX]}: the numbers of open cases beginning with PREFIX, one a line, newest first. */
    @Command(name = "cases", hidden = true, description = "Print the numbers of open cases beginning with PREFIX.")
    public static final class Cases extends DeskCommand {
        @Parameters(paramLabel = "PREFIX", arity = "0..1", defaultValue = "", description = "Q00001, q12.")
        String prefix;

        @Override
        protected CliExitCode run(QuarantineDesk desk) {
            StringBuilder out = new StringBuilder();
            for (String n : desk.cases().openCaseNumbers(prefix, CASES_OFFERED)) {
                out.append(n).append(System.lineSeparator());
            }
            output().text(out.toString());
            return CliExitCode.OK;
        }
    }
}
