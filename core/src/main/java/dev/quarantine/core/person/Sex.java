package dev.quarantine.core.person;

/** Derived from the 17th character of a resident identity number: odd is male, even is female. */
public enum Sex {
    MALE("男"), FEMALE("女");

    private final String chinese;

    Sex(String chinese) {
        this.chinese = chinese;
    }

    /** The word rosters write: {@code 男} or {@code 女}. */
    public String chinese() {
        return chinese;
    }

    /** {@code 男}/{@code 女}/{@code male}/{@code M}…, or null when the text names no sex. */
    public static Sex fromText(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "男", "male", "m" -> MALE;
            case "女", "female", "f" -> FEMALE;
            default -> null;
        };
    }
}
