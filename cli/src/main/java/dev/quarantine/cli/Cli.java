package dev.quarantine.cli;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.Dates;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Runs the command line without exiting, so tests drive it in-process: {@link #mainWithoutExit} returns the exit code.
 * Domain errors become one line on stderr and their exit code (SPEC §11); stack traces only with {@code --verbose}.
 */
public final class Cli {
    private Cli() {
    }

    public static int mainWithoutExit(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        I18n early = new I18n(I18n.choose(langArgument(args), env));
        QuarantineCommand root = new QuarantineCommand();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            err.println(early.text("error.usage", e.getMessage()));
            CommandLine failed = e.getCommandLine();
            err.println(early.text("error.usageHint", failed.getCommandSpec().qualifiedName(" ")));
            err.flush();
            return CliExitCode.USAGE.code();
        });
        cl.setExecutionStrategy(parseResult -> execute(parseResult, root, out, err, env));
        cl.setExecutionExceptionHandler(exceptionHandler(root, err, early));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int execute(ParseResult parseResult, QuarantineCommand root, PrintWriter out, PrintWriter err,
                               Map<String, String> env) {
        I18n i18n = new I18n(I18n.choose(root.lang == null ? null : root.lang.name(), env));
        Format format = root.format == null ? Format.TABLE : root.format;
        String now = root.now != null ? root.now : env.get("QUARANTINE_NOW");
        NowClock clock;
        try {
            clock = now == null || now.isBlank() ? NowClock.system() : parseNow(now);
        } catch (QuarantineException e) {
            throw new ParameterException(parseResult.commandSpec().commandLine(),
                    "--now: " + e.message(i18n.locale()));
        }
        root.context = new CliContext(env, new Output(out, err, format, i18n), i18n, clock, err);
        return new CommandLine.RunLast().execute(parseResult);
    }

    static NowClock parseNow(String text) {
        String s = TextNormalizer.foldNoSpaces(text.replace(' ', 'T'));
        try {
            return NowClock.atLocal(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            return NowClock.at(Dates.parseTimestamp(text, ZoneOffset.UTC).toInstant());
        }
    }

    private static IExecutionExceptionHandler exceptionHandler(QuarantineCommand root, PrintWriter err, I18n early) {
        return (ex, commandLine, parseResult) -> {
            I18n i18n = root.context != null ? root.context.i18n() : early;
            if (ex instanceof QuarantineException q) {
                CliExitCode code = CliExitCode.of(q.kind());
                String message = q.message(i18n.locale());
                err.println(code == CliExitCode.INTERNAL ? i18n.text("error.internal", message) : message);
                if (root.verbose || code == CliExitCode.INTERNAL) {
                    if (root.verbose) {
                        ex.printStackTrace(err);
                    }
                }
                err.flush();
                return code.code();
            }
            if (ex instanceof ParameterException pe) {
                err.println(i18n.text("error.usage", pe.getMessage()));
                err.flush();
                return CliExitCode.USAGE.code();
            }
            err.println(i18n.text("error.internal", ex.toString()));
            if (root.verbose) {
                ex.printStackTrace(err);
            } else {
                err.println(i18n.text("error.verboseHint"));
            }
            err.flush();
            return CliExitCode.INTERNAL.code();
        };
    }

    /** The value of {@code --lang} if given, read before parsing so that parse errors are in that language too. */
    private static String langArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }
}
