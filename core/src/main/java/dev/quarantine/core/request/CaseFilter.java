package dev.quarantine.core.request;

import dev.quarantine.core.cases.CaseStatus;
import dev.quarantine.core.policy.Category;

import java.time.LocalDate;

/**
 * Which cases {@link dev.quarantine.core.desk.Cases#list} returns; a null field does not filter. What a caller on the
 * phone knows is enough: part of the name, the phone number or its last four digits, the community, the origin
 * (resolved as a registration resolves it, and matching every place inside it), a range of arrival dates. Start from
 * {@link #ALL}:
 *
 * <pre>{@code
 * List<CaseView> inHotel = desk.cases().list(CaseFilter.ALL.withStatus(CaseStatus.ADMITTED).withHotel("锦江之星郑东店"));
 * Capped<CaseView> fromHubei = desk.cases().list(
 *         CaseFilter.ALL.withOrigin("湖北").withArrival(LocalDate.of(2020, 2, 1), null), 50);
 * }</pre>
 */
public record CaseFilter(CaseStatus status, String hotel, Category category, String name, String phone,
                         String community, String origin, LocalDate arrivedFrom, LocalDate arrivedTo) {
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, null, null, null);

    /** By status, hotel and category only. */
    public CaseFilter(CaseStatus status, String hotel, Category category) {
        this(status, hotel, category, null, null, null, null, null, null);
    }

    /** Cases in status {@code s}. */
    public CaseFilter withStatus(CaseStatus s) {
        return new CaseFilter(s, hotel, category, name, phone, community, origin, arrivedFrom, arrivedTo);
    }

    /** Cases in the hotel named {@code h}. */
    public CaseFilter withHotel(String h) {
        return new CaseFilter(status, h, category, name, phone, community, origin, arrivedFrom, arrivedTo);
    }

    /** Cases of category {@code c}. */
    public CaseFilter withCategory(Category c) {
        return new CaseFilter(status, hotel, c, name, phone, community, origin, arrivedFrom, arrivedTo);
    }

    /** Names containing {@code part}. */
    public CaseFilter withName(String part) {
        return new CaseFilter(status, hotel, category, part, phone, community, origin, arrivedFrom, arrivedTo);
    }

    /** A full phone number, or its last four digits. */
    public CaseFilter withPhone(String number) {
        return new CaseFilter(status, hotel, category, name, number, community, origin, arrivedFrom, arrivedTo);
    }

    /** Cases whose community contains {@code c}. */
    public CaseFilter withCommunity(String c) {
        return new CaseFilter(status, hotel, category, name, phone, c, origin, arrivedFrom, arrivedTo);
    }

    /** Cases from origin {@code o} or any place inside it: {@code 河南} matches {@code 河南南阳} too. */
    public CaseFilter withOrigin(String o) {
        return new CaseFilter(status, hotel, category, name, phone, community, o, arrivedFrom, arrivedTo);
    }

    /** Arrivals from {@code from} to {@code to}, both included; either may be null. */
    public CaseFilter withArrival(LocalDate from, LocalDate to) {
        return new CaseFilter(status, hotel, category, name, phone, community, origin, from, to);
    }
}
