import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Saves a workbook whose text cells hold their text (RosterToXlsx's, the desk's exports) the way Excel saves it: every
 * text in one shared-strings table, each cell naming its entry by number. The table is not deduplicated (Excel keeps
 * each distinct text once; here every cell has its own entry, a larger table than Excel's, so the harder case), and
 * neither the table nor the sheet is held in memory.
 * Run: java bench/SharedStringsXlsx.java IN.xlsx OUT.xlsx
 */
public class SharedStringsXlsx {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static void main(String[] args) throws IOException, XMLStreamException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SharedStringsXlsx IN.xlsx OUT.xlsx");
        }
        Path out = Path.of(args[1]);
        Path table = Files.createTempFile("shared-strings-", ".xml");
        long count = 0;
        try (ZipFile in = new ZipFile(args[0]);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16));
             Writer strings = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(table),
                     StandardCharsets.UTF_8), 1 << 16)) {
            // A workbook written by fastexcel has an empty table already, declared and related: it is replaced.
            boolean declared = in.getEntry("xl/sharedStrings.xml") != null;
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream part = in.getInputStream(e)) {
                    if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                        count = share(part, zip, strings, count);
                    } else if (!declared && e.getName().equals("[Content_Types].xml")) {
                        String types = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(types.replace("</Types>", "<Override PartName=\"/xl/sharedStrings.xml\" "
                                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                                + "sharedStrings+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
                    } else if (!declared && e.getName().equals("xl/_rels/workbook.xml.rels")) {
                        String rels = new String(part.readAllBytes(), StandardCharsets.UTF_8);
                        zip.write(rels.replace("</Relationships>", "<Relationship Id=\"rIdShared\" Type=\"http://"
                                + "schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                                + "Target=\"sharedStrings.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
                    } else {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
            strings.flush();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"" + MAIN
                    + "\" count=\"" + count + "\" uniqueCount=\"" + count + "\">").getBytes(StandardCharsets.UTF_8));
            Files.copy(table, zip);
            zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } finally {
            Files.deleteIfExists(table);
        }
        System.err.println("wrote " + out + ": " + count + " shared strings");
    }

    /** Copies a sheet, each inline-string cell becoming a shared-string cell whose text is appended to the table. */
    private static long share(InputStream in, OutputStream out, Writer strings, long count)
            throws XMLStreamException, IOException {
        XMLInputFactory inputs = XMLInputFactory.newFactory();
        inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLEventReader reader = inputs.createXMLEventReader(in);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        }, "UTF-8");
        XMLEventFactory events = XMLEventFactory.newFactory();
        long n = count;
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            Attribute t = event.isStartElement() ? event.asStartElement().getAttributeByName(new QName("t")) : null;
            if (t == null || !event.asStartElement().getName().getLocalPart().equals("c")
                    || !t.getValue().equals("inlineStr")) {
                writer.add(event);
                continue;
            }
            StartElement cell = event.asStartElement();
            StringBuilder text = new StringBuilder();
            int depth = 0;
            while (reader.hasNext()) {
                XMLEvent next = reader.nextEvent();
                if (next.isEndElement() && depth == 0) {
                    break;
                }
                depth += next.isStartElement() ? 1 : next.isEndElement() ? -1 : 0;
                if (next.isCharacters()) {
                    text.append(next.asCharacters().getData());
                }
            }
            List<Attribute> attributes = new ArrayList<>();
            for (Iterator<Attribute> it = cell.getAttributes(); it.hasNext(); ) {
                Attribute a = it.next();
                attributes.add(a.getName().getLocalPart().equals("t") ? events.createAttribute("t", "s") : a);
            }
            QName name = cell.getName();
            writer.add(events.createStartElement(name, attributes.iterator(), null));
            writer.add(events.createStartElement(name.getPrefix(), name.getNamespaceURI(), "v"));
            writer.add(events.createCharacters(Long.toString(n++)));
            writer.add(events.createEndElement(name.getPrefix(), name.getNamespaceURI(), "v"));
            writer.add(events.createEndElement(name, null));
            strings.write("<si><t xml:space=\"preserve\">");
            strings.write(escape(text.toString()));
            strings.write("</t></si>");
        }
        writer.flush();
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
