package org.timeatlas.ui.tours;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.timeatlas.ui.feature.ExplorerContext;
import org.timeatlas.ui.feature.ExplorerFeature;
import org.timeatlas.ui.feature.Slots;

/**
 * Guided tours in the window, for a student on their own, and the tour editor, for a teacher.
 *
 * <ul>
 * <li>Go → Tours… (T, and a toolbar button) lists the atlas's tours; Enter or a double click starts one.</li>
 * <li>The tour player beside the map shows the step; while a tour runs, Page Down / → and Page Up / ← go to the
 * next and previous step and Esc ends it (the "tour" key scope, above the window's and day-by-day mode's).</li>
 * <li>The tour and step are remembered, and which tours were finished; after a restart Go → Resume tour (and a
 * notice in the player) continues where the student left off.</li>
 * <li>File → Make a tour… opens the editor; Ctrl+Shift+A (File → Add this view as a step, or the editor's button)
 * adds the current moment, map view and selection as a step. The draft is kept between sessions; Save as new
 * tour… writes it into an atlas folder of the user's own and checks it with the loader.</li>
 * </ul>
 */
public final class ToursFeature implements ExplorerFeature {

    /** The feature's style sheet, added to its own views. */
    static final String CSS = "/org/timeatlas/ui/tours.css";

    /** Asks the user for a folder; empty when they cancel. */
    @FunctionalInterface
    public interface FolderChooser {
        Optional<Path> choose(Window owner, String title, Path initial);
    }

    private final FolderChooser folders;

    /** With the system's folder chooser. */
    public ToursFeature() {
        this(ToursFeature::chooseWithDialog);
    }

    /** With {@code folders} asking for the folder a tour is saved in (tests answer it themselves). */
    public ToursFeature(FolderChooser folders) {
        this.folders = folders;
    }

    /** Installs playing ({@link TourPlaying}) and editing ({@link TourEditing}); a draft tried out plays as a tour. */
    @Override
    public Subscription install(ExplorerContext context, Slots slots) {
        TourPlaying playing = new TourPlaying(context, slots);
        TourEditing editing = new TourEditing(context, folders, playing::play);
        return playing.subscription().and(editing.subscription());
    }

    private static Optional<Path> chooseWithDialog(Window owner, String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File folder = chooser.showDialog(owner);
        return Optional.ofNullable(folder).map(File::toPath);
    }
}
