package dev.quarantine.cli.command;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code init [--policy FILE]}: creates the database (mode 0600) with the default or the given policy. */
@Command(name = "init", description = "Create a new database.")
public final class InitCommand extends BaseCommand {
    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (JSON) instead of zhengzhou-2020-02.")
    List<Path> policyFiles = new ArrayList<>();

    @Override
    public Integer call() {
        List<Policy> policies = new ArrayList<>();
        for (Path file : policyFiles) {
            policies.add(readPolicy(file));
        }
        try (QuarantineDesk desk = QuarantineDesk.create(dbPath(), context().clock(), operator(), policies)) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("database", dbPath().toString());
            doc.put("schemaVersion", desk.schemaVersion());
            doc.put("policies", String.join(", ", desk.policies().versions().stream().map(Policy::id).toList()));
            output().object(doc);
            output().info(i18n().text("init.done", dbPath(), doc.get("policies")));
        }
        return 0;
    }

    static Policy readPolicy(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unreadable", file, e.getMessage());
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return PolicyJson.parse(text);
    }
}
