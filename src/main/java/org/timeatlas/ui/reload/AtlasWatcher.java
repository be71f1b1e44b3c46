package org.timeatlas.ui.reload;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches an atlas folder and the folders in it (events/, sources/, tours/, base/) for saved files, on a
 * daemon thread, and calls {@code onChange} once the saving has been quiet for {@link #QUIET_MILLIS}: an editor
 * that writes a file in several steps, or a teacher saving three files, causes one reload.
 */
final class AtlasWatcher implements AutoCloseable {

    static final long QUIET_MILLIS = 400;

    private final WatchService watcher;
    private final Thread thread;

    /** @throws IOException when the folder cannot be watched */
    AtlasWatcher(Path folder, Runnable onChange) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        try (Stream<Path> folders = Files.walk(folder, 2)) {
            for (Path dir : folders.filter(Files::isDirectory).toList()) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        thread = new Thread(() -> watch(onChange), "atlas-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                key.pollEvents();
                key.reset();
                // wait until nothing more is saved for a moment, then report once
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException closed) {
            // closed with the explorer
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // nothing is left to release
        }
        thread.interrupt();
    }
}
