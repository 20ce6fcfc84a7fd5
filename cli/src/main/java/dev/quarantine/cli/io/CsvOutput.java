package dev.quarantine.cli.io;

import dev.quarantine.cli.render.CellWidth;
import dev.quarantine.io.CsvText;
import dev.quarantine.io.Printable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Rows of an export (SPEC §9), every cell guarded against CSV injection; UTF-8 files start with a byte-order mark so
 * that Excel opens them. Rows bound for a terminal lose their control characters.
 */
public final class CsvOutput {
    private final Writer writer;
    private final boolean terminal;

    /**
     * @param bom      write a byte-order mark first (a UTF-8 file)
     * @param terminal the rows go to standard output
     */
    public CsvOutput(Writer writer, boolean bom, boolean terminal) {
        this.writer = writer;
        this.terminal = terminal;
        if (bom) {
            write("\uFEFF");
        }
    }

    public void row(List<String> cells) {
        String line = CsvText.line(cells);
        write(terminal ? Printable.text(line) : line);
    }

    /** Pushes what is buffered to the file or stream below. */
    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s) {
        try {
            writer.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
