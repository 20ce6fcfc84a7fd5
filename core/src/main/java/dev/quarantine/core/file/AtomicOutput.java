package dev.quarantine.core.file;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;

/**
 * A file written whole or not at all: the bytes go to a temporary file beside the target (readable by its owner only,
 * since what we write holds names and often identity numbers), which {@link #commit} forces to disk and renames into
 * place. A run killed half-way leaves no partial file under the target's name and never replaces a good earlier file
 * with a truncated one; {@link #close} without a commit removes the temporary file.
 *
 * <p>Before anything is written the target is checked: never the database or a file being read
 * ({@code protectedPaths}, with SQLite's {@code -wal}, {@code -shm} and {@code -journal} beside them), never through a
 * symbolic link, never over an existing file unless {@code replace}. A device or a pipe ({@code /dev/null}) is written
 * directly.
 */
public final class AtomicOutput implements Closeable {
    private static final List<String> SIDE_FILES = List.of("", "-wal", "-shm", "-journal");

    private final Path target;
    private final Path temp;
    private final boolean replace;
    private OutputStream out;
    private boolean done;

    private AtomicOutput(Path target, Path temp, boolean replace) {
        this.target = target;
        this.temp = temp;
        this.replace = replace;
    }

    /**
     * Checks {@code target} and creates its temporary file.
     *
     * @throws QuarantineException {@code DATA_FILE} naming why the target cannot be written
     */
    public static AtomicOutput open(Path target, boolean replace, Collection<Path> protectedPaths) {
        FileProblems.checkFolderExists(target);
        if (Files.isSymbolicLink(target)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "file.symlink", target);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "file.isFolder", target);
        }
        for (Path p : protectedPaths) {
            if (p != null && sameOrSide(target, p)) {
                throw new QuarantineException(ErrorKind.DATA_FILE, "file.protected", target, p);
            }
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return new AtomicOutput(target, null, true); // a device or a pipe: nothing to replace or to lose
        }
        if (exists && !replace) {
            throw new QuarantineException(ErrorKind.DATA_FILE, "file.exists", target);
        }
        Path parent = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        removeStale(parent, name);
        Path temp = parent.resolve("." + name + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp); // not a POSIX file system (Windows): the folder's ACL applies
            }
        } catch (IOException e) {
            throw FileProblems.of(target, e);
        }
        return new AtomicOutput(target, temp, replace);
    }

    /** The final name. */
    public Path target() {
        return target;
    }

    /** The file being written before {@link #commit} (the target itself for a device); empty until written. */
    public Path file() {
        return temp != null ? temp : target;
    }

    /** The stream to write to, opened on first use. */
    public OutputStream stream() {
        if (out == null) {
            try {
                out = new BufferedOutputStream(temp != null ? Files.newOutputStream(temp, StandardOpenOption.WRITE)
                        : Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16);
            } catch (IOException e) {
                throw FileProblems.of(target, e);
            }
        }
        return out;
    }

    /** Flushes, forces the bytes to disk and renames the file into place. */
    public void commit() {
        try {
            if (out != null) {
                out.close();
            }
            if (temp == null) {
                done = true;
                return;
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                place();
            }
            done = true;
            syncFolder();
        } catch (IOException e) {
            throw FileProblems.of(target, e);
        }
    }

    /** Renames without replacing: a hard link fails if the target appeared meanwhile, where a rename would not. */
    private void place() throws IOException {
        try {
            Files.createLink(target, temp);
            Files.delete(temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            Files.move(temp, target); // no hard links here: a plain move, which refuses an existing target
        }
    }

    private void syncFolder() {
        try (FileChannel ch = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not every system can sync a folder; the file itself is on disk
        }
    }

    /** Without a commit: the temporary file (and any journal beside it) is removed. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            // the write failed or was abandoned: the temporary file goes anyway
        }
        if (temp != null) {
            for (String side : SIDE_FILES) {
                try {
                    Files.deleteIfExists(Path.of(temp + side));
                } catch (IOException e) {
                    // best effort: a later run removes it as stale
                }
            }
        }
        done = true;
    }

    private static boolean sameOrSide(Path target, Path protectedPath) {
        Path t = normalized(target);
        Path p = normalized(protectedPath);
        for (String side : SIDE_FILES) {
            if (t.equals(Path.of(p + side))) {
                return true;
            }
        }
        try {
            return Files.exists(target) && Files.exists(protectedPath) && Files.isSameFile(target, protectedPath);
        } catch (IOException e) {
            return false;
        }
    }

    /** The absolute path with its folder's symbolic links resolved, so two spellings of one file compare equal. */
    private static Path normalized(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    /** Temporary files of this target left by runs that were killed (their process is gone). */
    private static void removeStale(Path folder, String name) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + name + ".*.tmp*")) {
            for (Path f : files) {
                String rest = f.getFileName().toString().substring(name.length() + 2);
                int dot = rest.indexOf('.');
                long pid;
                try {
                    pid = Long.parseLong(rest.substring(0, Math.max(0, dot)));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: writing the new file does not depend on it
        }
    }
}
