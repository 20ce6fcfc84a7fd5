package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;

/** A command that works on an existing database: opens it, runs, closes it. */
public abstract class DeskCommand extends BaseCommand {

    @Override
    public final Integer call() {
        try (QuarantineDesk desk = openDesk()) {
            if (root().unmasked) {
                desk.recordAudit(null, "unmasked", commandName());
            }
            return run(desk);
        }
    }

    protected abstract int run(QuarantineDesk desk);
}
