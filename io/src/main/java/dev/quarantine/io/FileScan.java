package dev.quarantine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a CSV file's bytes before anything is imported: how many lines it has; which lines are not UTF-8 and
 * which are UTF-8 holding Chinese (a file with both mixes encodings: decoding it either way would garble one part
 * silently); and where a quoted cell runs on for too many lines or never closes (a stray quote that would swallow the
 * rows after it). Quotes, delimiters and line breaks are ASCII, which neither UTF-8 nor GBK uses inside a character.
 */
record FileScan(long lines, List<Long> invalidUtf8Lines, List<Long> chineseUtf8Lines, long runawayStart,
                long runawayEnd, long unclosedStart) {
    /** How many line numbers of each kind are kept for the message. */
    static final int SHOWN = 5;

    /** The quoting of the cell a byte is in (ints, not an enum: this loop runs once per byte of the file). */
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int IN_QUOTES = 2;
    private static final int QUOTE_IN_QUOTES = 3;

    /** True when a quoted cell spans more than {@code maxLines} lines: {@link #runawayStart} to {@link #runawayEnd}. */
    boolean runaway() {
        return runawayStart > 0;
    }

    /** True when a quote opened on line {@link #unclosedStart} is still open at the end of the file. */
    boolean unclosed() {
        return unclosedStart > 0;
    }

    static FileScan of(Path file, char delimiter, int maxLines) throws IOException {
        Scanner scanner = new Scanner(delimiter, maxLines);
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                scanner.feed(buffer, n);
            }
        }
        return scanner.finish();
    }

    /** The scan's state between blocks of the file; {@link #feed} keeps it in locals while it loops. */
    static final class Scanner {
        private final int delimiter;
        private final int maxLines;
        private final List<Long> invalid = new ArrayList<>();
        private final List<Long> chinese = new ArrayList<>();
        private long line = 1;
        private boolean lineInvalid;
        private boolean lineChinese;
        private boolean pending;
        private int need; // UTF-8 continuation bytes still expected
        private int codePoint;
        private int quote = FIELD_START;
        private long quoteLine;
        private long runawayStart;
        private long runawayEnd;

        Scanner(char delimiter, int maxLines) {
            this.delimiter = delimiter;
            this.maxLines = maxLines;
        }

        void feed(byte[] buffer, int n) {
            long line = this.line;
            boolean lineInvalid = this.lineInvalid;
            boolean lineChinese = this.lineChinese;
            boolean pending = this.pending;
            int need = this.need;
            int codePoint = this.codePoint;
            int quote = this.quote;
            long quoteLine = this.quoteLine;
            for (int i = 0; i < n; i++) {
                int b = buffer[i];
                pending = true;
                if (b < 0 && lineChinese && (quote == UNQUOTED || quote == IN_QUOTES)) {
                    // The bulk of a Chinese cell: only the structure of UTF-8 is left to check, until the next ASCII.
                    for (; i < n && (b = buffer[i]) < 0; i++) {
                        if (need == 0 && (b & 0xF0) == 0xE0 && i + 2 < n && (buffer[i + 1] & 0xC0) == 0x80
                                && (buffer[i + 2] & 0xC0) == 0x80) {
                            i += 2; // a whole three-byte character (most of Chinese) at once
                            continue;
                        }
                        if (need > 0) {
                            if ((b & 0xC0) == 0x80) {
                                need--;
                                continue;
                            }
                            lineInvalid = true;
                            need = 0;
                        }
                        b &= 0xFF;
                        if (b >= 0xE0 && b <= 0xEF) {
                            need = 2;
                        } else if (b >= 0xC2 && b <= 0xDF) {
                            need = 1;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            need = 3;
                        } else {
                            lineInvalid = true;
                        }
                    }
                    if (i == n) {
                        break;
                    }
                    // b is ASCII: handled below.
                }
                if (b < 0) {
                    // Not ASCII: never a quote, a delimiter or a line break; it ends a quoted cell's closing quote.
                    b &= 0xFF;
                    if (quote == FIELD_START) {
                        quote = UNQUOTED;
                    } else if (quote == QUOTE_IN_QUOTES) {
                        runaway(quoteLine, line);
                        quote = UNQUOTED;
                    }
                    if (need > 0) {
                        if ((b & 0xC0) == 0x80) {
                            need--;
                            // One Chinese character marks the line: the rest of it is not decoded.
                            if (!lineChinese) {
                                codePoint = (codePoint << 6) | (b & 0x3F);
                                lineChinese = need == 0 && isChinese(codePoint);
                            }
                            continue;
                        }
                        lineInvalid = true;
                        need = 0;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                        codePoint = b & 0x1F;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        codePoint = b & 0x0F;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        codePoint = b & 0x07;
                    } else {
                        lineInvalid = true;
                    }
                    continue;
                }
                if (need > 0) {
                    lineInvalid = true; // a character cut short
                    need = 0;
                }
                switch (quote) {
                    case FIELD_START -> {
                        if (b == '"') {
                            quote = IN_QUOTES;
                            quoteLine = line;
                        } else if (b != delimiter && b != '\n') {
                            quote = UNQUOTED;
                        }
                    }
                    case UNQUOTED -> {
                        if (b == delimiter || b == '\n') {
                            quote = FIELD_START;
                        }
                    }
                    case IN_QUOTES -> {
                        if (b == '"') {
                            quote = QUOTE_IN_QUOTES;
                        }
                    }
                    default -> { // QUOTE_IN_QUOTES
                        if (b == '"') {
                            quote = IN_QUOTES; // "" inside quotes: a quote character
                        } else if (b != '\r') {
                            runaway(quoteLine, line);
                            quote = b == delimiter || b == '\n' ? FIELD_START : UNQUOTED;
                        }
                    }
                }
                if (b == '\n') {
                    note(line, lineInvalid, lineChinese, invalid, chinese);
                    line++;
                    lineInvalid = false;
                    lineChinese = false;
                    pending = false;
                }
            }
            this.line = line;
            this.lineInvalid = lineInvalid;
            this.lineChinese = lineChinese;
            this.pending = pending;
            this.need = need;
            this.codePoint = codePoint;
            this.quote = quote;
            this.quoteLine = quoteLine;
        }

        /** A quoted cell that opened on {@code from} closed on {@code to}: the first one over the limit is kept. */
        private void runaway(long from, long to) {
            if (to - from + 1 > maxLines && runawayStart == 0) {
                runawayStart = from;
                runawayEnd = to;
            }
        }

        FileScan finish() {
            if (need > 0) {
                lineInvalid = true;
            }
            long last = line;
            if (pending) {
                note(line, lineInvalid, lineChinese, invalid, chinese);
            } else {
                last--;
            }
            long unclosed = quote == IN_QUOTES ? quoteLine : 0;
            if (quote == QUOTE_IN_QUOTES) {
                runaway(quoteLine, last);
            }
            return new FileScan(last, List.copyOf(invalid), List.copyOf(chinese), runawayStart, runawayEnd, unclosed);
        }
    }

    private static void note(long line, boolean invalidLine, boolean chineseLine, List<Long> invalid, List<Long> chinese) {
        if (invalidLine && invalid.size() < SHOWN) {
            invalid.add(line);
        } else if (!invalidLine && chineseLine && chinese.size() < SHOWN) {
            chinese.add(line);
        }
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
