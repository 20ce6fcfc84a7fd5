package dev.quarantine.core.desk;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.internal.store.Sql;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.roster.ValidRegistration;

/**
 * How a case row is written: the integer keys that the uniqueness indexes use (a resident number's first 17 digits;
 * a phone's digits) and the one INSERT shared by single registrations and roster imports.
 */
final class CaseKeys {
    /** Inserts a case; a row that breaks a uniqueness rule is skipped (0 rows), and the caller finds out why. */
    static final String INSERT = "INSERT INTO qcase (id, person_key, id_type, id_number, name, phone, phone_key, sex, "
            + "birth_date, origin_code, category, period_days, door_tag, arrival_date, eligible_date, "
            + "policy_id, status, community, address, group_renter, notes, registered_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private CaseKeys() {
    }

    /** The first 17 digits of a resident number (the 18th is their check character); null for other documents. */
    static Long personKey(IdentityDocument id) {
        return id.type() == IdType.RESIDENT ? Long.valueOf(id.number().substring(0, 17)) : null;
    }

    /** The digits of a phone number. */
    static long phoneKey(Phone phone) {
        String s = phone.number();
        long key = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') {
                key = key * 10 + (ch - '0');
            }
        }
        return key;
    }

    /**
     * The values of {@link #INSERT}, already in their stored form so that the thread that writes only binds them;
     * {@code id} may be null and set later in element 0.
     */
    static Object[] values(Long id, ValidRegistration v, Classification c, CaseStatus status, Object now) {
        IdentityDocument doc = v.identity();
        Object[] values = {id, personKey(doc), doc.type(), doc.number(), v.name(), v.phone().number(),
                phoneKey(v.phone()), doc.sex(), doc.birthDate(), c.origin().code(), c.category(),
                c.days(), c.doorTag(), v.arrival(), v.arrival().plusDays(c.days()), c.policyId(), status, v.community(),
                v.address(), v.groupRenter(), v.notes(), now};
        for (int i = 1; i < values.length; i++) {
            values[i] = Sql.toDb(values[i]);
        }
        return values;
    }
}
