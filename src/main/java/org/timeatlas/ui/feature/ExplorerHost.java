package org.timeatlas.ui.feature;

/** What the application itself does for the explorer: open another atlas, quit. */
public interface ExplorerHost {

    /** Asks for an atlas folder and opens it in place of the current one; its problems are shown if it has any. */
    void chooseAndOpenAtlas();

    /** Remembers the settings and ends the application. */
    void quit();
}
