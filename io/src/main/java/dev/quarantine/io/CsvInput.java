package dev.quarantine.io;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.roster.RosterRow;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * A CSV file as communities export it from Excel, read as a stream (SPEC §8): the encoding detected (a UTF-8
 * byte-order mark, else UTF-8 if the whole file is UTF-8, else GB18030, which covers GBK; a file that mixes the two is
 * refused, never garbled) or given; the delimiter (comma, tab or semicolon) detected from the first lines; title rows
 * above the header skipped; quoted cells with line breaks in them. Rows come with the physical lines they span. A
 * quoted cell that runs on for more than {@link #MAX_ROW_LINES} lines, or a cell longer than {@link #MAX_CELL}
 * characters, is a broken file (a missing quote), reported with its lines, not a row that swallows the rest.
 */
public final class CsvInput implements TableInput {
    /** The longest cell accepted: a name is 50 characters, an address 500; anything near this is a stray quote. */
    public static final int MAX_CELL = 10_000;
    /** The most physical lines one row may span (an address typed over a few lines in Excel). */
    public static final int MAX_ROW_LINES = 20;
    /** How many lines above the header may be titles ({@code 祭城路社区返郑人员登记表}). */
    static final int MAX_TITLE_ROWS = 10;
    private static final char[] DELIMITERS = {',', '\t', ';'};

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final char separator;
    private final Reader reader;
    private final MappingIterator<String[]> rows;
    private final List<String> header;
    private final long headerLine;
    private final long physicalLines;
    private long nextLine = 1;

    private CsvInput(Path file, Sniffed sniffed, char separator, Predicate<List<String>> isHeader) throws IOException {
        this.file = file;
        this.charset = sniffed.charset;
        this.bom = sniffed.bom;
        this.separator = separator;
        this.physicalLines = sniffed.lines;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (bom) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build();
        CsvMapper mapper = new CsvMapper(factory);
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        this.rows = mapper.readerFor(String[].class).with(schema).readValues(reader);
        // The header is the first row a roster's columns can be read from; the rows above it are titles.
        String[] first = null;
        long firstLine = 1;
        String[] found = null;
        long foundLine = 0;
        for (int i = 0; i <= MAX_TITLE_ROWS && found == null; i++) {
            long line = nextLine;
            String[] row = next0();
            if (row == null) {
                break;
            }
            if (blank(row)) {
                continue;
            }
            if (first == null) {
                first = row;
                firstLine = line;
            }
            if (isHeader.test(Arrays.asList(row))) {
                found = row;
                foundLine = line;
            }
        }
        if (found == null && first != null) {
            // No row looks like a header: the file is read again with its first row as the header, so that the
            // user hears which columns it lacks.
            close();
            throw new HeaderNotFound(firstLine);
        }
        this.header = found == null ? null : Arrays.asList(found);
        this.headerLine = foundLine;
    }

    /** Signals that no header was recognised: the file is opened again with its first row as the header. */
    private static final class HeaderNotFound extends IOException {
        private static final long serialVersionUID = 1L;

        HeaderNotFound(long line) {
            super("no header before line " + line);
        }
    }

    /**
     * Opens a CSV file whose header is the first of its first lines that {@code isHeader} accepts.
     *
     * @param encoding null to detect, else {@code utf-8}, {@code gbk} or {@code gb18030}
     * @throws QuarantineException {@code DATA_FILE}: unreadable, empty, binary, undecodable or mixed encodings
     */
    public static CsvInput open(Path file, String encoding, Predicate<List<String>> isHeader) {
        Charset given = encoding == null ? null : Encodings.of(encoding);
        FileProblems.checkReadable(file);
        try {
            byte[] head = readHead(file, 1 << 16);
            if (head.length == 0) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.empty", file);
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new QuarantineException(ErrorKind.DATA_FILE, "import.binary", file);
                }
            }
            boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
            // Delimiters are ASCII: they can be counted in the raw bytes, before the encoding is known.
            char separator = separator(new String(head, StandardCharsets.ISO_8859_1));
            FileScan scan = FileScan.of(file, separator, MAX_ROW_LINES);
            if (scan.runaway()) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.openQuote", file, scan.runawayStart(),
                        scan.runawayEnd(), scan.runawayEnd() - scan.runawayStart() + 1);
            }
            if (scan.unclosed()) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.openQuoteEnd", file, scan.unclosedStart());
            }
            Sniffed sniffed = given == null ? Sniffed.detect(file, bom, scan)
                    : given.equals(StandardCharsets.UTF_8) ? Sniffed.utf8(file, bom, scan)
                    : new Sniffed(given, false, scan.lines());
            CsvInput input;
            try {
                input = new CsvInput(file, sniffed, separator, isHeader);
            } catch (HeaderNotFound e) {
                input = new CsvInput(file, sniffed, separator, row -> true);
            }
            if (input.header == null) {
                input.close();
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.empty", file);
            }
            return input;
        } catch (CharacterCodingException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file,
                    given == null ? "UTF-8" : given.name(), 1);
        } catch (IOException e) {
            throw FileProblems.of(file, e);
        }
    }

    /** The delimiter that splits the first lines into the most cells: comma, tab or semicolon. */
    static char separator(String start) {
        char best = ',';
        int bestCount = 0;
        String[] lines = start.split("\n", MAX_TITLE_ROWS + 2);
        for (char d : DELIMITERS) {
            for (int i = 0; i < Math.min(lines.length, MAX_TITLE_ROWS + 1); i++) {
                int n = count(lines[i], d);
                if (n > bestCount) {
                    bestCount = n;
                    best = d;
                }
            }
        }
        return best;
    }

    private static byte[] readHead(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean blank(String[] row) {
        for (String c : row) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean workbook() {
        return false;
    }

    /** The line the header is on (1 unless title rows stand above it). */
    @Override
    public long headerLine() {
        return headerLine;
    }

    /** The lines in the file, counted byte by byte: the import accounts for every one. */
    public long physicalLines() {
        return physicalLines;
    }

    public Charset charset() {
        return charset;
    }

    public boolean hadBom() {
        return bom;
    }

    public char separator() {
        return separator;
    }

    /** The data rows after the header, read lazily, each with the physical lines it spans. */
    @Override
    public Iterator<RosterRow> rows() {
        return new Iterator<>() {
            private String[] pending;
            private long pendingLine;
            private long pendingLast;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pendingLine = nextLine;
                    pending = next0();
                    pendingLast = Math.max(pendingLine, nextLine - 1);
                    if (pending != null && pendingLast - pendingLine + 1 > MAX_ROW_LINES) {
                        throw new QuarantineException(ErrorKind.DATA_FILE, "import.openQuote", file, pendingLine,
                                pendingLast, pendingLast - pendingLine + 1);
                    }
                }
                return pending != null;
            }

            @Override
            public RosterRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RosterRow row = new RosterRow(pendingLine, pendingLast, Arrays.asList(pending));
                pending = null;
                return row;
            }
        };
    }

    private String[] next0() {
        long line = nextLine;
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] row = rows.nextValue();
            // The parser now stands at the start of the next record: its line is the next row's line.
            nextLine = rows.getCurrentLocation().getLineNr();
            return row;
        } catch (CharacterCodingException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file, charset.name(), line);
        } catch (IOException | RuntimeJsonMappingException e) {
            Throwable cause = e.getCause() instanceof CharacterCodingException ? e.getCause() : e;
            String message = String.valueOf(e.getMessage());
            if (cause instanceof CharacterCodingException) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file, charset.name(), line);
            }
            if (message.contains("Missing closing quote")) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.openQuoteEnd", file, line);
            }
            if (message.contains("exceeds the maximum allowed")) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.cellTooLong", file, line, MAX_CELL);
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.malformed", file, line,
                    message.lines().findFirst().orElse(""));
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        reader.close();
    }

    /** The encoding of a file and how many lines it has, from the scan of its bytes. */
    private record Sniffed(Charset charset, boolean bom, long lines) {

        /** UTF-8 when there is a BOM or the whole file is UTF-8; GB18030 when no line is; mixed files are refused. */
        static Sniffed detect(Path file, boolean bom, FileScan scan) {
            if (bom) {
                return utf8(file, true, scan);
            }
            if (scan.invalidUtf8Lines().isEmpty()) {
                return new Sniffed(StandardCharsets.UTF_8, false, scan.lines());
            }
            if (!scan.chineseUtf8Lines().isEmpty()) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.mixedEncoding", file,
                        FileScan.join(scan.chineseUtf8Lines()), FileScan.join(scan.invalidUtf8Lines()));
            }
            return new Sniffed(Encodings.GB18030, false, scan.lines());
        }

        /** A file that says it is UTF-8 (a byte-order mark, or --encoding): every line must be, or nothing is read. */
        static Sniffed utf8(Path file, boolean bom, FileScan scan) {
            if (!scan.invalidUtf8Lines().isEmpty()) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.notUtf8Lines", file,
                        FileScan.join(scan.invalidUtf8Lines()));
            }
            return new Sniffed(StandardCharsets.UTF_8, bom, scan.lines());
        }
    }
}
