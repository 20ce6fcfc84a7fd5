package dev.quarantine.cli.session;

/** A command that needs the run's {@link Session}: the {@code CommandFactory} hands it over on creation. */
public interface SessionAware {
    void attach(Session session);
}
