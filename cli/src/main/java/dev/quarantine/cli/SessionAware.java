package dev.quarantine.cli;

/** A command that needs the run's {@link Session}: the {@link CommandFactory} hands it over on creation. */
public interface SessionAware {
    void attach(Session session);
}
