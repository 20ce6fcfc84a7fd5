package dev.quarantine.core.internal.service;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.Policy;
import dev.quarantine.core.policy.PolicyBook;
import dev.quarantine.core.policy.PolicyJson;
import dev.quarantine.core.region.RegionCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The policy versions stored in the database (SPEC §2): loaded on open, added later, tried on an origin. */
public final class PolicyService {
    private final DeskContext context;
    private final AuditLog audit;

    public PolicyService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Stores a new version; later commands use it for arrivals on or after its {@code effectiveFrom}. */
    public Policy add(Policy policy) {
        PolicyBook current = context.policies();
        if (current.byId(policy.id()).isPresent()) {
            throw QuarantineException.refused("policy.exists", policy.id());
        }
        List<Policy> all = new ArrayList<>(current.versions());
        all.add(policy);
        PolicyBook book = new PolicyBook(all);
        context.db().inTransaction(sql -> {
            store(sql, policy, context.now(), context.operator());
            audit.record(sql, null, "policy-add", policy.id() + " from " + policy.effectiveFrom());
            return null;
        });
        context.policies(book);
        return policy;
    }

    /** Classifies an origin under the policy in force on {@code arrival} (today when null). */
    public Classification check(String origin, LocalDate arrival) {
        return context.policies().inForce(arrival == null ? context.today() : arrival)
                .classify(RegionCatalog.bundled().resolve(origin));
    }

    public static void store(Sql sql, Policy p, Instant now, String operator) {
        sql.update("INSERT INTO policy_version (id, effective_from, document, added_at, added_by) VALUES (?, ?, ?, ?, ?)",
                p.id(), p.effectiveFrom(), PolicyJson.write(p), now, operator);
    }

    /** Stores {@code policy} unless a version of that id is there already (a database handed over by an embedder). */
    public static void storeIfAbsent(Database db, Policy policy, Instant now, String operator) {
        db.inTransaction(sql -> {
            if (sql.count("SELECT COUNT(*) FROM policy_version WHERE id = ?", policy.id()) == 0) {
                store(sql, policy, now, operator);
            }
            return null;
        });
    }

    public static PolicyBook load(Database db) {
        List<Policy> versions = db.read(sql -> sql.list("SELECT document FROM policy_version ORDER BY effective_from",
                rs -> PolicyJson.parse(rs.getString(1))));
        if (versions.isEmpty()) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "db.noPolicy", db.location());
        }
        return new PolicyBook(versions);
    }
}
