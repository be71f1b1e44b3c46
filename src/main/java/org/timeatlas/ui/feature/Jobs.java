package org.timeatlas.ui.feature;

import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Long work a feature starts from a command (an export, a handout, an animation): it runs off the FX thread,
 * its progress and a Cancel are shown, and when it ends the user is told — with the written file's folder to
 * open when it succeeded, with one clear message when it failed.
 */
public interface Jobs {

    /**
     * Starts {@code task}, whose value is the file it wrote. Its title and message are what the progress shows;
     * it should check {@link Task#isCancelled()} between units of work and leave no partial file when cancelled.
     * Once its file is in place it reports it with {@code updateValue(file)} before it returns: a Cancel that
     * comes after that point can no longer undo the file, and the user is told it was written.
     */
    void run(Task<Path> task);

    /**
     * Takes the notices of ended jobs off the screen at once, e.g. before a save dialog opens: the system's dialog
     * stops the explorer's animations, so a notice would stay over the dialog's buttons until it closed.
     */
    default void clearNotices() {
    }
}
