package dev.quarantine.cli.session;

import dev.quarantine.cli.render.Format;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes (SPEC §11), before or after the command's name: mixed into the root command and
 * inherited by every subcommand. One instance per run, shared through the {@link Session}.
 */
public final class GlobalOptions {
    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "FILE|URL",
            description = "Database: a file, or a PostgreSQL URL postgresql://USER@HOST:PORT/DB, the password in "
                    + "PGPASSWORD or ~/.pgpass (default: $QUARANTINE_DB, else quarantine.db here).")
    String db;

    @Option(names = "--office", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "The office (街道) you work for, when the register holds several (default: $QUARANTINE_OFFICE, "
                    + "else the office of your database login, else the only one).")
    String office;

    @Option(names = "--operator", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Who is working, recorded with every change (default: $QUARANTINE_OPERATOR, else the OS user).")
    String operator;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages and tables (default: from the locale).")
    Lang lang;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "table|csv|json|xlsx",
            description = "Output format (default: table); xlsx for export and report daily with --out FILE.xlsx.")
    Format format;

    @Option(names = "--now", scope = ScopeType.INHERIT, paramLabel = "TIMESTAMP",
            description = "Fix the clock, e.g. 2020-02-10T09:00 (default: $QUARANTINE_NOW, else the real time).")
    String now;

    @Option(names = "--unmasked", scope = ScopeType.INHERIT,
            description = "Show identity numbers and phones in full (recorded in the audit log).")
    boolean unmasked;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--wide", scope = ScopeType.INHERIT,
            description = "Show every column of a table, however wide (default: fit $COLUMNS, else 120).")
    boolean wide;

    /** The two languages. */
    public enum Lang {
        zh, en
    }

    /** The format as given, or null. */
    public Format format() {
        return format;
    }

    public boolean unmasked() {
        return unmasked;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean wide() {
        return wide;
    }
}
