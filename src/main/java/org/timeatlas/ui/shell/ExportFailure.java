package org.timeatlas.ui.shell;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.timeatlas.ui.Texts;

/**
 * Why an export wrote nothing, in the explorer's language and in a user's words: the folder that could not be
 * written and the reason (no permission, no such folder, a full disk), never the temporary file's name or Java's
 * exception text. A failure that is not about the file system keeps its own message.
 */
final class ExportFailure {

    private ExportFailure() {
    }

    /** The sentence for {@code failure} (any throwable, possibly null, possibly wrapped in others). */
    static String describe(Throwable failure, Texts texts) {
        FileSystemException system = fileSystemCause(failure);
        if (system == null || system.getFile() == null) {
            return failure == null || failure.getMessage() == null ? String.valueOf(failure) : firstLine(failure);
        }
        Path folder = folderOf(Path.of(system.getFile()));
        String reason = system.getReason() == null ? "" : system.getReason().toLowerCase(Locale.ROOT);
        if (reason.contains("no space")) {
            return texts.get("export.failed.full", folder);
        }
        if (system instanceof NoSuchFileException && !Files.isDirectory(folder)) {
            return texts.get("export.failed.nofolder", folder);
        }
        // a folder that refuses new files (no permission, read-only, a system folder such as /proc) says ENOENT,
        // EACCES, EPERM or EROFS: for the user they are all "this folder cannot be written"
        return texts.get("export.failed.folder", folder);
    }

    private static FileSystemException fileSystemCause(Throwable failure) {
        for (Throwable at = failure; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof FileSystemException system) {
                return system;
            }
        }
        return null;
    }

    /** The folder a file was to be written in (the path itself when it is a folder). */
    private static Path folderOf(Path path) {
        if (Files.isDirectory(path) || path.toAbsolutePath().getParent() == null) {
            return path.toAbsolutePath();
        }
        return path.toAbsolutePath().getParent();
    }

    private static String firstLine(Throwable failure) {
        return failure.getMessage().lines().findFirst().orElse("");
    }
}
