package dev.quarantine.cli.io;

import dev.quarantine.cli.render.CsvText;
import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejects file of an import: the original columns plus {@code line} and {@code error} (every problem of the row),
 * UTF-8 with a byte-order mark so that Excel opens it. Created on the first rejected row only.
 */
public final class RejectsFile implements RejectSink {
    private final Path path;
    private final List<String> header;
    private Writer writer;
    private long count;

    public RejectsFile(Path path, List<String> header) {
        this.path = path;
        this.header = header;
    }

    /** {@code roster.csv} → {@code roster.rejects.csv} beside it. */
    public static Path besides(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.resolveSibling(base + ".rejects.csv");
    }

    @Override
    public void reject(RosterRow row, String error) {
        try {
            if (writer == null) {
                writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
                writer.write('\uFEFF');
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(h != null && !h.isEmpty() && h.charAt(0) == '\uFEFF' ? h.substring(1) : h));
                cells.add("line");
                cells.add("error");
                writer.write(CsvText.line(cells));
            }
            List<String> cells = new ArrayList<>(row.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            cells.add(Long.toString(row.line()));
            cells.add(error);
            writer.write(CsvText.line(cells));
            count++;
        } catch (IOException e) {
            throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unwritable", path, e.getMessage());
        }
    }

    @Override
    public void finish() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new QuarantineException(ErrorKind.DATA_FILE, e, "file.unwritable", path, e.getMessage());
            }
        }
    }

    /** The file, or null when no row was rejected. */
    public Path written() {
        return count == 0 ? null : path;
    }
}
