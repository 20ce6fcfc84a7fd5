package dev.quarantine.core.internal.service;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;
import dev.quarantine.core.internal.service.RosterRowChecker.Checked;
import dev.quarantine.core.roster.RegistrationValidator;
import dev.quarantine.core.roster.RosterRow;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The reading side of a roster import ({@link RosterImporter}): a thread of its own that reads and checks the rows, and
 * the queue that hands them to the writing thread. The queue is bounded by rows and by the characters of their cells
 * (a cell may be 10,000 characters long, so 2,000 rows alone could hold hundreds of megabytes), so memory does not
 * grow with the number of rows. Kept apart from the importer, which writes, so that the hand-over between the two
 * threads (and what happens when the reader dies) is in one place.
 */
final class RosterReader {
    /** What the queue holds after the last row. */
    static final Object END = new Object();
    /** The most characters of cells waiting in the queue (2 MiB as UTF-16); a longer row passes alone. */
    private static final int QUEUE_CHARS = 1 << 20;

    private final RegistrationService registrations;
    private final RosterRowChecker checker;
    private final BlockingQueue<Object> queue;
    /** The characters the queue may still take (see {@link #QUEUE_CHARS}). */
    private final Semaphore queueRoom = new Semaphore(QUEUE_CHARS);
    private Thread reader;

    RosterReader(RegistrationService registrations, RosterRowChecker checker, int capacity) {
        this.registrations = registrations;
        this.checker = checker;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Starts reading {@code rows} on a daemon thread of its own. */
    void start(Iterator<RosterRow> rows) {
        reader = new Thread(() -> read(rows), "roster-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Stops the reading thread (when the import ends, however it ends). */
    void stop() {
        reader.interrupt();
    }

    private void read(Iterator<RosterRow> rows) {
        try {
            RegistrationValidator validator = registrations.validator();
            while (rows.hasNext()) {
                RosterRow row = rows.next();
                Object checked = checker.check(validator, row);
                queueRoom.acquire(weight(row));
                queue.put(checked);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            // Whatever stops the reader (a broken file, even running out of memory) ends the import at once: the
            // writer takes the failure from the queue instead of waiting for rows that will never come.
            QuarantineException failure = e instanceof QuarantineException q ? q
                    : new QuarantineException(ErrorKind.DATA_FILE, e, "import.readFailed", String.valueOf(e));
            try {
                queue.put(failure); // after the rows read before it, so that their batches are written first
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The next item from the reader: a {@link Checked} row, a blank {@link RosterRow}, {@link #END}, or the
     * {@link RuntimeException} that stopped the reader. If the reader has died without a word, the import fails
     * instead of waiting.
     */
    Object take() {
        try {
            while (true) {
                Object item = queue.poll(1, TimeUnit.SECONDS);
                if (item != null) {
                    if (item instanceof Checked c) {
                        queueRoom.release(weight(c.row()));
                    } else if (item instanceof RosterRow r) {
                        queueRoom.release(weight(r));
                    }
                    return item;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    throw new QuarantineException(ErrorKind.DATA_FILE, "import.readFailed", "the reader stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** What a row counts against the queue's {@link #QUEUE_CHARS}: its characters, at least 1, at most all. */
    private static int weight(RosterRow row) {
        long chars = 1;
        for (String cell : row.cells()) {
            chars += cell.length();
        }
        return (int) Math.min(QUEUE_CHARS, chars);
    }
}
