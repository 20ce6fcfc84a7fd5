package dev.quarantine.cli.io;

import dev.quarantine.cli.render.CsvText;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An export file (SPEC §9): UTF-8 with a byte-order mark so that Excel opens it, or GBK (written as GB18030, its
 * superset, so that no character is lost); every cell guarded against CSV injection.
 */
public final class CsvOutput implements Closeable {
    private final Writer writer;
    private final String name;

    /** A file in {@code charset}, with a BOM when it is UTF-8. */
    public CsvOutput(OutputStream out, Charset charset, String name) {
        this(new BufferedWriter(new OutputStreamWriter(out, charset), 1 << 16), charset.equals(StandardCharsets.UTF_8), name);
    }

    /** Characters to a writer that is not ours to close (standard output), without a BOM. */
    public CsvOutput(Writer writer, boolean bom, String name) {
        this.writer = writer;
        this.name = name;
        if (bom) {
            write("\uFEFF");
        }
    }

    public void row(List<String> cells) {
        write(CsvText.line(cells));
    }

    private void write(String s) {
        try {
            writer.write(s);
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unwritable", name, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            if (name.equals("stdout")) {
                writer.flush();
                return;
            }
            writer.close();
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unwritable", name, e.getMessage());
        }
    }
}
