package dev.quarantine.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The scan as it was first written (one byte at a time, an enum for the quoting): what the fast scan must equal. */
final class ReferenceScan {
    private enum Quote { FIELD_START, UNQUOTED, IN_QUOTES, QUOTE_IN_QUOTES }

    static FileScan of(byte[] bytes, char delimiter, int maxLines) throws IOException {
        List<Long> invalid = new ArrayList<>();
        List<Long> chinese = new ArrayList<>();
        long line = 1;
        boolean lineInvalid = false;
        boolean lineChinese = false;
        boolean pending = false;
        int need = 0; // UTF-8 continuation bytes still expected
        int codePoint = 0;
        Quote quote = Quote.FIELD_START;
        long quoteLine = 0;
        long runawayStart = 0;
        long runawayEnd = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    pending = true;
                    // The quoting of the cell this byte is in.
                    switch (quote) {
                        case FIELD_START -> {
                            if (b == '"') {
                                quote = Quote.IN_QUOTES;
                                quoteLine = line;
                            } else if (b != delimiter && b != '\n') {
                                quote = Quote.UNQUOTED;
                            }
                        }
                        case UNQUOTED -> {
                            if (b == delimiter || b == '\n') {
                                quote = Quote.FIELD_START;
                            }
                        }
                        case IN_QUOTES -> {
                            if (b == '"') {
                                quote = Quote.QUOTE_IN_QUOTES;
                            }
                        }
                        case QUOTE_IN_QUOTES -> {
                            if (b == '"') {
                                quote = Quote.IN_QUOTES; // "" inside quotes: a quote character
                            } else if (b != '\r') {
                                if (line - quoteLine + 1 > maxLines && runawayStart == 0) {
                                    runawayStart = quoteLine;
                                    runawayEnd = line;
                                }
                                quote = b == delimiter || b == '\n' ? Quote.FIELD_START : Quote.UNQUOTED;
                            }
                        }
                    }
                    // The encoding of the line.
                    if (need > 0) {
                        if ((b & 0xC0) == 0x80) {
                            codePoint = (codePoint << 6) | (b & 0x3F);
                            // One Chinese character marks the line: the rest of it is not looked at.
                            if (--need == 0 && !lineChinese && isChinese(codePoint)) {
                                lineChinese = true;
                            }
                            continue;
                        }
                        lineInvalid = true;
                        need = 0;
                    }
                    if (b == '\n') {
                        note(line, lineInvalid, lineChinese, invalid, chinese);
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
            note(line, lineInvalid, lineChinese, invalid, chinese);
        } else {
            line--;
        }
        long unclosed = quote == Quote.IN_QUOTES ? quoteLine : 0;
        if (quote == Quote.QUOTE_IN_QUOTES && line - quoteLine + 1 > maxLines && runawayStart == 0) {
            runawayStart = quoteLine;
            runawayEnd = line;
        }
        return new FileScan(line, List.copyOf(invalid), List.copyOf(chinese), runawayStart, runawayEnd, unclosed);
    }

    private static void note(long line, boolean invalidLine, boolean chineseLine, List<Long> invalid, List<Long> chinese) {
        if (invalidLine && invalid.size() < FileScan.SHOWN) {
            invalid.add(line);
        } else if (!invalidLine && chineseLine && chinese.size() < FileScan.SHOWN) {
            chinese.add(line);
        }
    }

    private static boolean isChinese(int cp) {
        return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F)
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
