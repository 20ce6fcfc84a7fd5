package dev.quarantine.core.internal.service;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.IdentityDocument;
import dev.quarantine.core.person.Phone;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.Classification;
import dev.quarantine.core.policy.DoorTag;
import dev.quarantine.core.roster.ValidRegistration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case about to be written, field by field as the {@code qcase} row holds it, with the integer keys the uniqueness
 * indexes use: a resident number's first 17 digits (its 18th is their check character) and a phone's digits. The store
 * binds it; nothing reads a case by the position of a value in an array. {@code originText} is the origin as typed when
 * it says more than the place (null otherwise).
 */
public record NewCase(Long personKey, IdType idType, String idNumber, String name, String phone, long phoneKey, Sex sex,
                      LocalDate birthDate, String originCode, String originText, Category category, int periodDays,
                      DoorTag doorTag, LocalDate arrival, LocalDate eligible, String policyId, CaseStatus status,
                      String community, String address, boolean groupRenter, String notes, Instant registeredAt,
                      long officeId) {

    /** The case of a valid registration classified under its policy, registered by office {@code officeId}. */
    public static NewCase of(ValidRegistration v, Classification c, Instant registeredAt, long officeId) {
        IdentityDocument doc = v.identity();
        CaseStatus status = c.needsQuarantine() ? CaseStatus.REGISTERED : CaseStatus.NOT_REQUIRED;
        return new NewCase(personKey(doc), doc.type(), doc.number(), v.name(), v.phone().number(), phoneKey(v.phone()),
                doc.sex(), doc.birthDate(), c.origin().code(), v.originText(), c.category(), c.days(), c.doorTag(),
                v.arrival(), v.arrival().plusDays(c.days()), c.policyId(), status, v.community(), v.address(),
                v.groupRenter(), v.notes(), registeredAt, officeId);
    }

    /** The first 17 digits of a resident number; null for other documents. */
    public static Long personKey(IdentityDocument id) {
        return id.type() == IdType.RESIDENT ? Long.valueOf(id.number().substring(0, 17)) : null;
    }

    /** The digits of a phone number. */
    public static long phoneKey(Phone phone) {
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
}
