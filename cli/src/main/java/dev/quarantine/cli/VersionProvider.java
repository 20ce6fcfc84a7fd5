package dev.quarantine.cli;

import dev.quarantine.cli.i18n.I18n;
import dev.quarantine.cli.session.Session;
import dev.quarantine.cli.session.SessionAware;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.desk.QuarantineDesk;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.result.DatabaseInfo;
import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code quarantine --version}: the program's version, the schema version it writes, and the database's (read, never
 * migrated) with the policy in force today; the built-in default policy when there is no database yet.
 */
final class VersionProvider implements IVersionProvider, SessionAware {
    private Session session;

    @Override
    public void attach(Session s) {
        this.session = s;
    }

    /** The version the build wrote into the jar ({@code 1.1.0}). */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/quarantine/cli/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        if (!session.versionAsked()) {
            // picocli asks while building each command, whether or not the run prints it: answer only when it may.
            return new String[0];
        }
        I18n i18n = session.i18n();
        List<String> lines = new ArrayList<>();
        lines.add(i18n.text("version.program", version()));
        lines.add(i18n.text("version.schema", QuarantineDesk.codeSchemaVersion()));
        Policy policy = null;
        boolean fromDatabase = false;
        if (session.onServer()) {
            // A server's database is opened as every command opens it (and migrated, as any command would).
            try (QuarantineDesk desk = QuarantineDesk.open(session.location(), session.now(), session.operator())) {
                lines.add(i18n.text("version.database", session.location(), desk.storage().schemaVersion()));
                policy = desk.currentPolicy();
                fromDatabase = true;
            } catch (QuarantineException e) {
                lines.add(i18n.text("version.databaseUnreadable", session.location(), e.message(i18n.locale())));
            }
        } else if (Files.exists(session.db())) {
            try {
                DatabaseInfo info = QuarantineDesk.inspect(session.db(), session.now());
                lines.add(i18n.text("version.database", info.location(), info.schemaVersion()));
                policy = info.policyInForce();
                fromDatabase = policy != null;
            } catch (QuarantineException e) {
                lines.add(i18n.text("version.databaseUnreadable", session.db(), e.message(i18n.locale())));
            }
        } else {
            lines.add(i18n.text("version.noDatabase", session.db()));
        }
        if (policy == null) {
            policy = Policy.zhengzhou2020();
        }
        lines.add(i18n.text(fromDatabase ? "version.policy" : "version.policyDefault", policy.id(),
                policy.effectiveFrom().toString()));
        lines.add(i18n.text("version.java", System.getProperty("java.version"), System.getProperty("java.vendor")));
        return lines.toArray(String[]::new);
    }
}
