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
    private volatile Office office;
    private volatile int officeCount = 1;
    private volatile boolean allOffices;

    /** The office the desk works for: its id in the register, its name, and what its letters carry. */
    public record Office(long id, String name, String letterName, String phone, String address) {
    }

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

    /** The office chosen (or the only one, or the login's); null when the register has several and none was chosen. */
    public Office office() {
        return office;
    }

    void office(Office office, int count) {
        this.office = office;
        this.officeCount = count;
    }

    void allOffices(boolean all) {
        this.allOffices = all;
    }

    public boolean allOffices() {
        return allOffices;
    }

    /** How many offices the register holds. */
    public int officeCount() {
        return officeCount;
    }

    /** The office a new case belongs to; refuses when the register has several and none was chosen. */
    public Office requireOffice() {
        Office o = office;
        if (o == null) {
            throw dev.quarantine.core.QuarantineException.invalid("office.choose");
        }
        return o;
    }

    /**
     * The condition that keeps a query to the desk's office ({@code " AND c.office_id = 2"}), appended to its WHERE
     * clause on {@code alias}; empty when the register has one office, none was chosen, or all were asked for. The id
     * is the register's own number, never a user's text.
     */
    public String scope(String alias) {
        Office o = office;
        return allOffices || o == null || officeCount < 2 ? "" : " AND " + alias + ".office_id = " + o.id();
    }

    /** {@link #scope} for a table that refers to cases by {@code column} (readings, alerts). */
    public String scopeCases(String column) {
        String s = scope("q");
        return s.isEmpty() ? "" : " AND " + column + " IN (SELECT q.id FROM qcase q WHERE 1 = 1" + s + ")";
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
