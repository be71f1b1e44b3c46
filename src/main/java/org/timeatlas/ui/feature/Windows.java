package org.timeatlas.ui.feature;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The windows around the explorer, which live as long as the application: the main window's full screen, tool
 * windows beside it (glossary, places), opening a web address. Features reach them only through this.
 */
public interface Windows {

    /** The main window, as owner of dialogs and choosers. */
    Window main();

    void toggleFullScreen();

    ReadOnlyBooleanProperty fullScreenProperty();

    /**
     * A window of its own beside the explorer, made on first {@link ToolWindowHandle#show}, styled like the main
     * window and closed with Esc. {@code id} names it for remembered placement and for tests.
     */
    ToolWindowHandle toolWindow(String id, ObservableValue<String> title, Supplier<Parent> content);

    /**
     * Opens an http(s) address in the browser; an address that cannot be opened (no browser, another scheme)
     * is shown in a small window from which it can be copied.
     */
    void showDocument(String url);

    /** A tool window: shown on demand, closed with the feature. */
    interface ToolWindowHandle {
        void show();

        /** Closes the window and releases its content; a later {@link #show} makes both anew. */
        void close();

        /** Whether it is on the screen now. */
        boolean isShowing();

        /** Moves it so that it does not cover {@code keepClear}, a rectangle in screen coordinates, if it can. */
        void moveAwayFrom(javafx.geometry.Rectangle2D keepClear);
    }
}
