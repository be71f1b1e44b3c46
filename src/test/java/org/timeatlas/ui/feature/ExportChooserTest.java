package org.timeatlas.ui.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export's save dialog opens where an export was last written: a folder is remembered once a file was
 * written there, never for an export that failed or was cancelled.
 */
class ExportChooserTest {

    @BeforeAll
    static void toolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyStarted) {
            started.countDown();
        }
        assertTrue(started.await(10, TimeUnit.SECONDS));
    }

    @Test
    void theFolderOfAWrittenFileIsRemembered(@TempDir Path folder) throws Exception {
        InMemory remembered = new InMemory();
        ExportChooser chooser = ExportChooser.dialog(null, remembered, () -> { });
        Path file = folder.resolve("events.csv");
        runToTheEnd(chooser.rememberingFolderOf(writing(file, false)));
        assertEquals(Optional.of(folder.toAbsolutePath()), ExportChooser.rememberedFolder(remembered));
    }

    @Test
    void aFailedExportLeavesTheFolderRememberedBefore(@TempDir Path before, @TempDir Path failing) throws Exception {
        InMemory remembered = new InMemory();
        ExportChooser chooser = ExportChooser.dialog(null, remembered, () -> { });
        runToTheEnd(chooser.rememberingFolderOf(writing(before.resolve("a.pdf"), false)));
        runToTheEnd(chooser.rememberingFolderOf(writing(failing.resolve("b.pdf"), true)));
        assertEquals(Optional.of(before.toAbsolutePath()), ExportChooser.rememberedFolder(remembered));
    }

    @Test
    void aFolderThatIsGoneIsNotOffered(@TempDir Path parent) throws IOException {
        InMemory remembered = new InMemory();
        Path gone = Files.createDirectory(parent.resolve("gone"));
        ExportChooser.dialog(null, remembered, () -> { }).wrote(gone.resolve("x.gif"));
        Files.delete(gone);
        assertEquals(Optional.empty(), ExportChooser.rememberedFolder(remembered));
    }

    @Test
    void theEndingIsAddedOnlyWhenMissing() {
        assertEquals(Path.of("/tmp/war.gif"), ExportChooser.withEnding(Path.of("/tmp/war"), ".gif"));
        assertEquals(Path.of("/tmp/war.GIF"), ExportChooser.withEnding(Path.of("/tmp/war.GIF"), ".gif"));
        assertEquals(Path.of("/tmp/war.mp4.gif"), ExportChooser.withEnding(Path.of("/tmp/war.mp4"), ".gif"));
    }

    private static Task<Path> writing(Path file, boolean fails) {
        return new Task<>() {
            @Override
            protected Path call() throws IOException {
                if (fails) {
                    throw new IOException("cannot write in the folder " + file.getParent());
                }
                Files.writeString(file, "written");
                return file;
            }
        };
    }

    /** Runs {@code task} on this thread and waits until its end has been announced on the FX thread. */
    private static void runToTheEnd(Task<Path> task) throws InterruptedException {
        task.run();
        CountDownLatch announced = new CountDownLatch(1);
        Platform.runLater(announced::countDown);
        assertTrue(announced.await(10, TimeUnit.SECONDS));
    }

    private static final class InMemory implements Remembered {
        private final Map<String, Object> sections = new HashMap<>();

        @Override
        public <T> Optional<T> section(String key, Class<T> type) {
            Object value = sections.get(key);
            return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
        }

        @Override
        public void remember(String key, Object value) {
            sections.put(key, value);
        }

        @Override
        public void forget(String key) {
            sections.remove(key);
        }
    }
}
