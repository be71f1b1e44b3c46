package org.timeatlas.ui.shell;

import java.util.function.Consumer;
import org.timeatlas.atlas.Bounds;

/** What the menus and the toolbar can ask the application to do beyond changing the explorer state. */
public record ShellActions(Runnable openAtlas, Runnable fitMap, Runnable zoomIn, Runnable zoomOut,
                           Runnable toggleFullScreen, Runnable help, Runnable about, Runnable quit,
                           Consumer<Bounds> fitMapTo) {
}
