package org.timeatlas.ui.feature;

/**
 * What the application itself does for the explorer: open another atlas, quit, keep what features remember
 * between sessions, run long work in the background.
 */
public interface ExplorerHost {

    /** Asks for an atlas folder and opens it in place of the current one; its problems are shown if it has any. */
    void chooseAndOpenAtlas();

    /** The folder of the atlas shown, when it is one of the user's (not the embedded atlas). */
    java.util.Optional<java.nio.file.Path> atlasFolder();

    /**
     * Reads the atlas shown again from its folder: when valid, it replaces the explorer keeping the moment, the
     * language, the selection, day-by-day mode and the map's view; when not, its problems are shown and the
     * explorer stays as it was.
     */
    void reloadAtlas();

    /** Remembers the settings and ends the application. */
    void quit();

    /** The settings sections features keep between sessions. */
    Remembered remembered();

    /** Where features run long work with progress, Cancel and a notification at the end. */
    Jobs jobs();
}
