package dev.quarantine.core.request;

/**
 * A correction of a case as entered ({@code amend}): the new value of each field to correct, as typed; null leaves a
 * field as it is. A blank community or address clears it; the other fields cannot be cleared.
 */
public record CaseCorrection(String name, String idType, String idNumber, String phone, String origin,
                             String arrivalDate, String community, String address) {

    /** True when no field is given. */
    public boolean isEmpty() {
        return name == null && idType == null && idNumber == null && phone == null && origin == null
                && arrivalDate == null && community == null && address == null;
    }
}
