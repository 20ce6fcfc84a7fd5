package dev.quarantine.core.desk;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.cases.CaseNumber;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.internal.service.AuditLog;
import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.internal.store.Database;
import dev.quarantine.core.internal.store.DatabaseCopy;
import dev.quarantine.core.internal.store.DatabaseMerge;
import dev.quarantine.core.result.BackupResult;
import dev.quarantine.core.result.CopyResult;
import dev.quarantine.core.result.MoveResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * The database as a whole: its schema version, backups, copies and moves: {@code desk.storage()}.
 */
public final class Storage {
    private final DeskContext context;
    private final AuditLog audit;

    Storage(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /**
     * The schema version of the open database ({@link QuarantineDesk#codeSchemaVersion()} is the one this library
     * writes).
     */
    public int schemaVersion() {
        return context.db().schemaVersion();
    }

    /**
     * Writes a consistent copy of the database to a new file while others may be using it; the copy appears under its
     * name only once complete. A read-only database is copied too; the audit log then cannot record it.
     */
    public BackupResult backup(Path target) {
        return backup(target, false);
    }

    /** {@link #backup(Path)}, replacing an existing file at {@code target} when {@code replace}. */
    public BackupResult backup(Path target, boolean replace) {
        context.db().backupTo(target, replace);
        long bytes;
        try {
            bytes = Files.size(target);
        } catch (IOException e) {
            throw FileProblems.of(target, e);
        }
        return new BackupResult(target, bytes, audit.tryRecord(null, "backup", target.toString()));
    }

    /**
     * Copies the whole register into a new, empty database at {@code location} (a district's PostgreSQL database, say):
     * every table row for row with the same ids, so case numbers, readings, bills and events all come along; all or
     * nothing. This register stays as it was, with the move in its audit log.
     *
     * @throws QuarantineException {@code REFUSED} {@code db.exists} when the target holds a register already
     */
    public CopyResult copyTo(String location) {
        Map<String, Long> rows;
        String where;
        try (Database target = Database.create(location)) {
            where = target.location();
            rows = DatabaseCopy.copy(context.db(), target);
            recordMigrateFrom(target);
        }
        audit.tryRecord(null, "migrate-to", where);
        return new CopyResult(where, rows);
    }

    /**
     * Moves the whole register into the database at {@code location}, the district's, say. A new or empty database
     * receives a copy as {@link #copyTo} makes it, with the same case numbers, its office named {@code office} (when
     * given). A database that holds a register already takes this one in beside its own offices, as office
     * {@code office} (added with this register's letterhead when it has no office of that name; null: each office
     * under its own name): the cases take its next case numbers, in their order, and every reading, payment, alert,
     * request, correction and event follows its case; hotels of the same name are the same hotel, their rooms matched
     * by number. What is there already stays as it was. All or nothing; this register stays as it was, with the move
     * in its audit log.
     *
     * @param renumbered hears each case whose number changes (old, new), oldest first, before the move is committed:
     *                   an exception it throws undoes the move
     * @throws QuarantineException {@code REFUSED} {@code migrate.conflicts} when the target's rules would refuse cases
     *                             of this register or a bill would change (a person with an open case in both, a room
     *                             occupied in both, a shared hotel's other rates), naming the first; nothing is written.
     *                             {@code DATA_FILE} {@code migrate.schemaDiffers}; {@code REFUSED}
     *                             {@code migrate.sameDatabase}, {@code migrate.severalOffices}
     */
    public MoveResult moveTo(String location, String office, BiConsumer<CaseNumber, CaseNumber> renumbered) {
        Objects.requireNonNull(renumbered, "renumbered");
        String officeName = office == null || office.isBlank() ? null : Text.clean("office", office);
        Database fresh = null;
        try {
            fresh = Database.create(location);
        } catch (QuarantineException e) {
            if (!"db.exists".equals(e.key())) {
                throw e;
            }
        }
        MoveResult result;
        if (fresh != null) {
            try (Database target = fresh) {
                Map<String, Long> rows = DatabaseCopy.copy(context.db(), target, officeName);
                recordMigrateFrom(target);
                String name = target.read(sql -> String.join(", ", sql.list("SELECT name FROM office ORDER BY id",
                        rs -> rs.getString(1))));
                result = new MoveResult(target.location(), name, false, false, rows, rows.get("qcase"), 0);
            }
        } else {
            try (Database target = Database.open(location)) {
                if (sameDatabase(context.db(), target)) {
                    throw QuarantineException.refused("migrate.sameDatabase", target.location());
                }
                DatabaseMerge.Outcome o = DatabaseMerge.merge(context.db(), target, officeName,
                        new DatabaseMerge.Actor(context.now(), context.operator(), context.command()), renumbered);
                result = new MoveResult(target.location(), o.office(), o.officeCreated(), true, o.rows(), o.cases(),
                        o.renumbered());
            }
        }
        audit.tryRecord(null, "migrate-to", result.target() + " (office " + result.office() + ", "
                + result.cases() + " case(s), " + result.renumbered() + " renumbered)");
        return result;
    }

    private void recordMigrateFrom(Database target) {
        target.inTransaction(sql -> {
            sql.insert("INSERT INTO audit_log (at, operator, command, case_number, action, details) "
                    + "VALUES (?, ?, ?, NULL, ?, ?)", context.now(), context.operator(), context.command(),
                    "migrate-from", context.db().location());
            return null;
        });
    }

    private static boolean sameDatabase(Database a, Database b) {
        if (a.file() != null && b.file() != null) {
            try {
                return Files.isSameFile(a.file(), b.file());
            } catch (IOException e) {
                return false;
            }
        }
        return a.location().equals(b.location());
    }
}
