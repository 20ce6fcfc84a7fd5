package dev.quarantine.cli.session;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.render.Format;
import dev.quarantine.cli.render.Output;
import dev.quarantine.core.Now;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * One run of the command line: its environment, its two streams and the global options as parsed. Commands receive
 * it from the {@code CommandFactory}; what depends on the options (language, output, the time) is made on first use,
 * after parsing.
 */
public final class Session {
    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final GlobalOptions options = new GlobalOptions();
    private final String langArgument;
    private final boolean versionAsked;
    private I18n i18n;
    private Output output;

    public Session(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.langArgument = langArgument(args);
        this.versionAsked = versionAsked(args);
    }

    /**
     * True when the run may print the version ({@code --version}, {@code -V}, or arguments read from an {@code @file}):
     * picocli asks for the version while it builds every command, and working it out reads the database.
     */
    public boolean versionAsked() {
        return versionAsked;
    }

    private static boolean versionAsked(String[] args) {
        for (String a : args) {
            if (a.equals("--version") || a.equals("-V") || a.startsWith("@")
                    || (a.startsWith("-") && !a.startsWith("--") && a.length() > 2 && a.indexOf('V') > 0)) {
                return true;
            }
        }
        return false;
    }

    public GlobalOptions options() {
        return options;
    }

    public Map<String, String> env() {
        return env;
    }

    public PrintWriter err() {
        return err;
    }

    /** The language: {@code --lang}, else the locale (read from the arguments before parsing, so parse errors use it). */
    public I18n i18n() {
        if (i18n == null) {
            i18n = new I18n(I18n.choose(options.lang != null ? options.lang.name() : langArgument, env));
        }
        return i18n;
    }

    public Output output() {
        if (output == null) {
            // A workbook goes to a file; what the command prints besides (messages, a summary) is a table.
            output = new Output(out, err, options.format == null || options.format == Format.XLSX ? Format.TABLE
                    : options.format, i18n(), options.wide ? 0 : columns());
        }
        return output;
    }

    /**
     * {@code --now}, else {@code $QUARANTINE_NOW}, else the real time: handed to the desk as a value, which reads a
     * local time in its policy's zone.
     *
     * @throws QuarantineException {@code INVALID_INPUT} for {@code --now}
     */
    public Now now() {
        String text = options.now != null ? options.now : env.get("QUARANTINE_NOW");
        if (text == null || text.isBlank()) {
            return Now.system();
        }
        try {
            return Now.parse(text);
        } catch (QuarantineException e) {
            throw QuarantineException.forField("now", e);
        }
    }

    /** The width tables fit into when the terminal's is unknown. */
    static final int DEFAULT_COLUMNS = 120;

    /**
     * The width tables fit into: {@code $COLUMNS} (the launchers set it from the terminal when standard output is one),
     * else 120. A value that is no width (not a number, under 40) counts as unknown.
     */
    public int columns() {
        String c = env.get("COLUMNS");
        if (c != null) {
            try {
                int n = Integer.parseInt(c.strip());
                if (n >= 40 && n <= 10_000) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // not a width: the default
            }
        }
        return DEFAULT_COLUMNS;
    }

    /**
     * Where the register is: {@code --db}, else {@code $QUARANTINE_DB}, else {@code quarantine.db} in the current
     * folder. A file path (SQLite) or a database server's URL ({@code postgresql://clerk@host:5432/quarantine}).
     */
    public String location() {
        String db = options.db != null ? options.db : env.get("QUARANTINE_DB");
        return db == null || db.isBlank() ? "quarantine.db" : db.strip();
    }

    /** True when the register is on a database server (a URL), not in a file. */
    public boolean onServer() {
        return serverUrl(location());
    }

    /** True when {@code location} names a database server (a URL), not a file. */
    public static boolean serverUrl(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:");
    }

    /** The register's file; null when it is on a database server. */
    public Path db() {
        return onServer() ? null : Path.of(location());
    }

    /** {@code --office}, else {@code $QUARANTINE_OFFICE}; null when neither names one. */
    public String office() {
        String o = options.office != null ? options.office : env.get("QUARANTINE_OFFICE");
        return o == null || o.isBlank() ? null : o;
    }

    /** True when the database was named ({@code --db} or {@code $QUARANTINE_DB}), not the default. */
    public boolean dbNamed() {
        String db = options.db != null ? options.db : env.get("QUARANTINE_DB");
        return db != null && !db.isBlank();
    }

    /** {@code --operator}, else {@code $QUARANTINE_OPERATOR}, else the OS user; control characters refused. */
    public String operator() {
        String op = options.operator != null ? options.operator : env.get("QUARANTINE_OPERATOR");
        if (op == null || op.isBlank()) {
            op = System.getProperty("user.name", "unknown");
        }
        return Text.clean("operator", op);
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
