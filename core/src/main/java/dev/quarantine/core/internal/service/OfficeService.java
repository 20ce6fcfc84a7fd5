package dev.quarantine.core.internal.service;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.Text;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.result.OfficeView;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The offices (街道) of a register: which one the desk works for, adding and editing them, and on a database server
 * the login each office's clerks use. With one office nobody names it; with several a clerk names theirs
 * ({@code --office}), unless their database login is an office's, which then decides.
 */
public final class OfficeService {
    private static final String COLUMNS = "id, name, letter_name, phone, address";
    private final DeskContext context;
    private final AuditLog audit;

    public OfficeService(DeskContext context, AuditLog audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Works for office {@code name}, or when null, for the login's office or the only one (see class comment). */
    public void choose(String name) {
        context.db().read(sql -> {
            int count = (int) sql.count("SELECT COUNT(*) FROM office");
            Optional<DeskContext.Office> login = loginOffice(sql);
            DeskContext.Office chosen;
            if (name != null && !name.isBlank()) {
                String n = Text.clean("office", name);
                chosen = sql.one("SELECT " + COLUMNS + " FROM office WHERE name = ?", OfficeService::map, n)
                        .orElseThrow(() -> QuarantineException.forField("office",
                                QuarantineException.notFound("office.notFound", n, names(sql))));
                if (login.isPresent() && login.get().id() != chosen.id()) {
                    throw QuarantineException.refused("office.notYours", chosen.name(), login.get().name());
                }
            } else if (login.isPresent()) {
                chosen = login.get();
            } else if (count == 1) {
                chosen = sql.one("SELECT " + COLUMNS + " FROM office", OfficeService::map).orElseThrow();
            } else {
                chosen = null;
            }
            context.office(chosen, count);
            return null;
        });
    }

    /** Queries that follow show every office's cases (the district's view). */
    public void allOffices() {
        if (context.office() != null && loginIsOffice()) {
            throw QuarantineException.refused("office.allNotYours", context.office().name());
        }
        context.allOffices(true);
    }

    private boolean loginIsOffice() {
        return context.db().read(sql -> loginOffice(sql).isPresent());
    }

    private Optional<DeskContext.Office> loginOffice(Sql sql) {
        String login;
        try {
            login = sql.dialect().currentLogin(sql.connection());
        } catch (SQLException e) {
            throw new QuarantineException(ErrorKind.INTERNAL, e, "db.error", e.getMessage());
        }
        return login == null ? Optional.empty()
                : sql.one("SELECT " + COLUMNS + " FROM office WHERE db_role = ?", OfficeService::map, login);
    }

    public List<OfficeView> all() {
        return context.db().read(sql -> sql.list("SELECT o.name, o.letter_name, o.phone, o.address, o.db_role, "
                + "(SELECT COUNT(*) FROM qcase c WHERE c.office_id = o.id AND c.status IN ('REGISTERED', 'ADMITTED')) "
                + "FROM office o ORDER BY o.id", rs -> new OfficeView(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6))));
    }

    /** Adds an office; its letters are signed {@code letterName} (its name, when none is given). */
    public OfficeView add(String name, String letterName, String phone, String address) {
        String n = Text.required("office", name);
        String letter = letterName == null || letterName.isBlank() ? n : Text.clean("letter_name", letterName);
        String p = phone == null || phone.isBlank() ? null : Fields.field("phone", () -> Phone.parse(phone)).number();
        String a = Text.optional("address", address);
        context.db().inTransaction(sql -> {
            if (sql.count("SELECT COUNT(*) FROM office WHERE name = ?", n) > 0) {
                throw QuarantineException.refused("office.exists", n);
            }
            sql.insert("INSERT INTO office (name, letter_name, phone, address, created_at) VALUES (?, ?, ?, ?, ?)", n,
                    letter, p, a, context.now());
            audit.record(sql, null, "office-add", n + ", letters signed " + letter);
            return null;
        });
        choose(context.office() == null ? null : context.office().name());
        return find(n);
    }

    /** Changes what an office's letters carry, or its name; a field left null stays as it is. */
    public OfficeView edit(String name, String newName, String letterName, String phone, String address) {
        String n = Text.required("office", name);
        String renamed = newName == null || newName.isBlank() ? n : Text.clean("office", newName);
        String p = phone == null || phone.isBlank() ? null : Fields.field("phone", () -> Phone.parse(phone)).number();
        context.db().inTransaction(sql -> {
            DeskContext.Office o = sql.one("SELECT " + COLUMNS + " FROM office WHERE name = ?", OfficeService::map, n)
                    .orElseThrow(() -> QuarantineException.notFound("office.notFound", n, names(sql)));
            if (!renamed.equals(n) && sql.count("SELECT COUNT(*) FROM office WHERE name = ?", renamed) > 0) {
                throw QuarantineException.refused("office.exists", renamed);
            }
            sql.update("UPDATE office SET name = ?, letter_name = ?, phone = ?, address = ? WHERE id = ?", renamed,
                    letterName == null || letterName.isBlank() ? o.letterName() : Text.clean("letter_name", letterName),
                    p == null ? o.phone() : p, address == null || address.isBlank() ? o.address()
                            : Text.optional("address", address), o.id());
            audit.record(sql, null, "office-edit", n + (renamed.equals(n) ? "" : " renamed " + renamed));
            return null;
        });
        DeskContext.Office working = context.office();
        choose(working == null ? null : working.name().equals(n) ? renamed : working.name());
        return find(renamed);
    }

    /** Makes database login {@code role} the login of office {@code name}'s clerks (a database server only). */
    public OfficeView grant(String name, String role) {
        String n = Text.required("office", name);
        String r = Text.required("role", role);
        if (!r.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw QuarantineException.forField("role", QuarantineException.invalid("office.roleName", r));
        }
        context.db().inTransaction(sql -> {
            long id = sql.one("SELECT id FROM office WHERE name = ?", rs -> rs.getLong(1), n)
                    .orElseThrow(() -> QuarantineException.notFound("office.notFound", n, names(sql)));
            if (sql.count("SELECT COUNT(*) FROM office WHERE db_role = ? AND id <> ?", r, id) > 0) {
                throw QuarantineException.refused("office.roleTaken", r);
            }
            try {
                sql.dialect().grantOffice(sql.connection(), r);
            } catch (UnsupportedOperationException e) {
                throw QuarantineException.refused("office.grantNeedsServer", sql.dialect().name());
            } catch (SQLException e) {
                throw sql.failure(e);
            }
            sql.update("UPDATE office SET db_role = ? WHERE id = ?", r, id);
            audit.record(sql, null, "office-grant", n + " to login " + r);
            return null;
        });
        return find(n);
    }

    private OfficeView find(String name) {
        return all().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static String names(Sql sql) {
        return String.join(", ", sql.list("SELECT name FROM office ORDER BY id", rs -> rs.getString(1)));
    }

    private static DeskContext.Office map(java.sql.ResultSet rs) throws SQLException {
        return new DeskContext.Office(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5));
    }
}
