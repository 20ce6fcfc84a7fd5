package dev.quarantine.core.result;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.cases.Setting;
import dev.quarantine.core.health.Temperature;
import dev.quarantine.core.person.IdType;
import dev.quarantine.core.person.Sex;
import dev.quarantine.core.policy.Category;
import dev.quarantine.core.policy.DoorTag;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as every command shows it (SPEC §11.1). Identity number and phone are held in full: masking is the
 * presentation's job, so that an authorized {@code --unmasked} export can show them.
 *
 * @param origin     the full name of the division the person returned from ({@code 湖北省武汉市})
 * @param originCode its code ({@code 4201}), which decides the category
 * @param hotel      null until admitted
 * @param room       null until admitted
 * @param block      service-team block of the room, 0 when there is no room
 * @param doorTag    null when the category needs no quarantine
 * @param office     the office that registered it
 * @param originText the origin as the clerk typed it when it said more than the place ({@code 湖北省武汉市汉口火车站},
 *                   stripped of surrounding spaces); equal to {@code origin} when nothing more was typed (a name or
 *                   code the resolver read whole, {@code 武汉} or {@code 4201}, and every case registered before
 *                   schema version 6)
 */
public record CaseView(
        String caseNumber,
        String name,
        IdType idType,
        String idNumber,
        Sex sex,
        LocalDate birthDate,
        String phone,
        String origin,
        String originCode,
        Category category,
        int periodDays,
        LocalDate arrivalDate,
        LocalDate eligibleDate,
        CaseStatus status,
        String hotel,
        String room,
        int block,
        DoorTag doorTag,
        String policyId,
        String community,
        String address,
        boolean groupRenter,
        String notes,
        Instant registeredAt,
        Instant admittedAt,
        Temperature intakeTemperature,
        Instant commitmentSignedAt,
        Instant releasedAt,
        String checkedBy,
        String hospital,
        String office,
        String originText) {

    /**
     * A case as version 0.2 described it, before the origin as typed was kept: {@code originText} is {@code origin}.
     * Kept so that code built against 0.2 still links.
     */
    public CaseView(String caseNumber, String name, IdType idType, String idNumber, Sex sex, LocalDate birthDate,
                    String phone, String origin, String originCode, Category category, int periodDays,
                    LocalDate arrivalDate, LocalDate eligibleDate, CaseStatus status, String hotel, String room,
                    int block, DoorTag doorTag, String policyId, String community, String address,
                    boolean groupRenter, String notes, Instant registeredAt, Instant admittedAt,
                    Temperature intakeTemperature, Instant commitmentSignedAt, Instant releasedAt, String checkedBy,
                    String hospital, String office) {
        this(caseNumber, name, idType, idNumber, sex, birthDate, phone, origin, originCode, category, periodDays,
                arrivalDate, eligibleDate, status, hotel, room, block, doorTag, policyId, community, address,
                groupRenter, notes, registeredAt, admittedAt, intakeTemperature, commitmentSignedAt, releasedAt,
                checkedBy, hospital, office, origin);
    }

    /** Home observation until admitted; hotel from admission on, also after release. */
    public Setting setting() {
        return hotel == null ? Setting.HOME : Setting.HOTEL;
    }

    /** The last day of quarantine, D+N−1. */
    public LocalDate lastDay() {
        return periodDays == 0 ? arrivalDate : arrivalDate.plusDays(periodDays - 1L);
    }
}
