package dev.quarantine.cli.command;

import dev.quarantine.cli.CliContext;
import dev.quarantine.cli.QuarantineCommand;
import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.Dates;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** What every command shares: the global options, the output, the language, and parsing helpers that name the option. */
public abstract class BaseCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected QuarantineCommand root() {
        return (QuarantineCommand) spec.root().userObject();
    }

    protected CliContext context() {
        return root().context;
    }

    protected Output output() {
        return context().output();
    }

    protected I18n i18n() {
        return context().i18n();
    }

    /** {@code --db}, else {@code $QUARANTINE_DB}, else {@code quarantine.db} in the current folder. */
    protected Path dbPath() {
        String db = root().db != null ? root().db : context().env().get("QUARANTINE_DB");
        return Path.of(db == null || db.isBlank() ? "quarantine.db" : db);
    }

    /** {@code --operator}, else {@code $QUARANTINE_OPERATOR}, else the OS user. */
    protected String operator() {
        String op = root().operator != null ? root().operator : context().env().get("QUARANTINE_OPERATOR");
        if (op == null || op.isBlank()) {
            op = System.getProperty("user.name", "unknown");
        }
        return op.strip();
    }

    /** The command as the audit log records it: {@code fever report}. */
    protected String commandName() {
        String q = spec.qualifiedName(" ");
        int space = q.indexOf(' ');
        return space < 0 ? q : q.substring(space + 1);
    }

    protected Docs docs(QuarantineDesk desk) {
        return new Docs(desk.zone(), root().unmasked);
    }

    protected QuarantineDesk openDesk() {
        QuarantineDesk desk = QuarantineDesk.open(dbPath(), context().clock(), operator()).command(commandName());
        context().clock().zone(desk.policies().latest().zone());
        return desk;
    }

    /** Parses an option's value with a core parser; a bad value is a usage error that names the option. */
    protected <T> T option(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (QuarantineException e) {
            if (e.kind() == dev.quarantine.core.ErrorKind.INVALID_INPUT) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.message(i18n().locale()));
            }
            throw e;
        }
    }

    protected LocalDate date(String option, String value) {
        return value == null ? null : option(option, () -> Dates.parse(value));
    }

    protected Instant timestamp(String option, String value, QuarantineDesk desk) {
        return value == null ? null : option(option, () -> Dates.parseTimestamp(value, desk.zone()).toInstant());
    }
}
