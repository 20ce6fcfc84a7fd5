package dev.quarantine.cli.command;

import dev.quarantine.cli.session.CliExitCode;
import dev.quarantine.cli.render.Docs;
import dev.quarantine.core.desk.QuarantineDesk;

import java.time.Instant;

/**
 * A command that works on an existing database: opens it, runs, checks that every result reached standard output, and
 * records in the audit log which cases were shown with {@code --unmasked} (or says it could not, on a read-only
 * database).
 */
public abstract class DeskCommand extends BaseCommand {
    private QuarantineDesk desk;
    private Docs docs;

    @Override
    protected final CliExitCode execute() {
        CliExitCode without = withoutDesk();
        if (without != null) {
            return without;
        }
        try (QuarantineDesk d = QuarantineDesk.open(dbLocation(), session().now(), operator()).command(commandName())) {
            if (session().office() != null && officeIsOurs()) {
                option("--office", () -> d.office(session().office()));
            }
            desk = d;
            docs = new Docs(d.zone(), global().unmasked(), d.offices().count() > 1);
            try {
                CliExitCode code = run(d);
                output().finish();
                return code;
            } finally {
                auditUnmasked(d);
            }
        }
    }

    protected abstract CliExitCode run(QuarantineDesk desk);

    /** A command that, with some options, needs no database (writing a template) does its work here; else null. */
    protected CliExitCode withoutDesk() {
        return null;
    }

    /**
     * True when {@code --office} names the office of this register the command works for; a command that reads it
     * otherwise ({@code migrate-to}: the office in the database it moves to) says false.
     */
    protected boolean officeIsOurs() {
        return true;
    }

    /** How results read: masked unless {@code --unmasked}, times in the policy's zone. One per run. */
    protected Docs docs() {
        return docs;
    }

    /** A timestamp option read in the policy's zone. */
    protected Instant timestamp(String option, String value) {
        return value == null ? null
                : option(option, () -> dev.quarantine.core.Dates.parseTimestamp(value, desk.zone()).toInstant());
    }

    private void auditUnmasked(QuarantineDesk d) {
        if (!global().unmasked() || docs.unmaskedCount() == 0) {
            return;
        }
        String details = commandName() + ": " + docs.unmaskedCount() + " case(s) "
                + String.join(", ", docs.unmaskedCases()) + (docs.unmaskedCount() > docs.unmaskedCases().size() ? " …" : "");
        String one = docs.unmaskedCount() == 1 ? docs.unmaskedCases().get(0) : null;
        if (!d.audit().tryRecord(one, "unmasked", details)) {
            output().info(i18n().text("warning", i18n().text("unmasked.notAudited", dbLocation())));
        }
    }
}
