package dev.quarantine.cli;

import dev.quarantine.cli.session.Session;
import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.io.Printable;
import dev.quarantine.cli.command.BaseCommand;
import dev.quarantine.cli.i18n.HelpTexts;
import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.io.ConsoleWriter;
import dev.quarantine.cli.render.CellWidth;
import dev.quarantine.core.Messages;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.roster.InvalidRegistrationException;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.roster.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the command line without exiting, so tests drive it in-process: {@link #mainWithoutExit} returns the exit code.
 * Every command answers {@code --help}, {@code -h} and {@code help COMMAND}; domain errors become one line on stderr
 * (naming the option a bad value came from) and their exit code (SPEC §11); stack traces only with {@code --verbose}.
 */
public final class Cli {
    private Cli() {
    }

    public static int mainWithoutExit(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        Session session = new Session(args, out, err, env);
        CommandLine cl = commandLine(session, out, err, QuarantineCommand.commandsFor(args));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // A list held whole (JSON, a due list's CSV) on a small heap: one line saying what to do, no stack trace.
            err.println(Printable.text(session.i18n().text("error.memory", Runtime.getRuntime().maxMemory() >> 20)));
            err.flush();
            return CliExitCode.INTERNAL.code();
        }
        out.flush();
        if (out.checkError() && code == CliExitCode.OK.code()) {
            // A command that did not check its output itself (help, usage): the failure still decides the exit.
            if (!ConsoleWriter.closedEarly(out)) {
                err.println(Messages.format(session.i18n().locale(), "output.failed", ConsoleWriter.reason(out)));
            }
            code = CliExitCode.DATA_FILE.code();
        }
        err.flush();
        return code;
    }

    /** The whole command tree, in the session's language. */
    static CommandLine commandLine(Session session, PrintWriter out, PrintWriter err) {
        return commandLine(session, out, err, QuarantineCommand.COMMANDS);
    }

    /** The command tree of one run with the top-level {@code commands} it needs, in the run's language. */
    static CommandLine commandLine(Session session, PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandFactory factory = new CommandFactory(session);
        CommandLine cl = new CommandLine(QuarantineCommand.class, factory);
        for (Class<?> command : commands) {
            cl.addSubcommand(new CommandLine(command, factory));
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        I18n i18n = session.i18n();
        if (i18n.chinese()) {
            cl.setResourceBundle(HelpTexts.chinese());
        }
        // Named classes, not lambdas: picocli is compiled for Java 5, and a lambda implementing one of its interfaces
        // has the launcher's class-data archive leave out that interface and every picocli class implementing it
        // (37 classes, its 29 built-in converters among them, then loaded and verified again on every start).
        cl.registerConverter(CaseStatus.class, new EnumConverter<>(CaseStatus.class, i18n));
        cl.registerConverter(Category.class, new EnumConverter<>(Category.class, i18n));
        Handlers handlers = new Handlers(session);
        cl.setParameterExceptionHandler(handlers);
        cl.setExecutionStrategy(handlers);
        cl.setExecutionExceptionHandler(handlers);
        return cl;
    }

    /** An enumerated option's value in English or Chinese, as the tool prints it ({@code --status 已入住}). */
    private record EnumConverter<E extends Enum<E>>(Class<E> type, I18n i18n) implements ITypeConverter<E> {
        @Override
        public E convert(String text) {
            E value = Messages.parseEnum(type, text);
            if (value == null) {
                throw new TypeConversionException(i18n.text("error.enumValue", text,
                        Messages.names(i18n.locale(), type)));
            }
            return value;
        }
    }

    /** Help before the command runs; usage errors and the commands' exceptions as one line and an exit code. */
    private record Handlers(Session session)
            implements IParameterExceptionHandler, IExecutionStrategy, IExecutionExceptionHandler {
        @Override
        public int execute(ParseResult parseResult) {
            Integer help = CommandLine.executeHelpRequest(parseResult);
            return help != null ? help : new CommandLine.RunLast().execute(parseResult);
        }

        @Override
        public int handleParseException(ParameterException e, String[] args) {
            return usageError(e, session);
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
            return failure(ex, commandLine, session);
        }
    }

    private static int usageError(ParameterException e, Session session) {
        I18n i18n = session.i18n();
        PrintWriter err = session.err();
        err.println(Printable.text(i18n.text("error.usage", UsageErrors.message(e, i18n))));
        if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(i18n.text("error.didYouMean", String.join(i18n.listSeparator(), u.getSuggestions())));
        }
        err.println(i18n.text("error.usageHint", e.getCommandLine().getCommandSpec().qualifiedName(" ")));
        err.flush();
        return CliExitCode.USAGE.code();
    }

    private static int failure(Exception ex, CommandLine commandLine, Session session) {
        if (ex instanceof ParameterException pe) {
            return usageError(pe, session);
        }
        I18n i18n = session.i18n();
        PrintWriter err = session.err();
        boolean verbose = session.options().verbose();
        if (ex instanceof QuarantineException q) {
            CliExitCode code = CliExitCode.of(q.kind());
            String message = Printable.text(describe(q, commandLine.getCommand(), i18n));
            if (code == CliExitCode.USAGE) {
                err.println(i18n.text("error.usage", message));
                err.println(i18n.text("error.usageHint", commandLine.getCommandSpec().qualifiedName(" ")));
            } else if (code == CliExitCode.INTERNAL) {
                err.println(i18n.text("error.internal", message));
                if (!verbose) {
                    err.println(i18n.text("error.verboseHint"));
                }
            } else if (!"output.closed".equals(q.key())) {
                err.println(message);
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code.code();
        }
        err.println(Printable.text(i18n.text("error.internal", ex.toString())));
        if (verbose) {
            ex.printStackTrace(err);
        } else {
            err.println(i18n.text("error.verboseHint"));
        }
        err.flush();
        return CliExitCode.INTERNAL.code();
    }

    /** A core error in the user's language, each bad value named by the option it was typed in. */
    static String describe(QuarantineException q, Object command, I18n i18n) {
        BaseCommand base = command instanceof BaseCommand b ? b : null;
        if (q instanceof InvalidRegistrationException invalid) {
            List<String> parts = new ArrayList<>();
            for (Problem p : invalid.problems()) {
                String option = base == null ? p.field() : base.optionFor(p.field());
                parts.add(option + ": " + p.message().text(i18n.locale()));
            }
            return String.join(Messages.problemSeparator(i18n.locale()), parts);
        }
        String message = q.message(i18n.locale());
        if (q.field() != null && base != null) {
            return base.optionFor(q.field()) + ": " + message;
        }
        return message;
    }
}
