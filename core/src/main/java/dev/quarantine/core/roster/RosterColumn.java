package dev.quarantine.core.roster;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** The columns of a community roster (SPEC §8) and the headers, English or Chinese, that name them. */
public enum RosterColumn {
    NAME(true, "name", "姓名"),
    ID_NUMBER(true, "id_number", "id", "身份证", "身份证号", "身份证号码", "证件号码", "证件号"),
    ID_TYPE(false, "id_type", "证件类型"),
    PHONE(true, "phone", "mobile", "电话", "联系电话", "手机", "手机号", "手机号码"),
    ORIGIN(true, "origin", "来源地", "来自", "出发地"),
    /**
     * The origin as the clerk once typed it, beside its code in {@code origin}: what an export of cases writes, so that
     * the text comes back with the case. It must name the same place as {@code origin}.
     */
    ORIGIN_TEXT(false, "origin_text", "来源地原文"),
    ARRIVAL_DATE(true, "arrival_date", "arrived", "返郑日期", "返回日期", "到达日期", "抵郑日期"),
    COMMUNITY(false, "community", "社区", "所属社区"),
    ADDRESS(false, "address", "住址", "现住址", "居住地址"),
    GROUP_RENTER(false, "group_renter", "是否群租户", "群租户"),
    NOTES(false, "notes", "备注"),
    /** Not a registration field: checked against the identity number, a contradiction is a warning. */
    SEX(false, "sex", "性别"),
    /** Optional intake temperature, used by {@code import --admit}. */
    TEMPERATURE(false, "temperature", "体温", "入住体温");

    private final boolean required;
    private final List<String> headers;

    RosterColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** True when a roster must have this column (SPEC §8). */
    public boolean required() {
        return required;
    }

    /** The canonical English header, as the rejects file and exports write it. */
    public String header() {
        return headers.get(0);
    }

    /** Every header, English or Chinese, that names the column; the canonical one first. */
    public List<String> headers() {
        return headers;
    }

    /** The column a header names (trimmed, case-insensitive, full-width folded), or null. */
    public static RosterColumn of(String header) {
        String h = normalize(header);
        for (RosterColumn c : values()) {
            for (String alias : c.headers) {
                if (alias.equals(h)) {
                    return c;
                }
            }
        }
        return null;
    }

    static String normalize(String header) {
        String h = header == null ? "" : header;
        if (!h.isEmpty() && h.charAt(0) == '\uFEFF') {
            h = h.substring(1);
        }
        return Normalizer.normalize(h, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
