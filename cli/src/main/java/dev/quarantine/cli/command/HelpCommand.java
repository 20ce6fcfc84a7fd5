package dev.quarantine.cli.command;

import dev.quarantine.cli.session.Session;
import dev.quarantine.cli.session.SessionAware;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code help [COMMAND [SUBCOMMAND]]}: the usage of any command of the tree, {@code help register} as well as
 * {@code help hotel add} (picocli's own help command knows one level only). Required options of the command asked
 * about are not required here.
 */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of a command: help register, help hotel add.")
public final class HelpCommand implements IHelpCommandInitializable2, Runnable, SessionAware {
    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "helpCommand.help",
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "helpCommand.command",
            description = "The command (and subcommand) to show the usage of.")
    List<String> path = new ArrayList<>();

    private CommandLine self;
    private Help.ColorScheme colors;
    private PrintWriter out;
    private Session session;

    @Override
    public void attach(Session s) {
        this.session = s;
    }

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine target = self.getParent();
        for (String word : path) {
            CommandLine sub = target.getSubcommands().get(word);
            if (sub == null) {
                throw new ParameterException(self, session.i18n().text("help.unknown", word,
                        target.getCommandSpec().qualifiedName(" ")));
            }
            target = sub;
        }
        target.usage(out, colors);
    }
}
