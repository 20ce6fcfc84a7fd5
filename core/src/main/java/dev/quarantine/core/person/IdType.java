package dev.quarantine.core.person;

import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.TextNormalizer;

import java.util.Locale;

/** Kinds of identity document (SPEC §4), with the words rosters use for them. */
public enum IdType {
    /** Resident identity card (居民身份证), 18 characters per GB 11643. */
    RESIDENT("resident", "身份证"),
    PASSPORT("passport", "护照"),
    /** Hong Kong, Macau and Taiwan permits and other documents. */
    OTHER("other", "其他");

    private final String id;
    private final String chinese;

    IdType(String id, String chinese) {
        this.id = id;
        this.chinese = chinese;
    }

    /** The name the command line takes ({@code --id-type}): {@code resident}, {@code passport} or {@code other}. */
    public String id() {
        return id;
    }

    /** The word rosters write in {@code 证件类型}: {@code 身份证}, {@code 护照} or {@code 其他}. */
    public String chinese() {
        return chinese;
    }

    /** Reads {@code resident}, {@code passport}, {@code other} or their Chinese names; blank means resident. */
    public static IdType parse(String text) {
        String s = TextNormalizer.foldNoSpaces(text).toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return RESIDENT;
        }
        for (IdType t : values()) {
            if (t.id.equals(s) || t.chinese.equals(s) || t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        if (s.equals("居民身份证") || s.equals("二代身份证")) {
            return RESIDENT;
        }
        if (s.contains("通行证") || s.contains("居住证") || s.contains("台胞证") || s.contains("回乡证")) {
            return OTHER;
        }
        throw QuarantineException.invalid("id.type", text);
    }
}
