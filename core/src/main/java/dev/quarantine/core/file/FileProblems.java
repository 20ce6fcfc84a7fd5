package dev.quarantine.core.file;

import dev.quarantine.core.ErrorKind;
import dev.quarantine.core.QuarantineException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what the operating system said about a file into one line that names the real cause (SPEC §11 exit 5): the
 * folder is missing, the path is a folder, permission is denied, the disk is full, the file exists, the file system
 * is read-only — rather than "… failed: /path".
 */
public final class FileProblems {
    private FileProblems() {
    }

    /** The data-file error for {@code e}, raised while working on {@code path}. */
    public static QuarantineException of(Path path, IOException e) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (e instanceof FileAlreadyExistsException) {
            return problem(e, "file.exists", path);
        }
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("operation not permitted")) {
            return problem(e, "file.permission", path);
        }
        if (reason.contains("no space left") || reason.contains("disk quota") || reason.contains("file too large")) {
            return problem(e, "file.diskFull", path);
        }
        if (reason.contains("read-only file system")) {
            return problem(e, "file.readOnlyFs", path);
        }
        if (reason.contains("is a directory") || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return problem(e, "file.isFolder", path);
        }
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException || reason.contains("no such file")
                || reason.contains("not a directory")) {
            return missing(path, e);
        }
        return problem(e, "file.failed", path, reason(e));
    }

    /** Refuses an input file that cannot be read, naming why: missing, its folder missing, a folder, no permission. */
    public static void checkReadable(Path path) {
        if (Files.isDirectory(path)) {
            throw problem(null, "file.isFolder", path);
        }
        if (!Files.exists(path)) {
            if (!Files.notExists(path)) {
                // Neither there nor missing: the system would not say, because a folder on the way is closed to us.
                throw problem(null, "file.permission", path);
            }
            throw missing(path, null);
        }
        if (!Files.isReadable(path)) {
            throw problem(null, "file.permission", path);
        }
    }

    /** Refuses to create a file whose folder does not exist (nothing creates folders behind the user's back). */
    public static void checkFolderExists(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            if (!Files.exists(parent) && !Files.notExists(parent)) {
                throw problem(null, "file.permission", parent); // a folder on the way is closed to us
            }
            throw problem(null, Files.exists(parent) ? "file.parentNotFolder" : "file.folderMissing", path, parent);
        }
    }

    private static QuarantineException missing(Path path, IOException e) {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return problem(e, "file.folderMissing", path, parent);
        }
        return problem(e, "file.missing", path);
    }

    private static String reason(IOException e) {
        String r = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }

    private static QuarantineException problem(IOException cause, String key, Object... args) {
        return cause == null ? new QuarantineException(ErrorKind.DATA_FILE, key, args)
                : new QuarantineException(ErrorKind.DATA_FILE, cause, key, args);
    }
}
