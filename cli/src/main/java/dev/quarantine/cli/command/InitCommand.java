package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code init [--policy FILE]}: creates the database (mode 0600) with the default or the given policy. The folder must
 * exist; an existing file is never touched, ours or not.
 */
@Command(name = "init", description = "Create a new database.")
public final class InitCommand extends BaseCommand {
    /** A policy is a few kilobytes: anything far larger is not one. */
    private static final long MAX_POLICY_BYTES = 1 << 20;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy file (JSON) instead of zhengzhou-2020-02.")
    List<Path> policyFiles = new ArrayList<>();

    @Override
    protected CliExitCode execute() {
        List<Policy> policies = new ArrayList<>();
        for (Path file : policyFiles) {
            policies.add(readPolicy(file));
        }
        try (QuarantineDesk desk = QuarantineDesk.create(dbLocation(), session().now(), operator(), policies)) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("database", dbLocation());
            doc.put("schemaVersion", desk.storage().schemaVersion());
            doc.put("policies", String.join(", ", desk.policies().versions().stream().map(Policy::id).toList()));
            output().object(doc);
            output().finish();
            output().info(i18n().text("init.done", dbLocation(), doc.get("policies")));
        }
        return CliExitCode.OK;
    }

    /** Reads a policy file: UTF-8 (a byte-order mark allowed), at most a megabyte. */
    static Policy readPolicy(Path file) {
        FileProblems.checkReadable(file);
        String text;
        try {
            if (Files.size(file) > MAX_POLICY_BYTES) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "policy.tooLarge", file, MAX_POLICY_BYTES);
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "policy.notUtf8", file);
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return PolicyJson.parse(text);
    }
}
