package dev.quarantine.cli;

import dev.quarantine.cli.session.GlobalOptions;
import dev.quarantine.cli.command.AdmitCommand;
import dev.quarantine.cli.command.AmendCommand;
import dev.quarantine.cli.command.CompletionCommand;
import dev.quarantine.cli.command.RefundCommand;
import dev.quarantine.cli.command.BackupCommand;
import dev.quarantine.cli.command.BillCommand;
import dev.quarantine.cli.command.CancelCommand;
import dev.quarantine.cli.command.CommitmentCommand;
import dev.quarantine.cli.command.DemoCommand;
import dev.quarantine.cli.command.DisinfectCommand;
import dev.quarantine.cli.command.DueCommand;
import dev.quarantine.cli.command.ExportCommand;
import dev.quarantine.cli.command.FeverCommand;
import dev.quarantine.cli.command.FindCommand;
import dev.quarantine.cli.command.GroupCommand;
import dev.quarantine.cli.command.HistoryCommand;
import dev.quarantine.cli.command.HotelCommand;
import dev.quarantine.cli.command.MigrateToCommand;
import dev.quarantine.cli.command.OfficeCommand;
import dev.quarantine.cli.command.ImportCommand;
import dev.quarantine.cli.command.InitCommand;
import dev.quarantine.cli.command.InspectCommand;
import dev.quarantine.cli.command.LandlordCommand;
import dev.quarantine.cli.command.ListCommand;
import dev.quarantine.cli.command.NoticeCommand;
import dev.quarantine.cli.command.PayCommand;
import dev.quarantine.cli.command.PolicyCommand;
import dev.quarantine.cli.command.RegisterCommand;
import dev.quarantine.cli.command.ReleaseCommand;
import dev.quarantine.cli.command.ReportCommand;
import dev.quarantine.cli.command.ServiceCommand;
import dev.quarantine.cli.command.ShowCommand;
import dev.quarantine.cli.command.TeamCommand;
import dev.quarantine.cli.command.TempCommand;
import dev.quarantine.cli.command.TransferCommand;
import dev.quarantine.cli.command.ViolationCommand;
import picocli.CommandLine.Command;
import dev.quarantine.cli.command.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code quarantine [--db PATH] [--operator NAME] [--lang zh|en] [--format table|csv|json] [--now TIMESTAMP] COMMAND}.
 * The global options may stand before or after the command name; {@code --help} and {@code -h} work on every command
 * (the help options are inherited), and so does {@code help COMMAND}.
 */
@Command(name = "quarantine", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Centralized hotel quarantine register (集中隔离登记).")
public final class QuarantineCommand extends GroupCommand {
    /**
     * The commands by name, in the order help lists them. Each name is also in its command's annotation (a test keeps
     * the two equal): reading the annotations of every command to find the one named took 40 ms of each start.
     */
    static final Map<String, Class<?>> BY_NAME = byName("init", InitCommand.class, "demo", DemoCommand.class,
            "policy", PolicyCommand.class, "office", OfficeCommand.class, "migrate-to", MigrateToCommand.class,
            "hotel", HotelCommand.class, "register", RegisterCommand.class, "admit", AdmitCommand.class,
            "import", ImportCommand.class, "temp", TempCommand.class, "fever", FeverCommand.class,
            "transfer", TransferCommand.class, "release", ReleaseCommand.class, "cancel", CancelCommand.class,
            "commitment", CommitmentCommand.class, "violation", ViolationCommand.class, "pay", PayCommand.class,
            "export", ExportCommand.class, "backup", BackupCommand.class, "list", ListCommand.class,
            "find", FindCommand.class, "show", ShowCommand.class, "history", HistoryCommand.class,
            "due", DueCommand.class, "bill", BillCommand.class, "notice", NoticeCommand.class,
            "team", TeamCommand.class, "service", ServiceCommand.class, "disinfect", DisinfectCommand.class,
            "inspect", InspectCommand.class, "landlord", LandlordCommand.class, "report", ReportCommand.class,
            "amend", AmendCommand.class, "refund", RefundCommand.class, "completion", CompletionCommand.class,
            "help", HelpCommand.class);

    /** The commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.copyOf(BY_NAME.values());

    private static Map<String, Class<?>> byName(Object... pairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Class<?>) pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Commands that work on the whole tree: with one of these named, or no command named at all (usage, a mistyped
     * command and its suggestion) and no version asked for, every command is built.
     */
    private static final Set<String> NEED_ALL = Set.of("help", "completion");

    @Mixin
    GlobalOptions global;

    /**
     * The commands a run needs: those whose names appear among {@code args}, or all of them. Building a command's
     * model (picocli reads its annotations) costs a few milliseconds each, a third of a short command's start when
     * done for all of them; a word that only looks like a command name just builds one more.
     */
    static List<Class<?>> commandsFor(String[] args) {
        Set<String> words = new HashSet<>(Arrays.asList(args));
        List<Class<?>> named = new ArrayList<>();
        for (Map.Entry<String, Class<?>> command : BY_NAME.entrySet()) {
            if (words.contains(command.getKey())) {
                if (NEED_ALL.contains(command.getKey())) {
                    return COMMANDS;
                }
                named.add(command.getValue());
            }
        }
        if (named.isEmpty() && (words.contains("--version") || words.contains("-V")) && !words.contains("-h")
                && !words.contains("--help") && !words.contains("help")) {
            return List.of(); // the version needs no command: all of them took 0.25 s more than the version itself
        }
        return named.isEmpty() ? COMMANDS : named;
    }
}
