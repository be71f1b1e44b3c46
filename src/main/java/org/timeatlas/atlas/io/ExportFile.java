package org.timeatlas.atlas.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * Writes a file through a temporary file in the target's own folder that is moved into place only once it
 * is complete, so a failure (disk full, no permission, a bug in the writer) leaves either the old file or
 * none, never a partial one, and no temporary file behind.
 */
final class ExportFile {

    /** What goes into the file; the stream is buffered and closed by {@link #write}. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private ExportFile() {
    }

    /** Writes {@code body} to {@code target}; on failure throws an {@link ExportException} with a one-line reason. */
    static void write(Path target, Body body) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (Files.isDirectory(file)) {
            throw failure(target, "it is a folder", null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw failure(target, "the folder " + folder + " does not exist", null);
        }
        Path temporary = null;
        try {
            // not Files.createTempFile: its owner-only permissions would stay on the moved file
            temporary = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + ".part");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                body.writeTo(out);
            }
            move(temporary, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw failure(target, reason(e, target), e);
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the export already failed with its own reason; a leftover ".part" file is the lesser harm
            }
        }
    }

    /** The operating system's reason in plain words, without Java's exception names or repeated paths. */
    private static String reason(Exception e, Path target) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            // a folder such as /proc exists but takes no new file, and says "no such file" too
            Path folder = target.toAbsolutePath().getParent();
            return folder != null && Files.isDirectory(folder) ? "the folder takes no new files"
                    : "the folder does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private static ExportException failure(Path target, String reason, Throwable cause) {
        return new ExportException("cannot write " + target + ": " + reason, cause);
    }
}
