package org.timeatlas.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timeatlas.ui.feature.Remembered;

/** Asks where an export goes: a save dialog that opens in the folder last written to (remembered across sessions). */
public interface ExportChooser {

    /**
     * The file the user chose, or empty when they cancelled.
     *
     * @param title     the dialog's title
     * @param suggested the file name offered, with its ending (e.g. {@code events.csv})
     * @param kind      the description of the file type, e.g. "CSV"
     */
    Optional<Path> choose(String title, String suggested, String kind);

    /** The remembered folder: a section of the settings. */
    record Folder(String path) {
    }

    /** The section key the folder is remembered under. */
    String SECTION = "export.folder";

    /** The system's save dialog, starting in the remembered folder, which it updates after each choice. */
    static ExportChooser dialog(Window owner, Remembered remembered) {
        return (title, suggested, kind) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggested);
            String ending = suggested.substring(suggested.lastIndexOf('.'));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, "*" + ending));
            remembered.section(SECTION, Folder.class).map(f -> Path.of(f.path()))
                    .filter(Files::isDirectory).ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
            File chosen;
            try {
                chosen = chooser.showSaveDialog(owner);
            } catch (UnsupportedOperationException noDialog) {
                // a platform without file dialogs (the headless one tests run on): nothing is chosen
                System.err.println("time-atlas: no save dialog on this platform; nothing exported");
                return Optional.empty();
            }
            if (chosen == null) {
                return Optional.empty();
            }
            Path file = chosen.toPath();
            if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(ending)) {
                file = file.resolveSibling(file.getFileName() + ending);
            }
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                remembered.remember(SECTION, new Folder(folder.toString()));
            }
            return Optional.of(file);
        };
    }
}
