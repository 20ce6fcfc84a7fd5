package dev.quarantine.cli;

import dev.quarantine.cli.session.Session;
import dev.quarantine.cli.session.SessionAware;
import dev.quarantine.cli.session.GlobalOptions;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates the commands of one run and gives each the run's {@link Session}; the global options are the session's own
 * instance, so every command reads the same parsed values without casting its way to the root command.
 */
final class CommandFactory implements IFactory {
    private final Session session;
    private final IFactory defaults = CommandLine.defaultFactory();

    CommandFactory(Session session) {
        this.session = session;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == GlobalOptions.class) {
            return type.cast(session.options());
        }
        K made = defaults.create(type);
        if (made instanceof SessionAware aware) {
            aware.attach(session);
        }
        return made;
    }
}
