package org.timeatlas.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file that a command writes ({@code --snapshot}, {@code --export}, later {@code --handout} or
 * {@code --animate}), checked before any work is done and written so that nothing else is ever touched: the
 * target must be a file name (not {@code /}, not a folder, not a device or pipe) in a folder that exists and
 * may be written; no folder is created and nothing is deleted. {@link #write} writes through a temporary
 * file in the same folder and moves it over the target only when complete.
 */
public final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * Why {@code option} (e.g. "--export") cannot write {@code file}: one plain sentence naming both, or empty
     * when it can. {@code extensions} (lower case, with the dot) lists the endings the option accepts; none
     * means any.
     */
    public static Optional<String> problem(String option, Path file, List<String> extensions) {
        String named = option + " " + file;
        Path name = file.getFileName();
        if (name == null || name.toString().isEmpty() || name.toString().equals(".") || name.toString().equals("..")) {
            return Optional.of(named + ": not a file name; give a file such as " + example(extensions));
        }
        if (Files.isDirectory(file)) {
            return Optional.of(named + ": is a folder; give a file name in it, e.g. "
                    + file.resolve(example(extensions)));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return Optional.of(named + ": is not a regular file (a device, pipe or socket)");
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        if (!extensions.isEmpty() && extensions.stream().noneMatch(lower::endsWith)) {
            return Optional.of(named + ": needs a file ending in " + String.join(", ", extensions));
        }
        Path folder;
        try {
            folder = file.toAbsolutePath().getParent();
        } catch (InvalidPathException | SecurityException unusable) {
            return Optional.of(named + ": not a usable file name");
        }
        if (folder == null) {
            return Optional.of(named + ": not a file name; give a file such as " + example(extensions));
        }
        if (!Files.exists(folder)) {
            return Optional.of(named + ": the folder " + folder + " does not exist (it is not created for you)");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(named + ": " + folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            return Optional.of(named + ": cannot write in the folder " + folder);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            return Optional.of(named + ": the file exists and cannot be overwritten");
        }
        return Optional.empty();
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code file} through a temporary file next to it, moved over {@code file} once {@code content} has
     * been written completely: a failed write leaves an existing file as it was and no partial file behind. A
     * folder in the target's place is never replaced, and no folder is created.
     *
     * @throws IOException when the folder does not exist or cannot be written, {@code file} is a folder, or
     *                     {@code content} fails
     */
    public static void write(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || file.getFileName() == null) {
            throw new IOException(file + " is not a file name");
        }
        if (Files.isDirectory(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "is a folder");
        }
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            keepUsualPermissions(temporary, file);
            if (Files.isDirectory(file)) { // a move with REPLACE_EXISTING would replace an empty folder
                throw new FileAlreadyExistsException(file.toString(), null, "is a folder");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A temporary file is made readable by its owner only; the file it becomes gets the permissions of the file it
     * replaces, or else those a new file usually has (read for all, write for the owner), so that an export can be
     * shared like any other file.
     */
    private static void keepUsualPermissions(Path temporary, Path file) {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(file)
                    ? Files.getPosixFilePermissions(file)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException | IOException notPosix) {
            // not a POSIX file system (Windows): the file takes the folder's access rules as it is
        }
    }

    private static String example(List<String> extensions) {
        return "out" + (extensions.isEmpty() ? ".txt" : extensions.get(0));
    }
}
