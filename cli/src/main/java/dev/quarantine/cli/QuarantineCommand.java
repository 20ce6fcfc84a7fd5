package dev.quarantine.cli;

import dev.quarantine.cli.command.AdmitCommand;
import dev.quarantine.cli.command.BackupCommand;
import dev.quarantine.cli.command.ExportCommand;
import dev.quarantine.cli.command.BillCommand;
import dev.quarantine.cli.command.CancelCommand;
import dev.quarantine.cli.command.CommitmentCommand;
import dev.quarantine.cli.command.DemoCommand;
import dev.quarantine.cli.command.DisinfectCommand;
import dev.quarantine.cli.command.InspectCommand;
import dev.quarantine.cli.command.LandlordCommand;
import dev.quarantine.cli.command.ReportCommand;
import dev.quarantine.cli.command.ServiceCommand;
import dev.quarantine.cli.command.TeamCommand;
import dev.quarantine.cli.command.DueCommand;
import dev.quarantine.cli.command.FeverCommand;
import dev.quarantine.cli.command.HistoryCommand;
import dev.quarantine.cli.command.HotelCommand;
import dev.quarantine.cli.command.ImportCommand;
import dev.quarantine.cli.command.InitCommand;
import dev.quarantine.cli.command.ListCommand;
import dev.quarantine.cli.command.NoticeCommand;
import dev.quarantine.cli.command.PayCommand;
import dev.quarantine.cli.command.PolicyCommand;
import dev.quarantine.cli.command.RegisterCommand;
import dev.quarantine.cli.command.ReleaseCommand;
import dev.quarantine.cli.command.ShowCommand;
import dev.quarantine.cli.command.TempCommand;
import dev.quarantine.cli.command.TransferCommand;
import dev.quarantine.cli.command.ViolationCommand;
import dev.quarantine.cli.render.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code quarantine [--db PATH] [--operator NAME] [--lang zh|en] [--format table|csv|json] [--now TIMESTAMP] COMMAND}.
 * The global options may stand before or after the command name.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true, version = "Quarantine Desk 0.1.0",
        description = "Centralized hotel quarantine register (集中隔离登记).",
        subcommands = {InitCommand.class, DemoCommand.class, PolicyCommand.class, HotelCommand.class,
                RegisterCommand.class, AdmitCommand.class, ImportCommand.class, TempCommand.class, FeverCommand.class,
                TransferCommand.class, ReleaseCommand.class, CancelCommand.class, CommitmentCommand.class,
                ViolationCommand.class, PayCommand.class, ExportCommand.class, BackupCommand.class, ListCommand.class, ShowCommand.class, HistoryCommand.class,
                DueCommand.class, BillCommand.class, NoticeCommand.class, TeamCommand.class, ServiceCommand.class,
                DisinfectCommand.class, InspectCommand.class, LandlordCommand.class, ReportCommand.class})
public final class QuarantineCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "PATH",
            description = "Database file (default: $QUARANTINE_DB, else quarantine.db here).")
    public String db;

    @Option(names = "--operator", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Who is working, recorded with every change (default: $QUARANTINE_OPERATOR, else the OS user).")
    public String operator;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en",
            description = "Language of messages and tables (default: from the locale).")
    public Lang lang;

    @Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "table|csv|json",
            description = "Output format (default: table).")
    public Format format;

    @Option(names = "--now", scope = ScopeType.INHERIT, paramLabel = "TIMESTAMP",
            description = "Fix the clock, e.g. 2020-02-10T09:00 (default: $QUARANTINE_NOW, else the real time).")
    public String now;

    @Option(names = "--unmasked", scope = ScopeType.INHERIT,
            description = "Show identity numbers and phones in full (recorded in the audit log).")
    public boolean unmasked;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    public boolean verbose;

    /** Set by {@link Cli} before execution: the streams, the environment and the clock of this run. */
    public CliContext context;

    /** The two languages. */
    public enum Lang {
        zh, en
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
