package dev.quarantine.core.result;

/**
 * One field of a case changed by a correction, with its value before and after in full (masking is the presentation's
 * job). A derived change is one the correction recomputed: the category, days, eligible date, door tag, policy and
 * status follow a new origin or arrival; sex and birth date a new identity number.
 *
 * @param field  {@code name}, {@code idType}, {@code idNumber}, {@code phone}, {@code origin}, {@code arrivalDate},
 *               {@code community}, {@code address}; derived: {@code category}, {@code periodDays},
 *               {@code eligibleDate}, {@code doorTag}, {@code policyId}, {@code status}, {@code sex},
 *               {@code birthDate}
 * @param before null when the field was empty
 * @param after  null when the field is now empty
 */
public record FieldChange(String field, String before, String after, boolean derived) {
}
