package dev.quarantine.io;

import dev.quarantine.core.QuarantineException;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The encodings a file of ours may be read or written in: UTF-8, and GBK read and written as GB18030, its superset, so
 * that no Chinese character is lost. Latin-1 and the like are refused before anything is written: they would turn every
 * Chinese name into question marks.
 */
public final class Encodings {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private Encodings() {
    }

    /** @throws QuarantineException {@code INVALID_INPUT} {@code encoding.unsupported} */
    public static Charset of(String name) {
        String e = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (e) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gbk", "cp936", "gb18030", "gb2312" -> GB18030;
            default -> throw QuarantineException.forField("encoding",
                    QuarantineException.invalid("encoding.unsupported", name == null ? "" : name.strip()));
        };
    }
}
