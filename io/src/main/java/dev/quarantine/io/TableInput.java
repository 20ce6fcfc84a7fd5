package dev.quarantine.io;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.roster.RosterRow;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A file of rows with a header — a roster or a temperature sheet — as CSV text ({@link CsvInput}) or as an Excel
 * workbook ({@link XlsxInput}), told apart by content, not by name: a workbook is a ZIP archive whatever it is called,
 * and a file named {@code .xlsx} that is CSV text, an HTML page, an encrypted workbook or an old {@code .xls} is refused
 * with what it really is.
 */
public interface TableInput extends Closeable {
    /** The header's cells. */
    List<String> header();

    /** The line (row of the sheet) the header is on. */
    long headerLine();

    /** The data rows after the header, read lazily, each with its line (row number). */
    Iterator<RosterRow> rows();

    /** True for a workbook, whose rejects go to an {@code .xlsx} too. */
    boolean workbook();

    /** What a file is, by its first bytes. */
    enum Kind { CSV, XLSX }

    /**
     * Opens a roster or a sheet of readings.
     *
     * @param encoding null to detect (CSV only)
     * @param sheet    null for the first sheet with a recognised header (workbooks only)
     * @throws QuarantineException {@code DATA_FILE} when the file cannot be read as what it is
     */
    static TableInput open(Path file, String encoding, String sheet, Predicate<List<String>> isHeader) {
        Kind kind = kind(file);
        if (kind == Kind.XLSX) {
            return XlsxInput.open(file, sheet, isHeader);
        }
        return CsvInput.open(file, encoding, isHeader);
    }

    /**
     * A workbook (a ZIP archive), or CSV text; a file whose name promises a workbook but whose content is something
     * else — CSV text, an HTML page, an encrypted workbook or an Excel 97–2003 file — is refused saying what it is.
     *
     * @throws QuarantineException {@code DATA_FILE}
     */
    static Kind kind(Path file) {
        FileProblems.checkReadable(file);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return Kind.XLSX;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            // An OLE2 compound file: a password-protected .xlsx is one, and so is an Excel 97–2003 .xls.
            throw new QuarantineException(ErrorKind.DATA_FILE, encrypted(file) ? "xlsx.encrypted" : "xlsx.legacyXls",
                    file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
            throw new QuarantineException(ErrorKind.DATA_FILE, "xlsx.damaged", file, "not a whole ZIP archive");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
            String text = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
            if (text.startsWith("\u00ef\u00bb\u00bf")) {
                text = text.substring(3).stripLeading();
            }
            boolean html = text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<table")
                    || text.startsWith("<?xml") && text.contains("urn:schemas-microsoft-com:office:spreadsheet");
            throw new QuarantineException(ErrorKind.DATA_FILE, html ? "xlsx.html" : head.length == 0 ? "import.empty"
                    : "xlsx.text", file);
        }
        return Kind.CSV;
    }

    /** An OLE2 file holding an {@code EncryptedPackage} stream is a password-protected OOXML workbook. */
    private static boolean encrypted(Path file) {
        byte[] marker = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        byte[] buffer = new byte[(1 << 20) + marker.length];
        try (InputStream in = Files.newInputStream(file)) {
            int kept = 0;
            for (long read = 0; read < (256L << 20); ) {
                int n = in.readNBytes(buffer, kept, buffer.length - kept);
                if (n <= 0) {
                    return false;
                }
                read += n;
                int end = kept + n;
                for (int i = 0; i + marker.length <= end; i++) {
                    if (java.util.Arrays.equals(buffer, i, i + marker.length, marker, 0, marker.length)) {
                        return true;
                    }
                }
                kept = Math.min(marker.length, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
            }
            return false;
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
    }
}
