package dev.quarantine.io;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A copy of a workbook in which every shared-string cell holds its text itself (an inline string), for a workbook whose
 * shared-strings table is too large to keep in memory while its sheet streams past: Excel saves all the text of a
 * sheet in that one table, and fastexcel-reader keeps every entry it has read. The table is read once, with the JDK's
 * streaming XML reader, into two temporary files (the texts, and where each begins), which the rewriting of each sheet
 * then reads by index without holding them; the sheet parts are rewritten cell by cell with the same reader and its
 * writer, every other part is copied as it is, and fastexcel-reader then reads the copy as it reads any workbook.
 *
 * <p>The text of an entry is what fastexcel-reader makes of it: its {@code <t>} parts joined, without the phonetic
 * guides ({@code <rPh>}) that Excel keeps beside East Asian text.
 */
final class InlinedStrings {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";
    /**
     * The most characters an Excel cell holds: a longer entry, or a cell holding more than that, is no workbook a
     * program made for people, and holding it would take the heap a long roster needs.
     */
    static final int MAX_CELL = 32_767;

    private InlinedStrings() {
    }

    /**
     * Writes the copy of {@code workbook} to a new temporary file and returns it; the caller deletes it.
     *
     * @throws IOException when the workbook cannot be read (a shared string a cell names is missing: the message says
     *                     which) or the copy cannot be written (disk full, no temporary folder)
     */
    static Path copy(Path workbook) throws IOException {
        return copy(workbook, XlsxGuard.MAX_TOTAL);
    }

    /**
     * {@link #copy(Path)}, refusing once the cells' texts add up to more than {@code maxText} bytes: a small table
     * whose long entries a small sheet names a million times would otherwise unpack into a copy that fills the disk.
     */
    static Path copy(Path workbook, long maxText) throws IOException {
        Path texts = Files.createTempFile("quarantine-strings-", ".bin");
        Path starts = Files.createTempFile("quarantine-starts-", ".bin");
        Path copy = Files.createTempFile("quarantine-inlined-", ".xlsx");
        boolean done = false;
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            int count = index(zip, texts, starts);
            if (count >= Integer.MAX_VALUE / 4) {
                throw new IOException("the shared strings hold " + count + " entries, more than can be indexed");
            }
            try (FileChannel t = FileChannel.open(texts, StandardOpenOption.READ);
                 FileChannel s = FileChannel.open(starts, StandardOpenOption.READ)) {
                Table table = new Table(t, s.map(FileChannel.MapMode.READ_ONLY, 0, s.size()), count, maxText);
                write(zip, table, copy);
            }
            done = true;
            return copy;
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            Files.deleteIfExists(texts);
            Files.deleteIfExists(starts);
            if (!done) {
                Files.deleteIfExists(copy);
            }
        }
    }

    private static boolean isSharedStrings(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("sharedstrings.xml");
    }

    private static boolean isSheet(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("worksheets/") && n.endsWith(".xml");
    }

    /** Reads the shared-strings part into {@code texts} (UTF-8, one after another) and their {@code starts}. */
    private static int index(ZipFile zip, Path texts, Path starts) throws IOException, XMLStreamException {
        int count = 0;
        String part = null;
        try (DataOutputStream text = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(texts)));
             DataOutputStream start = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(starts)))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!isSharedStrings(e.getName())) {
                    continue;
                }
                if (part != null) {
                    // Their numbers would run on from the first: a cell could silently get another one's text.
                    throw new IOException("it has two shared-strings parts (" + part + ", " + e.getName() + ")");
                }
                part = e.getName();
                try (InputStream in = zip.getInputStream(e)) {
                    XMLStreamReader r = inputs().createXMLStreamReader(in);
                    StringBuilder si = null;
                    int phonetic = 0;
                    boolean inText = false;
                    while (r.hasNext()) {
                        int event = r.next();
                        if (event == XMLStreamConstants.START_ELEMENT) {
                            String local = r.getLocalName();
                            if (local.equals("si")) {
                                si = new StringBuilder();
                            } else if (local.equals("rPh")) {
                                phonetic++;
                            } else if (local.equals("t")) {
                                inText = si != null && phonetic == 0;
                            }
                        } else if (event == XMLStreamConstants.END_ELEMENT) {
                            String local = r.getLocalName();
                            if (local.equals("si") && si != null) {
                                start.writeInt(text.size());
                                text.write(si.toString().getBytes(StandardCharsets.UTF_8));
                                if (text.size() == Integer.MAX_VALUE) { // it counts no further
                                    throw new IOException("the shared strings unpack to more than 2 GB");
                                }
                                count++;
                                si = null;
                            } else if (local.equals("rPh")) {
                                phonetic--;
                            } else if (local.equals("t")) {
                                inText = false;
                            }
                        } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                                || event == XMLStreamConstants.SPACE)) {
                            si.append(r.getText());
                            if (si.length() > MAX_CELL) {
                                throw new IOException("shared string " + count + " holds more than " + MAX_CELL
                                        + " characters, more than an Excel cell can");
                            }
                        }
                    }
                    r.close();
                }
            }
            start.writeInt(text.size()); // where the last one ends
        }
        return count;
    }

    /**
     * The shared strings by index: where each begins is read from its file mapped into memory (four bytes an entry,
     * outside the Java heap), the text itself from its file at that place (mapping the texts too would add them all
     * to the process's resident memory).
     */
    private static final class Table {
        private final FileChannel texts;
        private final MappedByteBuffer starts;
        private final int count;
        private final long maxText;
        private long read;
        private ByteBuffer buffer = ByteBuffer.allocate(1 << 12);

        Table(FileChannel texts, MappedByteBuffer starts, int count, long maxText) {
            this.texts = texts;
            this.starts = starts;
            this.count = count;
            this.maxText = maxText;
        }

        String get(int index) throws IOException {
            if (index < 0 || index >= count) {
                throw new IOException("a cell names shared string " + index + ", the table has " + count);
            }
            int from = starts.getInt(index * 4);
            int length = starts.getInt((index + 1) * 4) - from;
            read += length;
            if (read > maxText) {
                throw new IOException("its cells name shared strings of more than " + (maxText >> 20)
                        + " MB in all: a workbook made to fill the disk when its text is written out");
            }
            if (buffer.capacity() < length) {
                buffer = ByteBuffer.allocate(Math.max(length, buffer.capacity() * 2));
            }
            buffer.clear().limit(length);
            while (buffer.hasRemaining()) {
                if (texts.read(buffer, from + buffer.position()) < 0) {
                    throw new IOException("the shared strings' temporary file ended early");
                }
            }
            return new String(buffer.array(), 0, length, StandardCharsets.UTF_8);
        }
    }

    private static void write(ZipFile zip, Table table, Path copy) throws IOException, XMLStreamException {
        try (OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            out.setLevel(Deflater.BEST_SPEED); // read once, then deleted
            Enumeration<? extends ZipEntry> entries = zip.entries();
            byte[] buffer = new byte[1 << 16];
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (isSharedStrings(e.getName())) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
                            + "\" count=\"0\" uniqueCount=\"0\"/>").getBytes(StandardCharsets.UTF_8));
                } else if (isSheet(e.getName()) && !e.isDirectory()) {
                    try (InputStream in = zip.getInputStream(e)) {
                        inline(in, out, table);
                    }
                } else if (!e.isDirectory()) {
                    try (InputStream in = zip.getInputStream(e)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            out.write(buffer, 0, n);
                        }
                    }
                }
                out.closeEntry();
            }
        }
    }

    /** Copies a sheet part, each {@code <c t="s"><v>N</v></c>} becoming {@code <c t="inlineStr"><is><t>…</t></is></c>}. */
    private static void inline(InputStream in, OutputStream out, Table table) throws IOException, XMLStreamException {
        XMLEventReader reader = inputs().createXMLEventReader(in);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(new Unclosed(out), "UTF-8");
        XMLEventFactory events = XMLEventFactory.newFactory();
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (!event.isStartElement() || !isSharedStringCell(event.asStartElement())) {
                writer.add(event);
                continue;
            }
            StartElement cell = event.asStartElement();
            List<XMLEvent> inside = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            int depth = 0;
            boolean inValue = false;
            long characters = 0;
            while (reader.hasNext()) {
                XMLEvent next = reader.nextEvent();
                if (next.isEndElement() && depth == 0) {
                    break;
                }
                if (next.isCharacters() && (characters += next.asCharacters().getData().length()) > MAX_CELL) {
                    throw new IOException("a shared-string cell holds more than " + MAX_CELL + " characters");
                }
                if (next.isStartElement()) {
                    depth++;
                    inValue = depth == 1 && next.asStartElement().getName().getLocalPart().equals("v");
                } else if (next.isEndElement()) {
                    depth--;
                    inValue = false;
                } else if (inValue && next.isCharacters()) {
                    value.append(next.asCharacters().getData());
                }
                inside.add(next);
            }
            String v = value.toString().strip();
            if (v.isEmpty()) {
                // No index: fastexcel-reader reads an empty text without the table; leave the cell as it is.
                writer.add(cell);
                for (XMLEvent e : inside) {
                    writer.add(e);
                }
                writer.add(events.createEndElement(cell.getName(), null));
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IOException("a shared-string cell holds \"" + v + "\", not the number of a shared string");
            }
            QName name = cell.getName();
            List<Attribute> attributes = new ArrayList<>();
            for (Iterator<Attribute> it = cell.getAttributes(); it.hasNext(); ) {
                Attribute a = it.next();
                attributes.add(a.getName().getLocalPart().equals("t") && a.getName().getNamespaceURI().isEmpty()
                        ? events.createAttribute("t", "inlineStr") : a);
            }
            writer.add(events.createStartElement(name, attributes.iterator(), cell.getNamespaces()));
            writer.add(events.createStartElement(name.getPrefix(), name.getNamespaceURI(), "is"));
            writer.add(events.createStartElement(name.getPrefix(), name.getNamespaceURI(), "t",
                    List.of(events.createAttribute("xml", XML, "space", "preserve")).iterator(), null));
            writer.add(events.createCharacters(table.get(index)));
            writer.add(events.createEndElement(name.getPrefix(), name.getNamespaceURI(), "t"));
            writer.add(events.createEndElement(name.getPrefix(), name.getNamespaceURI(), "is"));
            writer.add(events.createEndElement(name, null));
        }
        writer.flush();
        writer.close();
        reader.close();
    }

    private static boolean isSharedStringCell(StartElement e) {
        if (!e.getName().getLocalPart().equals("c")) {
            return false;
        }
        Attribute t = e.getAttributeByName(new QName("t"));
        return t != null && t.getValue().equals("s");
    }

    /** A reader that refuses DTDs and external entities: a workbook's XML has neither. */
    private static XMLInputFactory inputs() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** The zip's entry stream, which the XML writer's close must not close. */
    private static final class Unclosed extends OutputStream {
        private final OutputStream out;

        Unclosed(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // the entry is closed by the zip stream
        }
    }
}
