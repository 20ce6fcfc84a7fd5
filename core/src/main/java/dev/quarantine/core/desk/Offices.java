package dev.quarantine.core.desk;

import dev.quarantine.core.internal.service.DeskContext;
import dev.quarantine.core.internal.service.OfficeService;
import dev.quarantine.core.result.OfficeView;

import java.util.List;

/**
 * The offices (街道) of the register: {@code desk.offices()}. Which office the desk works for is chosen on the desk
 * itself ({@link QuarantineDesk#office(String)}).
 */
public final class Offices {
    private final DeskContext context;
    private final OfficeService offices;

    Offices(DeskContext context, OfficeService offices) {
        this.context = context;
        this.offices = offices;
    }

    /** How many offices the register has (one on every new database): cheaper than counting {@link #list()}. */
    public int count() {
        return context.officeCount();
    }

    /** The offices of the register, in the order they were added, with their open cases. */
    public List<OfficeView> list() {
        return offices.all();
    }

    /** Adds an office (街道); its letters are signed {@code letterName}, or its name when none is given. */
    public OfficeView add(String name, String letterName, String phone, String address) {
        return offices.add(name, letterName, phone, address);
    }

    /** Renames an office or changes what its letters carry; what is null stays as it is. */
    public OfficeView edit(String name, String newName, String letterName, String phone, String address) {
        return offices.edit(name, newName, letterName, phone, address);
    }

    /**
     * Makes database login {@code role} the login of office {@code name}'s clerks: created if need be (its password is
     * set by the database's administrator), granted what clerks need; row-level security keeps it to the office's
     * cases. A database server only.
     */
    public OfficeView grant(String name, String role) {
        return offices.grant(name, role);
    }
}
