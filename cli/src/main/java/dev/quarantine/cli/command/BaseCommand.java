package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.session.GlobalOptions;
import dev.quarantine.cli.session.Session;
import dev.quarantine.cli.session.SessionAware;
import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.Dates;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What every command shares: the run's session (global options, output, language), the exit code it returns, and the
 * option a core error's field was typed in, so that a bad value is reported against the option that carried it.
 */
public abstract class BaseCommand implements Callable<Integer>, SessionAware {
    /** The options that carry the core's input fields; a command maps its own where they differ. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("name", "--name"), Map.entry("id_type", "--id-type"), Map.entry("id_number", "--id"),
            Map.entry("phone", "--phone"), Map.entry("origin", "--origin"), Map.entry("arrival_date", "--arrived"),
            Map.entry("community", "--community"), Map.entry("address", "--address"), Map.entry("notes", "--notes"),
            Map.entry("group_renter", "--group-renter"), Map.entry("temperature", "--temp"), Map.entry("rate", "--rate"),
            Map.entry("rooms", "--rooms"), Map.entry("now", "--now"), Map.entry("operator", "--operator"),
            Map.entry("checked_by", "--checked-by"), Map.entry("by", "--by"), Map.entry("note", "--note"),
            Map.entry("reason", "--reason"), Map.entry("hospital", "--hospital"), Map.entry("to", "--to"),
            Map.entry("findings", "--findings"), Map.entry("penalty", "--penalty"), Map.entry("landlord", "--landlord"),
            Map.entry("role", "--role"), Map.entry("hotel", "--hotel"), Map.entry("block", "--block"),
            Map.entry("text", "TEXT"), Map.entry("encoding", "--encoding"));

    @Spec
    protected CommandSpec spec;

    private Session session;

    @Override
    public final void attach(Session s) {
        this.session = s;
    }

    protected Session session() {
        return session;
    }

    protected GlobalOptions global() {
        return session.options();
    }

    protected Output output() {
        return session.output();
    }

    protected I18n i18n() {
        return session.i18n();
    }

    /** The register's file; null when it is on a database server. */
    protected Path dbPath() {
        return session.db();
    }

    /** Where the register is: a file path or a database server's URL. */
    protected String dbLocation() {
        return session.location();
    }

    /** The files an output must never overwrite: the register's file (when it is one) and {@code others}. */
    protected java.util.List<Path> protectedFiles(Path... others) {
        java.util.List<Path> files = new java.util.ArrayList<>();
        if (dbPath() != null) {
            files.add(dbPath());
        }
        for (Path p : others) {
            if (p != null) {
                files.add(p);
            }
        }
        return files;
    }

    protected String operator() {
        return session.operator();
    }

    /** The command as the audit log records it: {@code fever report}. */
    protected String commandName() {
        String q = spec.qualifiedName(" ");
        int space = q.indexOf(' ');
        return space < 0 ? q : q.substring(space + 1);
    }

    @Override
    public final Integer call() {
        if (global().format() == dev.quarantine.cli.render.Format.XLSX && !(this instanceof XlsxCapable)) {
            throw new ParameterException(spec.commandLine(), i18n().text("xlsx.notHere"));
        }
        return execute().code();
    }

    /** Runs the command; results go through {@link #output()}. */
    protected abstract CliExitCode execute();

    /** The option (or parameter) a core error about {@code field} concerns, for the one-line message. */
    public String optionFor(String field) {
        return field == null ? null : OPTIONS.getOrDefault(field, field);
    }

    /** Parses an option's value with a core parser; a bad value is a usage error that names the option. */
    protected <T> T option(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (QuarantineException e) {
            if (e.kind() == ErrorKind.INVALID_INPUT) {
                throw new ParameterException(spec.commandLine(), option + ": " + e.message(i18n().locale()));
            }
            throw e;
        }
    }

    protected LocalDate date(String option, String value) {
        return value == null ? null : option(option, () -> Dates.parse(value));
    }
}
