package org.timeatlas.settings;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces one file so that readers, and the file after a crash, see either the old or the new contents:
 * the bytes go to a temporary file in the same folder, are forced to the disk, and the temporary file is
 * renamed over the target.
 * <p>
 * Temporary files are named {@code <target>.<pid>.<random>.tmp}. One left behind by a process that was
 * killed mid-write is removed by {@link #removeLeftovers()}: those whose process is no longer alive, and
 * this process's own (its writes never overlap, see {@link #lock()}). A live other process's file is left
 * alone, so two instances of the app do not break each other's save.
 */
final class AtomicFile {

    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();
    private static final long PID = ProcessHandle.current().pid();

    private final Path target;
    private final Path folder;
    private final String prefix;

    AtomicFile(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.folder = this.target.getParent();
        this.prefix = this.target.getFileName() + ".";
    }

    /** The monitor that serialises this JVM's writes and clean-ups of the target, whichever store holds it. */
    Object lock() {
        return LOCKS.computeIfAbsent(target, key -> new Object());
    }

    /**
     * Writes {@code bytes} to the target. Call while holding {@link #lock()}.
     *
     * @return false when the file system cannot rename atomically and a plain replacing move was used
     * @throws IOException if the folder cannot be created or the file cannot be written or moved; the target
     *                     is then unchanged and the temporary file removed
     */
    boolean write(byte[] bytes) throws IOException {
        Files.createDirectories(folder);
        Path temp = folder.resolve(prefix + PID + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
        boolean atomic = true;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                atomic = false;
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder();
        return atomic;
    }

    /**
     * Makes the rename itself durable where the OS allows it (Linux, macOS); on Windows a folder cannot be
     * opened this way and the rename is left to the file system's own journal.
     */
    private void forceFolder() {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new contents are complete either way
        }
    }

    /**
     * Deletes temporary files left by writes that never finished. Call while holding {@link #lock()}. Best
     * effort: a file that cannot be listed or deleted is left for the next time.
     *
     * @return how many were deleted
     */
    int removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, prefix + "*.tmp")) {
            for (Path temp : temps) {
                if (isLeftover(temp.getFileName().toString())) {
                    try {
                        if (Files.deleteIfExists(temp)) {
                            removed++;
                        }
                    } catch (IOException e) {
                        // left for the next clean-up
                    }
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: nothing to clean now
        }
        return removed;
    }

    private boolean isLeftover(String name) {
        String middle = name.substring(prefix.length(), name.length() - ".tmp".length());
        int dot = middle.indexOf('.');
        long pid;
        try {
            pid = Long.parseLong(dot < 0 ? middle : middle.substring(0, dot));
        } catch (NumberFormatException e) {
            return true;
        }
        return pid == PID || ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }
}
