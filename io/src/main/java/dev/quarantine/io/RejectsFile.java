package dev.quarantine.io;


import dev.quarantine.core.file.AtomicOutput;
import dev.quarantine.core.file.FileProblems;
import dev.quarantine.core.roster.RejectSink;
import dev.quarantine.core.roster.RosterRow;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rejects file of an import: the original columns plus {@code line} and {@code error} (every problem of the row),
 * UTF-8 with a byte-order mark so that Excel opens it, readable by its owner only (it holds full identity numbers).
 *
 * <p>Written to a temporary file and put in place by {@link #complete}; the target is checked before the import starts:
 * never the database or the roster, never an existing file unless {@code --force} — except the rejects file an earlier
 * import left beside the roster, which is replaced, or removed after a clean import, and the summary says so.
 */
public final class RejectsFile implements RejectSink {
    private final Path path;
    private final List<String> header;
    private final boolean replace;
    private final boolean staleOurs;
    private final Collection<Path> protectedPaths;
    private final boolean workbook;
    private AtomicOutput output;
    private Writer writer;
    private XlsxWriter xlsx;
    private XlsxWriter.Sheet sheet;
    private long count;
    private boolean staleRemoved;

    private RejectsFile(Path path, List<String> header, boolean replace, boolean staleOurs,
                        Collection<Path> protectedPaths) {
        this.path = path;
        this.header = header;
        this.replace = replace;
        this.staleOurs = staleOurs;
        this.protectedPaths = protectedPaths;
        this.workbook = isWorkbookName(path);
    }

    /** A rejects file named {@code .xlsx} is written as a workbook; any other as CSV. */
    static boolean isWorkbookName(Path path) {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Checks where rejects will go before anything is imported.
     *
     * @param explicit the user named the file ({@code --rejects}); else it is the default beside the roster
     * @param force    an existing file may be replaced
     * @param protectedPaths the database and the roster: never written
     */
    public static RejectsFile prepare(Path path, boolean explicit, boolean force, List<String> header,
                                      Collection<Path> protectedPaths) {
        boolean exists = Files.exists(path, LinkOption.NOFOLLOW_LINKS);
        boolean ours = exists && !explicit && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && isRejectsFile(path);
        // Opening checks the target (database, roster, symbolic link, folder) without writing under its name.
        try (AtomicOutput check = AtomicOutput.open(path, force || ours, protectedPaths)) {
            check.target(); // nothing is written: the temporary file goes when this closes
        }
        return new RejectsFile(path, header, force || ours, ours, protectedPaths);
    }

    /** {@code roster.csv} → {@code roster.rejects.csv} beside it. */
    public static Path besides(Path input) {
        return besides(input, false);
    }

    /** {@code roster.csv} → {@code roster.rejects.csv}; a workbook's, {@code roster.xlsx} → {@code roster.rejects.xlsx}. */
    public static Path besides(Path input, boolean workbook) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return input.resolveSibling(base + (workbook ? ".rejects.xlsx" : ".rejects.csv"));
    }

    /** A file this program wrote as a rejects file: its header ends with the {@code line} and {@code error} columns. */
    static boolean isRejectsFile(Path path) {
        if (isWorkbookName(path)) {
            try (org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                         new org.dhatim.fastexcel.reader.ReadableWorkbook(path.toFile());
                 java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
                List<String> first = rows.findFirst().map(r -> XlsxInput.cells(r, false)).orElse(List.of());
                return first.size() >= 2 && first.get(first.size() - 2).equals("line")
                        && first.get(first.size() - 1).equals("error");
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8))) {
            String first = r.readLine();
            return first != null && first.startsWith("\uFEFF") && first.endsWith(",line,error");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void reject(RosterRow row, String error) {
        if (workbook) {
            rejectToWorkbook(row, error);
            return;
        }
        try {
            if (writer == null) {
                output = AtomicOutput.open(path, replace, protectedPaths);
                writer = new BufferedWriter(new OutputStreamWriter(output.stream(), StandardCharsets.UTF_8), 1 << 16);
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
            cells.add(row.lines() > 1 ? row.line() + "-" + row.lastLine() : Long.toString(row.line()));
            cells.add(error);
            writer.write(CsvText.line(cells));
            count++;
        } catch (IOException e) {
            throw FileProblems.of(path, e);
        }
    }

    private void rejectToWorkbook(RosterRow row, String error) {
        try {
            if (sheet == null) {
                output = AtomicOutput.open(path, replace, protectedPaths);
                xlsx = new XlsxWriter(output.stream());
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String h = header.get(i);
                    cells.add(h == null || h.isEmpty() ? "#" + (i + 1) : h.charAt(0) == '\uFEFF' ? h.substring(1) : h);
                }
                cells.add("line");
                cells.add("error");
                sheet = xlsx.sheet("rejects", cells);
                for (int i = 0; i < header.size(); i++) {
                    sheet.textColumn(i);
                }
            }
            List<Object> cells = new ArrayList<>(row.cells());
            while (cells.size() < header.size()) {
                cells.add("");
            }
            cells.add(row.lines() > 1 ? row.line() + "-" + row.lastLine() : (Object) row.line());
            cells.add(error);
            sheet.row(cells);
            count++;
        } catch (java.io.UncheckedIOException e) {
            throw FileProblems.of(path, e.getCause());
        }
    }

    /** Puts the rejects in place; after a clean import, removes the stale rejects file of an earlier one. */
    @Override
    public void complete() {
        try {
            if (xlsx != null) {
                try {
                    xlsx.finish();
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause();
                }
                output.commit();
            } else if (writer != null) {
                writer.flush();
                output.commit();
            } else if (staleOurs && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(path);
                staleRemoved = true;
            }
        } catch (IOException e) {
            throw FileProblems.of(path, e);
        }
    }

    @Override
    public void close() {
        if (output != null) {
            output.close();
        }
    }

    /** The file, or null when no row was rejected. */
    public Path written() {
        return count == 0 ? null : path;
    }

    /** True when an earlier import's rejects file was replaced or removed. */
    public boolean replacedStale() {
        return staleOurs && (count > 0 || staleRemoved);
    }
}
