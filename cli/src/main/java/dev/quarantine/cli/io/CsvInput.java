package dev.quarantine.cli.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.roster.RosterRow;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A CSV file as exported from Excel, read as a stream (SPEC §8): the encoding detected (a UTF-8 byte-order mark, else
 * UTF-8 if the whole file decodes as UTF-8, else GB18030, which covers GBK) or given, the delimiter (comma or tab)
 * detected from the header line, quoted cells with newlines in them. Rows come with the line they start on.
 */
public final class CsvInput implements Closeable {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final Charset charset;
    private final boolean bom;
    private final char separator;
    private final Reader reader;
    private final MappingIterator<String[]> rows;
    private final List<String> header;
    private long nextLine;

    private CsvInput(Path file, Charset charset, boolean bom, char separator) throws IOException {
        this.file = file;
        this.charset = charset;
        this.bom = bom;
        this.separator = separator;
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (bom) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        this.rows = mapper.readerFor(String[].class).with(schema).readValues(reader);
        String[] first = next0();
        this.header = first == null ? null : Arrays.asList(first);
    }

    /**
     * Opens a CSV file.
     *
     * @param encoding null to detect, else {@code utf-8}, {@code gbk}, {@code gb18030} or any Java charset name
     * @throws QuarantineException {@code DATA_FILE}: unreadable, empty, binary, undecodable, unknown encoding
     */
    public static CsvInput open(Path file, String encoding) {
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "file.unreadable", file, "no such file");
            }
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
            Charset charset = encoding == null ? detect(file, bom) : charset(encoding);
            boolean skipBom = bom && charset.equals(StandardCharsets.UTF_8);
            String firstLine = new String(head, skipBom ? 3 : 0, head.length - (skipBom ? 3 : 0), charset).lines()
                    .findFirst().orElse("");
            char separator = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
            CsvInput input = new CsvInput(file, charset, skipBom, separator);
            if (input.header == null) {
                input.close();
                throw new QuarantineException(ErrorKind.DATA_FILE, "import.empty", file);
            }
            return input;
        } catch (CharacterCodingException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file,
                    encoding == null ? "UTF-8" : charset(encoding).name(), 1);
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unreadable", file, e.getMessage());
        }
    }

    public static Charset charset(String encoding) {
        String e = encoding.strip().toLowerCase(java.util.Locale.ROOT);
        if (e.equals("gbk") || e.equals("gb2312")) {
            return GB18030; // a superset: every GBK file reads the same
        }
        try {
            return Charset.forName(e);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
            throw QuarantineException.invalid("import.unknownEncoding", encoding);
        }
    }

    /** UTF-8 when there is a BOM or the whole file decodes as UTF-8; GB18030 otherwise. */
    static Charset detect(Path file, boolean bom) throws IOException {
        if (bom) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            int n;
            while ((n = stream.read(in.array(), in.position(), in.remaining())) >= 0) {
                in.position(in.position() + n);
                in.flip();
                CoderResult r = decoder.decode(in, out, false);
                if (r.isError()) {
                    return GB18030;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError() || decoder.flush(out).isError() || in.hasRemaining()) {
                return GB18030;
            }
        }
        return StandardCharsets.UTF_8;
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

    public List<String> header() {
        return header;
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

    /** The data rows, read lazily; each knows the line of the file it starts on (the header is line 1). */
    public Iterator<RosterRow> rows() {
        return new Iterator<>() {
            private String[] pending;
            private long pendingLine;

            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pendingLine = nextLine;
                    pending = next0();
                }
                return pending != null;
            }

            @Override
            public RosterRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RosterRow row = new RosterRow(pendingLine, Arrays.asList(pending));
                pending = null;
                return row;
            }
        };
    }

    private String[] next0() {
        try {
            if (!rows.hasNextValue()) {
                return null;
            }
            String[] row = rows.nextValue();
            // The parser now stands at the start of the next record: its line is the next row's line.
            nextLine = rows.getCurrentLocation().getLineNr();
            return row;
        } catch (CharacterCodingException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file, charset.name(), nextLine);
        } catch (IOException | RuntimeJsonMappingException e) {
            Throwable cause = e.getCause() instanceof CharacterCodingException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.encoding", file, charset.name(), nextLine);
            }
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "import.malformed", file, nextLine,
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
        reader.close();
    }
}
