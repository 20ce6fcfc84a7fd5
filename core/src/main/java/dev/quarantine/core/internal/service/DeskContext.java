package dev.quarantine.core.internal.service;

import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyBook;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What every service of one open desk shares: the database, the clock, who is working and through which command,
 * and the policy versions. The services depend on this, never on the facade.
 */
public final class DeskContext {
    private final Database db;
    private final Clock clock;
    private final String operator;
    private volatile PolicyBook policies;
    private volatile String command = "api";

    public DeskContext(Database db, Clock clock, String operator, PolicyBook policies) {
        this.db = db;
        this.clock = clock;
        this.operator = operator;
        this.policies = policies;
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public String operator() {
        return operator;
    }

    /** The command recorded in the audit log for what follows. */
    public String command() {
        return command;
    }

    public void command(String name) {
        this.command = name;
    }

    public PolicyBook policies() {
        return policies;
    }

    void policies(PolicyBook book) {
        this.policies = book;
    }

    /** The policy that governs today's operations (slots, teams, time zone): the version in force today. */
    public Policy currentPolicy() {
        return policies.inForce(today());
    }

    public ZoneId zone() {
        return currentPolicy().zone();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), policies.latest().zone());
    }

    public int blockSize() {
        return currentPolicy().blockSize();
    }

    /** An instant as people read it in the policy's zone: {@code 2020-02-11 14:10}. */
    public String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone()).truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
    }
}
