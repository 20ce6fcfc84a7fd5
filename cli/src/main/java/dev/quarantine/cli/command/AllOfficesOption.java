package dev.quarantine.cli.command;

import dev.quarantine.core.desk.QuarantineDesk;
import picocli.CommandLine.Option;

/** {@code --all-offices}: the district's view, every office's cases, where a clerk otherwise sees their office's. */
public final class AllOfficesOption {
    @Option(names = "--all-offices", description = "Every office's cases (the district's view), not only your office's.")
    boolean all;

    void apply(QuarantineDesk desk) {
        if (all) {
            desk.allOffices();
        }
    }
}
