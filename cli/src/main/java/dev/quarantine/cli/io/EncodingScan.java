package dev.quarantine.cli.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a file's bytes: how many lines it has, which lines are not UTF-8, and which are UTF-8 holding Chinese
 * characters. A file with lines of both kinds mixes encodings (a GBK row pasted into a UTF-8 roster): decoding it
 * either way would garble one part silently, so it is refused, naming the lines.
 */
record EncodingScan(long lines, List<Long> invalidUtf8Lines, List<Long> chineseUtf8Lines) {
    /** How many line numbers of each kind are kept for the message. */
    static final int SHOWN = 5;

    static EncodingScan of(Path file) throws IOException {
        List<Long> invalid = new ArrayList<>();
        List<Long> chinese = new ArrayList<>();
        long line = 1;
        boolean lineInvalid = false;
        boolean lineChinese = false;
        boolean pending = false;
        int need = 0; // continuation bytes still expected
        int codePoint = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    pending = true;
                    if (need > 0) {
                        if ((b & 0xC0) == 0x80) {
                            codePoint = (codePoint << 6) | (b & 0x3F);
                            if (--need == 0 && isChinese(codePoint)) {
                                lineChinese = true;
                            }
                            continue;
                        }
                        lineInvalid = true;
                        need = 0;
                    }
                    if (b == '\n') {
                        if (lineInvalid && invalid.size() < SHOWN) {
                            invalid.add(line);
                        } else if (!lineInvalid && lineChinese && chinese.size() < SHOWN) {
                            chinese.add(line);
                        }
                        line++;
                        lineInvalid = false;
                        lineChinese = false;
                        pending = false;
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                        codePoint = b & 0x1F;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        codePoint = b & 0x0F;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        codePoint = b & 0x07;
                    } else if (b >= 0x80) {
                        lineInvalid = true;
                    }
                }
            }
        }
        if (need > 0) {
            lineInvalid = true;
        }
        if (pending) {
            if (lineInvalid && invalid.size() < SHOWN) {
                invalid.add(line);
            } else if (!lineInvalid && lineChinese && chinese.size() < SHOWN) {
                chinese.add(line);
            }
        } else {
            line--;
        }
        return new EncodingScan(line, List.copyOf(invalid), List.copyOf(chinese));
    }

    /** The lines of a file in an encoding already known. */
    static long lines(Path file) throws IOException {
        long lines = 0;
        boolean pending = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        }
        return pending ? lines + 1 : lines;
    }

    private static boolean isChinese(int cp) {
        return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F)
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    static String join(List<Long> lines) {
        StringBuilder out = new StringBuilder();
        for (Long l : lines) {
            out.append(out.length() == 0 ? "" : ", ").append(l);
        }
        return out.append(lines.size() == SHOWN ? ", …" : "").toString();
    }
}
