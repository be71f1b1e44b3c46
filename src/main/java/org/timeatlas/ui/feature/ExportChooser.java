package org.timeatlas.ui.feature;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where an export goes: a save dialog that opens in the folder an export was last written to (remembered
 * across sessions, the same for every kind of export: events, pictures, handouts, animations). A folder is
 * remembered only once a file was written there, so a failed export does not send the next dialog back to it.
 */
public interface ExportChooser {

    /**
     * The file the user chose, or empty when they cancelled. The name always ends with the ending of
     * {@code suggested} (added when the user left it out).
     *
     * @param title     the dialog's title
     * @param suggested the file name offered, with its ending (e.g. {@code events.csv})
     * @param kind      the description of the file type, e.g. "CSV"
     */
    Optional<Path> choose(String title, String suggested, String kind);

    /** Takes note that {@code file} was written: its folder is where the next dialog opens. */
    default void wrote(Path file) {
    }

    /** Calls {@link #wrote} with the file {@code task} wrote, once it has succeeded; returns the task. */
    default Task<Path> rememberingFolderOf(Task<Path> task) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done -> {
            if (task.getValue() != null) {
                wrote(task.getValue());
            }
        });
        return task;
    }

    /** The remembered folder: a section of the settings. */
    record Folder(String path) {
    }

    /** The section key the folder is remembered under. */
    String SECTION = "export.folder";

    /**
     * The system's save dialog, starting in the remembered folder.
     *
     * @param beforeAsking run before the dialog opens (e.g. {@link Jobs#clearNotices}, so no notice covers it)
     */
    static ExportChooser dialog(Window owner, Remembered remembered, Runnable beforeAsking) {
        return new ExportChooser() {
            @Override
            public Optional<Path> choose(String title, String suggested, String kind) {
                beforeAsking.run();
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggested);
                String ending = suggested.substring(suggested.lastIndexOf('.'));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + ending));
                rememberedFolder(remembered).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
                File chosen;
                try {
                    chosen = chooser.showSaveDialog(owner);
                } catch (UnsupportedOperationException noDialog) {
                    // a platform without file dialogs (the headless one tests run on): nothing is chosen
                    System.err.println("time-atlas: no save dialog on this platform; nothing exported");
                    return Optional.empty();
                }
                return chosen == null ? Optional.empty() : Optional.of(withEnding(chosen.toPath(), ending));
            }

            @Override
            public void wrote(Path file) {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null) {
                    remembered.remember(SECTION, new Folder(folder.toString()));
                }
            }
        };
    }

    /** The remembered folder, if it is still a folder. */
    static Optional<Path> rememberedFolder(Remembered remembered) {
        return remembered.section(SECTION, Folder.class).map(Folder::path).filter(path -> path != null)
                .flatMap(path -> {
                    try {
                        return Optional.of(Path.of(path));
                    } catch (InvalidPathException wrong) {
                        return Optional.empty();
                    }
                }).filter(Files::isDirectory);
    }

    /** {@code file}, with {@code ending} (e.g. ".csv") added when its name does not end so, in any case. */
    static Path withEnding(Path file, String ending) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(ending.toLowerCase(Locale.ROOT)) ? file : file.resolveSibling(file.getFileName() + ending);
    }
}
